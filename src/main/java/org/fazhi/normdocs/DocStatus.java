package org.fazhi.normdocs;

/** 办理环节. */
public enum DocStatus {
    PROPOSED("已立项"),
    DRAFTING("起草中"),
    COMMENTING("征求意见中"),
    COMMENTS_CLOSED("征求意见结束"),
    FAIR_REVIEWED("已通过公平竞争审查"),
    IN_REVIEW("合法性审核中"),
    REVIEW_PASSED("合法性审核通过"),
    REVIEW_FAILED("合法性审核未通过"),
    DELIBERATED("已集体审议"),
    REGISTERED("已登记编号"),
    PUBLISHED("已公布"),
    /** 有效期届满, set by the nightly {@link ExpiryJob}. */
    EXPIRED("已失效"),
    REPEALED("已废止"),
    INVALIDATED("已宣布失效");

    private final String label;

    DocStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
