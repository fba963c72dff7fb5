package org.fazhi.org;

/**
 * How far a user's reading and writing reaches (数据范围), DESIGN §5. Applied in SQL by {@link ScopeFilter}, never by
 * filtering rows in memory.
 */
public enum DataScope {
    /** 本单位: only records of the unit the user acts for. */
    OWN_UNIT("本单位"),
    /** 本单位及下级: the unit and every unit below it (via {@code org_unit.ancestors}). */
    UNIT_AND_BELOW("本单位及下级"),
    /** 全县: the whole county (tenant). */
    COUNTY("全县"),
    /** 全省: every county whose code starts with the province's two digits. */
    PROVINCE("全省");

    private final String label;

    DataScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The wider of two scopes, for a user holding several roles. */
    public DataScope widest(DataScope other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
