package org.fazhi.normdocs;

/** Recorded steps (办理环节). */
public enum StepCode {
    PROPOSED("立项"),
    VERSION("起草（形成新稿）"),
    COMMENT_OPENED("公开征求意见"),
    COMMENT_CLOSED("意见处理与采纳情况说明"),
    FAIR_REVIEW("公平竞争审查"),
    REVIEW_SUBMITTED("送请合法性审核"),
    REVIEW_CONCLUDED("合法性审核结论"),
    DELIBERATED("集体审议"),
    REGISTERED("统一登记、编号、印发"),
    PUBLISHED("公布"),
    FILED("报送备案"),
    FILING_RETURNED("备案退回补正"),
    FILING_ACCEPTED("准予备案"),
    EVALUATED("实施后评估"),
    EXPIRED("有效期届满失效"),
    REPEALED("废止"),
    INVALIDATED("宣布失效"),
    CLEANUP("清理");

    private final String label;

    StepCode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
