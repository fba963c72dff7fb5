package org.fazhi.review;

/** How a review ended (审查结论), as carried by {@link ReviewConcluded}. */
public enum ReviewOutcome {
    /** 合法，同意（审核通过）. */
    PASSED("审核通过"),
    /** 原则同意，按审查意见修改后通过. */
    PASSED_WITH_CHANGES("修改后通过"),
    /** 不合法或者明显不当，不予通过: the caller may not go on to deliberation or decision. */
    FAILED("不予通过"),
    /** 送审单位撤回. */
    WITHDRAWN("已撤回");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the reviewed matter may go ahead (提交集体审议、作出决定). */
    public boolean allowsProceeding() {
        return this == PASSED || this == PASSED_WITH_CHANGES;
    }
}
