package org.fazhi.org;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user's data scope as a SQL predicate (数据范围过滤). Every list, count, export and indicator query of every module
 * adds {@link #on(String, String)} to its WHERE clause; the predicate starts with the tenant column so that the
 * tenant-first indexes serve it.
 *
 * <p>Parameters are named {@code scopeCounty}, {@code scopeUnit}, {@code scopePath}, {@code scopeProvince}: bind them
 * with {@code JdbcClient.params(filter.params())}.
 */
public record ScopeFilter(DataScope scope, String countyCode, Long unitId, String unitPath) {

    /**
     * @param countyColumn the table's {@code county_code} column, qualified as in the query (e.g. {@code c.county_code})
     * @param unitColumn   the column holding the owning unit's id (e.g. {@code c.unit_id})
     * @return a predicate in parentheses
     */
    public String on(String countyColumn, String unitColumn) {
        return switch (scope) {
            case PROVINCE -> "(" + countyColumn + " LIKE :scopeProvince)";
            case COUNTY -> "(" + countyColumn + " = :scopeCounty)";
            case OWN_UNIT -> "(" + countyColumn + " = :scopeCounty AND " + unitColumn + " = :scopeUnit)";
            case UNIT_AND_BELOW -> "(" + countyColumn + " = :scopeCounty AND " + unitColumn
                    + " IN (SELECT s.id FROM org_unit s WHERE s.county_code = :scopeCounty"
                    + " AND (s.id = :scopeUnit OR s.ancestors LIKE :scopePath)))";
        };
    }

    /** Predicate on the {@code org_unit} table itself (alias given), for unit lists. */
    public String onUnitTable(String alias) {
        return switch (scope) {
            case PROVINCE -> "(" + alias + ".county_code LIKE :scopeProvince)";
            case COUNTY -> "(" + alias + ".county_code = :scopeCounty)";
            case OWN_UNIT -> "(" + alias + ".county_code = :scopeCounty AND " + alias + ".id = :scopeUnit)";
            case UNIT_AND_BELOW -> "(" + alias + ".county_code = :scopeCounty AND (" + alias + ".id = :scopeUnit OR "
                    + alias + ".ancestors LIKE :scopePath))";
        };
    }

    public Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scopeCounty", countyCode);
        params.put("scopeProvince", countyCode.substring(0, 2) + "%");
        params.put("scopeUnit", unitId == null ? -1L : unitId);
        params.put("scopePath", (unitPath == null ? "/-1/" : unitPath) + "%");
        return params;
    }
}
