package org.fazhi.enforcement.internal;

import java.util.Optional;

/** Types of enforcement power in the item list (执法职权类型). */
public enum PowerType {
    PENALTY("行政处罚"), LICENCE("行政许可"), COERCION("行政强制"), INSPECTION("行政检查"), LEVY("行政征收"),
    BENEFIT("行政给付"), CONFIRMATION("行政确认"), RULING("行政裁决"), REWARD("行政奖励"), OTHER("其他行政权力");

    private final String label;

    PowerType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the code, the full Chinese name or its short form (处罚, 许可 …). */
    public static Optional<PowerType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        for (PowerType t : values()) {
            if (t.name().equalsIgnoreCase(v) || t.label.equals(v) || (t != OTHER && t.label.substring(2).equals(v))
                    || (t == OTHER && "其他".equals(v))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
