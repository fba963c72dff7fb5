package org.fazhi.review;

/** Where a request stands (办理状态). */
public enum ReviewStatusCode {
    /** 已收件，待分办. */
    RECEIVED("待分办"),
    /** 材料不全，补正中（审查期限停止计算）. */
    SUPPLEMENTING("材料补正中"),
    /** 已分办，审查中. */
    IN_REVIEW("审查中"),
    /** 已办结（出具意见书）. */
    CONCLUDED("已办结"),
    /** 已撤回. */
    WITHDRAWN("已撤回");

    private final String label;

    ReviewStatusCode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this == RECEIVED || this == SUPPLEMENTING || this == IN_REVIEW;
    }
}
