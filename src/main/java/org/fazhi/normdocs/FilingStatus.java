package org.fazhi.normdocs;

/** 备案状态. */
public enum FilingStatus {
    PENDING("待报备"),
    SUBMITTED("已报备待审查"),
    RETURNED("退回补正"),
    ACCEPTED("准予备案");

    private final String label;

    FilingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
