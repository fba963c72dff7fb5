package org.fazhi.org;

/** Kind of unit (单位类型) in the county's organisation tree. */
public enum UnitKind {
    /** 县（区）人民政府. */
    GOVERNMENT("县政府"),
    /** 县直部门 (工作部门). */
    DEPARTMENT("部门"),
    /** 乡镇. */
    TOWNSHIP("乡镇"),
    /** 街道办事处. */
    SUBDISTRICT("街道"),
    /** 行政村 (村民委员会). */
    VILLAGE("村"),
    /** 社区 (居民委员会). */
    COMMUNITY("社区"),
    /** 派出机构, e.g. a police station or market-supervision office of a department. */
    AGENCY("派出机构"),
    /** 事业单位. */
    INSTITUTION("事业单位"),
    /** 内设机构: an internal office, which may not issue normative documents in its own name. */
    INTERNAL("内设机构");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses the Chinese label used in import sheets. */
    public static java.util.Optional<UnitKind> fromLabel(String label) {
        for (UnitKind kind : values()) {
            if (kind.label.equals(label) || kind.name().equalsIgnoreCase(label)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
