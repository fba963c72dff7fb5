package org.fazhi.org.units;

import org.fazhi.org.ScopeFilter;
import org.fazhi.org.UnitKind;
import org.fazhi.org.web.Lists;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unit table (单位) for the admin pages, the API, the import and the demo loader. Every read that a user
 * triggers takes the user's {@link ScopeFilter}; a unit outside it is reported as absent.
 */
@Repository
public class Units {

    private static final String SELECT = """
            SELECT u.id, u.county_code, u.parent_id, p.name AS parent_name, u.ancestors, u.name, u.short_name, u.kind,
                   u.region_code, u.credit_code, u.doc_prefix, u.is_enforcement_body, u.is_normdoc_issuer,
                   u.is_reconsideration_body, u.sort_order, u.status, u.version
            FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Units(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A brand-new unit for {@link #insertAll(List)}, its id already taken from {@link #allocateIds(int)}. */
    public record NewUnit(long id, String countyCode, Long parentId, String ancestors, UnitDraft draft) {
    }

    public Page<Unit> page(ScopeFilter scope, UnitFilter filter, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = where(scope, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM org_unit u WHERE " + where).params(params)
                .query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Unit> items = jdbc.sql(SELECT + " WHERE " + where
                        + " ORDER BY u.ancestors, u.sort_order, u.id LIMIT :limit OFFSET :offset")
                .params(params).query(Units::unit).list();
        return Page.of(items, total, page);
    }

    /** Rows for an export, at most {@code limit}. */
    public List<Unit> list(ScopeFilter scope, UnitFilter filter, int limit) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = where(scope, filter, params);
        params.put("limit", limit);
        return jdbc.sql(SELECT + " WHERE " + where + " ORDER BY u.ancestors, u.sort_order, u.id LIMIT :limit")
                .params(params).query(Units::unit).list();
    }

    private static String where(ScopeFilter scope, UnitFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(scope.onUnitTable("u"));
        if (filter.name() != null) {
            where.append(" AND (u.name LIKE :name OR u.short_name LIKE :name)");
            params.put("name", Lists.contains(filter.name()));
        }
        if (filter.kind() != null) {
            where.append(" AND u.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            where.append(" AND u.status = :status");
            params.put("status", filter.status());
        }
        if (filter.flag() != null) {
            where.append(switch (filter.flag()) {
                case "enforcement" -> " AND u.is_enforcement_body";
                case "normdoc" -> " AND u.is_normdoc_issuer";
                case "reconsideration" -> " AND u.is_reconsideration_body";
                default -> "";
            });
        }
        if (filter.under() != null) {
            where.append(" AND (u.id = :under OR u.ancestors LIKE :underPath)");
            params.put("under", filter.under());
            params.put("underPath", "%/" + filter.under() + "/%");
        }
        return where.toString();
    }

    /** The unit if it lies in the scope. */
    public Optional<Unit> find(long id, ScopeFilter scope) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("id", id);
        return jdbc.sql(SELECT + " WHERE u.id = :id AND " + scope.onUnitTable("u")).params(params)
                .query(Units::unit).optional();
    }

    /** Any unit by id, for checks on a relation the user does not change (e.g. an unchanged parent). */
    Optional<Unit> findAny(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = :id").param("id", id).query(Units::unit).optional();
    }

    /** Active units in the scope by exact name, for the import's "上级单位" and "所在单位" columns. */
    public Map<String, Unit> activeByName(ScopeFilter scope, java.util.Collection<String> names) {
        Map<String, Unit> found = new LinkedHashMap<>();
        if (names.isEmpty()) {
            return found;
        }
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("names", List.copyOf(names));
        jdbc.sql(SELECT + " WHERE u.status = 'ACTIVE' AND u.name IN (:names) AND " + scope.onUnitTable("u"))
                .params(params).query(Units::unit).list().forEach(u -> found.put(u.name(), u));
        return found;
    }

    /** Active units in the scope, at most {@code limit}, for the tree and for choosers. */
    public List<UnitTree.Entry> entries(ScopeFilter scope, int limit) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("limit", limit);
        return jdbc.sql("SELECT u.id, u.parent_id, u.ancestors, u.name, u.kind FROM org_unit u WHERE u.status = 'ACTIVE' AND "
                        + scope.onUnitTable("u") + " ORDER BY u.ancestors, u.sort_order, u.id LIMIT :limit")
                .params(params)
                .query((rs, n) -> new UnitTree.Entry(rs.getLong("id"), rs.getObject("parent_id", Long.class),
                        rs.getString("ancestors"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind"))))
                .list();
    }

    /** Names (of any status) already used in the county among {@code names}. */
    public List<String> namesInUse(String countyCode, java.util.Collection<String> names, Long exceptId) {
        if (names.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT name FROM org_unit WHERE county_code = :c AND name IN (:names) AND id <> :except")
                .param("c", countyCode).param("names", List.copyOf(names))
                .param("except", exceptId == null ? -1L : exceptId).query(String.class).list();
    }

    /** Values of {@code column} (doc_prefix or credit_code) already held by active units of the county. */
    public List<String> activeValuesInUse(String countyCode, String column, java.util.Collection<String> values,
                                          Long exceptId) {
        if (values.isEmpty()) {
            return List.of();
        }
        String col = switch (column) {
            case "doc_prefix", "credit_code" -> column;
            default -> throw new IllegalArgumentException(column);
        };
        return jdbc.sql("SELECT " + col + " FROM org_unit WHERE county_code = :c AND status = 'ACTIVE' AND " + col
                        + " IN (:values) AND id <> :except")
                .param("c", countyCode).param("values", List.copyOf(values))
                .param("except", exceptId == null ? -1L : exceptId).query(String.class).list();
    }

    /** Region codes among {@code codes} that exist and lie in the county. */
    public List<String> knownRegions(String countyCode, java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT code FROM org_region WHERE code IN (:codes) AND code LIKE :county")
                .param("codes", List.copyOf(codes)).param("county", countyCode + "%").query(String.class).list();
    }

    /** The county and its townships and villages, for the region chooser. */
    public List<Map.Entry<String, String>> regions(String countyCode) {
        return jdbc.sql("SELECT code, name FROM org_region WHERE code LIKE :county ORDER BY code LIMIT 5000")
                .param("county", countyCode + "%")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list();
    }

    List<UnitKind> activeChildKinds(long id) {
        return jdbc.sql("SELECT DISTINCT kind FROM org_unit WHERE parent_id = :id AND status = 'ACTIVE'")
                .param("id", id).query((rs, n) -> UnitKind.valueOf(rs.getString(1))).list();
    }

    int activeChildren(long id) {
        return jdbc.sql("SELECT count(*) FROM org_unit WHERE parent_id = :id AND status = 'ACTIVE'")
                .param("id", id).query(Integer.class).single();
    }

    int enabledAccounts(long id) {
        return jdbc.sql("SELECT count(*) FROM org_account WHERE unit_id = :id AND is_enabled")
                .param("id", id).query(Integer.class).single();
    }

    long insert(String countyCode, Long parentId, String ancestors, UnitDraft d, String actor, Instant at) {
        return jdbc.sql("""
                        INSERT INTO org_unit (county_code, parent_id, ancestors, name, short_name, kind, region_code,
                            credit_code, doc_prefix, is_enforcement_body, is_normdoc_issuer, is_reconsideration_body,
                            sort_order, created_at, created_by, updated_at, updated_by)
                        VALUES (:c, :parent, :ancestors, :name, :short, :kind, :region, :credit, :prefix, :enf, :nd, :rec,
                            :sort, :at, :by, :at, :by) RETURNING id""")
                .param("c", countyCode).param("parent", parentId, Types.BIGINT).param("ancestors", ancestors)
                .params(fields(d)).param("at", Timestamp.from(at)).param("by", actor)
                .query(Long.class).single();
    }

    /** Updates an active unit if its version still matches; returns the rows changed (0 = changed meanwhile). */
    int update(long id, int version, Long parentId, String ancestors, UnitDraft d, String actor, Instant at) {
        return jdbc.sql("""
                        UPDATE org_unit SET parent_id = :parent, ancestors = :ancestors, name = :name, short_name = :short,
                            kind = :kind, region_code = :region, credit_code = :credit, doc_prefix = :prefix,
                            is_enforcement_body = :enf, is_normdoc_issuer = :nd, is_reconsideration_body = :rec,
                            sort_order = :sort, updated_at = :at, updated_by = :by, version = version + 1
                        WHERE id = :id AND version = :version AND status = 'ACTIVE'""")
                .param("parent", parentId, Types.BIGINT).param("ancestors", ancestors).params(fields(d))
                .param("at", Timestamp.from(at)).param("by", actor).param("id", id).param("version", version)
                .update();
    }

    /** Rewrites the ancestors path of every unit below a moved unit. */
    int moveDescendants(String countyCode, String oldPath, String newPath) {
        return jdbc.sql("""
                        UPDATE org_unit SET ancestors = :newPath || substr(ancestors, :cut)
                        WHERE county_code = :c AND ancestors LIKE :old""")
                .param("newPath", newPath).param("cut", oldPath.length() + 1).param("c", countyCode)
                .param("old", oldPath + "%").update();
    }

    int close(long id, int version, String actor, Instant at) {
        return jdbc.sql("""
                        UPDATE org_unit SET status = 'CLOSED', updated_at = :at, updated_by = :by, version = version + 1
                        WHERE id = :id AND version = :version AND status = 'ACTIVE'""")
                .param("at", Timestamp.from(at)).param("by", actor).param("id", id).param("version", version)
                .update();
    }

    /** Takes {@code count} ids from the unit sequence, so that a batch can refer to its own new rows. */
    public List<Long> allocateIds(int count) {
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence('org_unit', 'id')) FROM generate_series(1, :n)")
                .param("n", count).query(Long.class).list();
    }

    /** Inserts many units in JDBC batches (parents first); ids come from {@link #allocateIds(int)}. */
    public void insertAll(List<NewUnit> units, String actor, Instant at) {
        Timestamp ts = Timestamp.from(at);
        List<Object[]> rows = new ArrayList<>(units.size());
        for (NewUnit u : units) {
            UnitDraft d = u.draft();
            rows.add(new Object[]{u.id(), u.countyCode(), u.parentId(), u.ancestors(), d.name(), d.shortName(),
                    d.kind().name(), d.regionCode(), d.creditCode(), d.docPrefix(), d.enforcementBody(),
                    d.normdocIssuer(), d.reconsiderationBody(), d.sortOrder(), ts, actor, ts, actor});
        }
        int[] types = {Types.BIGINT, Types.CHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.BOOLEAN,
                Types.BOOLEAN, Types.INTEGER, Types.TIMESTAMP, Types.VARCHAR,
                Types.TIMESTAMP, Types.VARCHAR};
        template.batchUpdate("""
                INSERT INTO org_unit (id, county_code, parent_id, ancestors, name, short_name, kind, region_code,
                    credit_code, doc_prefix, is_enforcement_body, is_normdoc_issuer, is_reconsideration_body,
                    sort_order, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, types);
    }

    private static Map<String, Object> fields(UnitDraft d) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", d.name());
        params.put("short", d.shortName());
        params.put("kind", d.kind().name());
        params.put("region", d.regionCode());
        params.put("credit", d.creditCode());
        params.put("prefix", d.docPrefix());
        params.put("enf", d.enforcementBody());
        params.put("nd", d.normdocIssuer());
        params.put("rec", d.reconsiderationBody());
        params.put("sort", d.sortOrder());
        return params;
    }

    private static Unit unit(ResultSet rs, int n) throws SQLException {
        return new Unit(rs.getLong("id"), rs.getString("county_code"), rs.getObject("parent_id", Long.class),
                rs.getString("parent_name"), rs.getString("ancestors"), rs.getString("name"),
                rs.getString("short_name"), UnitKind.valueOf(rs.getString("kind")), rs.getString("region_code"),
                rs.getString("credit_code"), rs.getString("doc_prefix"), rs.getBoolean("is_enforcement_body"),
                rs.getBoolean("is_normdoc_issuer"), rs.getBoolean("is_reconsideration_body"),
                rs.getInt("sort_order"), rs.getString("status"), rs.getInt("version"));
    }
}
