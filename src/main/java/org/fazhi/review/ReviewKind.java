package org.fazhi.review;

/** What is reviewed (审查事项类别). The label is how the review chapter of the annual report names the kind. */
public enum ReviewKind {
    /** 行政规范性文件合法性审核 (《优化营商环境条例》第六十三条). */
    NORMATIVE_DOCUMENT("行政规范性文件"),
    /** 重大行政决策合法性审查 (《重大行政决策程序暂行条例》第二十四条). */
    MAJOR_DECISION("重大行政决策"),
    /** 重大执法决定法制审核 (《行政处罚法》第五十八条). */
    ENFORCEMENT_DECISION("重大执法决定"),
    /** 行政机关合同合法性审查. */
    CONTRACT("合同"),
    /** 其他法律事务（涉法事项、信访、招商协议等）. */
    OTHER("其他法律事务");

    private final String label;

    ReviewKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
