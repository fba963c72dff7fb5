package org.fazhi.normdocs;

/** 备案机关. */
public enum FilingTarget {
    GOVERNMENT("上一级人民政府"),
    NPC("本级人大常委会");

    private final String label;

    FilingTarget(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
