package org.fazhi.enforcement.internal;

import org.jspecify.annotations.Nullable;

/** Kinds of discretion standard and lenient list (裁量基准与包容审慎清单). */
public enum StandardKind {
    DISCRETION("行政处罚裁量基准"),
    NO_PENALTY("不予处罚清单"),
    LIGHTER("从轻处罚清单"),
    MITIGATED("减轻处罚清单"),
    EXEMPT("免予处罚清单"),
    NO_COERCION("不予实施行政强制清单");

    private final String label;

    StandardKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static @Nullable StandardKind parse(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        for (StandardKind k : values()) {
            if (k.name().equals(v) || k.label.equals(v) || (k == DISCRETION && "裁量基准".equals(v))) {
                return k;
            }
        }
        return null;
    }
}
