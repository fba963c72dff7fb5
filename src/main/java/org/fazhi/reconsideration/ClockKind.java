package org.fazhi.reconsideration;

/** The clocks of a case (期限种类), as they appear in the API's {@code deadlines[].kind} and on the worklist. */
public enum ClockKind {
    ACCEPTANCE_REVIEW("受理审查"),
    CURE("申请人补正"),
    COPY_TO_RESPONDENT("发送申请书副本"),
    RESPONDENT_ANSWER("被申请人书面答复"),
    DECISION("作出行政复议决定"),
    OPINION_FEEDBACK("意见书整改反馈");

    private final String label;

    ClockKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static String labelOf(String kind) {
        for (ClockKind k : values()) {
            if (kind.equals(k.name()) || kind.startsWith(k.name() + "-")) {
                return k.label();
            }
        }
        return kind;
    }
}
