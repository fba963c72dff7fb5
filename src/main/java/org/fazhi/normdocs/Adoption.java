package org.fazhi.normdocs;

/** 意见采纳情况. */
public enum Adoption {
    ADOPTED("采纳"),
    PARTLY_ADOPTED("部分采纳"),
    NOT_ADOPTED("不采纳");

    private final String label;

    Adoption(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
