package org.fazhi.normdocs;

/** 文件类别. */
public enum DocKind {
    NORMATIVE("行政规范性文件"),
    POLICY("政策性文件");

    private final String label;

    DocKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
