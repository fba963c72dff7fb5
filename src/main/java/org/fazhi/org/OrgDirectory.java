package org.fazhi.org;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read API of the organisation (组织机构查询) for other modules: units by id within a scope, the unit tree, and the
 * figures the dashboard shows. Every method takes the caller's {@link ScopeFilter}.
 */
@Service
public class OrgDirectory {

    private final JdbcClient jdbc;

    OrgDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit as other modules see it. */
    public record UnitRef(long id, String countyCode, String name, UnitKind kind, Long parentId, String ancestors) {
        /** The path used for "this unit and below": ancestors plus own id. */
        public String path() {
            return ancestors + id + "/";
        }
    }

    /** The unit with this id if it lies inside the scope; a unit outside the scope is reported as absent. */
    public Optional<UnitRef> unit(long id, ScopeFilter scope) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("id", id);
        return jdbc.sql("SELECT u.id, u.county_code, u.name, u.kind, u.parent_id, u.ancestors FROM org_unit u WHERE u.id = :id AND "
                        + scope.onUnitTable("u"))
                .params(params).query(OrgDirectory::unitRef).optional();
    }

    /** Like {@link #unit(long, ScopeFilter)} but only a unit that is not closed (撤销): new records go to live units. */
    public Optional<UnitRef> activeUnit(long id, ScopeFilter scope) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("id", id);
        return jdbc.sql("SELECT u.id, u.county_code, u.name, u.kind, u.parent_id, u.ancestors FROM org_unit u "
                        + "WHERE u.id = :id AND u.status = 'ACTIVE' AND " + scope.onUnitTable("u"))
                .params(params).query(OrgDirectory::unitRef).optional();
    }

    /** Any unit by id regardless of scope: for system jobs (worklist recomputation, document numbering). */
    public Optional<UnitRef> unitById(long id) {
        return jdbc.sql("SELECT u.id, u.county_code, u.name, u.kind, u.parent_id, u.ancestors FROM org_unit u WHERE u.id = :id")
                .param("id", id).query(OrgDirectory::unitRef).optional();
    }

    /** Active units in scope, in tree order (up to {@code limit}). */
    public List<UnitRef> units(ScopeFilter scope, int limit) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("limit", Math.min(limit, 5000));
        return jdbc.sql("SELECT u.id, u.county_code, u.name, u.kind, u.parent_id, u.ancestors FROM org_unit u WHERE u.status = 'ACTIVE' AND "
                        + scope.onUnitTable("u") + " ORDER BY u.ancestors, u.sort_order, u.id LIMIT :limit")
                .params(params).query(OrgDirectory::unitRef).list();
    }

    /** Active units in scope that are administrative enforcement bodies (行政执法主体), in tree order. */
    public List<UnitRef> enforcementBodies(ScopeFilter scope) {
        return jdbc.sql("SELECT u.id, u.county_code, u.name, u.kind, u.parent_id, u.ancestors FROM org_unit u "
                        + "WHERE u.status = 'ACTIVE' AND u.is_enforcement_body AND " + scope.onUnitTable("u")
                        + " ORDER BY u.ancestors, u.sort_order, u.id LIMIT 5000")
                .params(scope.params()).query(OrgDirectory::unitRef).list();
    }

    /** Number of active units in scope by kind. */
    public Map<UnitKind, Long> unitCountsByKind(ScopeFilter scope) {
        Map<UnitKind, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT u.kind, count(*) FROM org_unit u WHERE u.status = 'ACTIVE' AND " + scope.onUnitTable("u")
                        + " GROUP BY u.kind ORDER BY u.kind")
                .params(scope.params())
                .query((rs, n) -> counts.put(UnitKind.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    /** Figures for the dashboard: active people, accounts and enforcement bodies in scope. */
    public Map<String, Long> headcounts(ScopeFilter scope) {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("people", jdbc.sql("SELECT count(*) FROM org_person p WHERE p.status = 'ACTIVE' AND "
                + scope.on("p.county_code", "p.unit_id")).params(scope.params()).query(Long.class).single());
        figures.put("accounts", jdbc.sql("SELECT count(*) FROM org_account a WHERE a.is_enabled AND "
                + scope.on("a.county_code", "a.unit_id")).params(scope.params()).query(Long.class).single());
        figures.put("enforcementBodies", jdbc.sql("SELECT count(*) FROM org_unit u WHERE u.status = 'ACTIVE' AND u.is_enforcement_body AND "
                + scope.onUnitTable("u")).params(scope.params()).query(Long.class).single());
        return figures;
    }

    private static UnitRef unitRef(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new UnitRef(rs.getLong("id"), rs.getString("county_code"), rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")), rs.getObject("parent_id", Long.class), rs.getString("ancestors"));
    }
}
