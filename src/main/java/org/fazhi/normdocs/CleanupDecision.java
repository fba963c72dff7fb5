package org.fazhi.normdocs;

/** 清理处理意见. */
public enum CleanupDecision {
    RETAIN("保留"),
    AMEND("修改"),
    REPEAL("废止"),
    DECLARE_INVALID("宣布失效");

    private final String label;

    CleanupDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
