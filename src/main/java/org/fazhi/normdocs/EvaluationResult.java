package org.fazhi.normdocs;

/** 评估结论. */
public enum EvaluationResult {
    CONTINUE("继续有效"),
    AMEND("修改"),
    REPEAL("废止");

    private final String label;

    EvaluationResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
