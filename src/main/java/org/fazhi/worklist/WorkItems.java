package org.fazhi.worklist;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The to-do items (待办事项库). Every read takes the caller's scope; writes come from events and the daily job. */
@Repository
class WorkItems {

    private static final String COLUMNS = """
            t.id, t.county_code, t.unit_id, t.assignee, t.source_module, t.source_type, t.source_id, t.deadline_kind,
            t.title, t.due_date, t.citation, t.link, t.status, t.light, t.done_at, t.is_done_late""";
    /** Open items first, then by last day. */
    private static final String ORDER = " ORDER BY CASE WHEN t.status = 'OPEN' THEN 0 ELSE 1 END, t.due_date, t.id";

    private final JdbcClient jdbc;

    WorkItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per-unit light counts of open items. */
    record UnitCounts(long unitId, long red, long yellow, long green) {
        long total() {
            return red + yellow + green;
        }
    }

    // ---- writes ----

    void upsert(DeadlineSet e, Light light, Instant now, String actor) {
        jdbc.sql("""
                        INSERT INTO wl_item (county_code, unit_id, assignee, source_module, source_type, source_id,
                                             deadline_kind, title, due_date, citation, link, status, light,
                                             created_at, created_by, updated_at, updated_by)
                        VALUES (:county, :unit, :assignee, :module, :type, :sourceId, :kind, :title, :due, :citation,
                                :link, 'OPEN', :light, :now, :actor, :now, :actor)
                        ON CONFLICT (county_code, source_module, source_type, source_id, deadline_kind) DO UPDATE SET
                            unit_id = EXCLUDED.unit_id, assignee = EXCLUDED.assignee, title = EXCLUDED.title,
                            due_date = EXCLUDED.due_date, citation = EXCLUDED.citation, link = EXCLUDED.link,
                            status = 'OPEN', light = EXCLUDED.light, done_at = NULL, is_done_late = NULL,
                            updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by,
                            version = wl_item.version + 1""")
                .param("county", e.countyCode()).param("unit", e.unitId()).param("assignee", e.assignee())
                .param("module", e.sourceModule()).param("type", e.sourceType()).param("sourceId", e.sourceId())
                .param("kind", e.kind()).param("title", e.title()).param("due", e.due())
                .param("citation", e.citation()).param("link", e.link()).param("light", light.name())
                .param("now", Timestamp.from(now)).param("actor", actor)
                .update();
    }

    /**
     * The same upsert as {@link #upsert} for many items in one statement: the values go as one array per column
     * ({@link SqlArrays}) and are unnested on the server. Later items with the same key replace earlier ones (ON
     * CONFLICT cannot touch a row twice in one statement).
     */
    void upsertAll(List<DeadlineSet> events, java.util.function.Function<LocalDate, Light> lightOf, Instant now,
                   String actor) {
        if (events.isEmpty()) {
            return;
        }
        Map<DeadlineKey, DeadlineSet> byKey = new LinkedHashMap<>();
        for (DeadlineSet e : events) {
            byKey.remove(e.key());
            byKey.put(e.key(), e);
        }
        List<String> county = new java.util.ArrayList<>(), module = new java.util.ArrayList<>(),
                type = new java.util.ArrayList<>(), sourceId = new java.util.ArrayList<>(),
                kind = new java.util.ArrayList<>(), assignee = new java.util.ArrayList<>(),
                title = new java.util.ArrayList<>(), citation = new java.util.ArrayList<>(),
                link = new java.util.ArrayList<>(), light = new java.util.ArrayList<>();
        List<Long> unit = new java.util.ArrayList<>();
        List<LocalDate> due = new java.util.ArrayList<>();
        Map<LocalDate, Light> lights = new java.util.HashMap<>();
        for (DeadlineSet e : byKey.values()) {
            county.add(e.countyCode());
            unit.add(e.unitId());
            assignee.add(e.assignee());
            module.add(e.sourceModule());
            type.add(e.sourceType());
            sourceId.add(e.sourceId());
            kind.add(e.kind());
            title.add(e.title());
            due.add(e.due());
            citation.add(e.citation());
            link.add(e.link());
            light.add(lights.computeIfAbsent(e.due(), lightOf).name());
        }
        jdbc.sql("""
                        INSERT INTO wl_item (county_code, unit_id, assignee, source_module, source_type, source_id,
                                             deadline_kind, title, due_date, citation, link, status, light,
                                             created_at, created_by, updated_at, updated_by)
                        SELECT v.county, v.unit, v.assignee, v.module, v.type, v.source_id, v.kind, v.title, v.due,
                               v.citation, v.link, 'OPEN', v.light, :now, :actor, :now, :actor
                        FROM unnest(CAST(:county AS text[]), CAST(:unit AS bigint[]), CAST(:assignee AS text[]),
                                    CAST(:module AS text[]), CAST(:type AS text[]), CAST(:sourceId AS text[]),
                                    CAST(:kind AS text[]), CAST(:title AS text[]), CAST(:due AS date[]),
                                    CAST(:citation AS text[]), CAST(:link AS text[]), CAST(:light AS text[]))
                             AS v(county, unit, assignee, module, type, source_id, kind, title, due, citation, link, light)
                        ON CONFLICT (county_code, source_module, source_type, source_id, deadline_kind) DO UPDATE SET
                            unit_id = EXCLUDED.unit_id, assignee = EXCLUDED.assignee, title = EXCLUDED.title,
                            due_date = EXCLUDED.due_date, citation = EXCLUDED.citation, link = EXCLUDED.link,
                            status = 'OPEN', light = EXCLUDED.light, done_at = NULL, is_done_late = NULL,
                            updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by,
                            version = wl_item.version + 1""")
                .param("county", SqlArrays.literal(county)).param("unit", SqlArrays.literal(unit))
                .param("assignee", SqlArrays.literal(assignee)).param("module", SqlArrays.literal(module))
                .param("type", SqlArrays.literal(type)).param("sourceId", SqlArrays.literal(sourceId))
                .param("kind", SqlArrays.literal(kind)).param("title", SqlArrays.literal(title))
                .param("due", SqlArrays.literal(due)).param("citation", SqlArrays.literal(citation))
                .param("link", SqlArrays.literal(link)).param("light", SqlArrays.literal(light))
                .param("now", Timestamp.from(now)).param("actor", actor)
                .update();
    }

    /** Closes the open item of this key; returns 1 if one was open, else 0. */
    int clear(DeadlineKey key, LocalDate today, Instant now, String actor) {
        return jdbc.sql("""
                        UPDATE wl_item SET status = 'DONE', light = 'GREY', done_at = :now,
                               is_done_late = (due_date < :today), updated_at = :now, updated_by = :actor,
                               version = version + 1
                        WHERE county_code = :county AND source_module = :module AND source_type = :type
                          AND source_id = :sourceId AND deadline_kind = :kind AND status = 'OPEN'""")
                .param("county", key.countyCode()).param("module", key.sourceModule())
                .param("type", key.sourceType()).param("sourceId", key.sourceId()).param("kind", key.kind())
                .param("today", today).param("now", Timestamp.from(now)).param("actor", actor)
                .update();
    }

    /** The distinct last days of open items, per county: the daily job computes one light per (county, day). */
    Map<String, List<LocalDate>> openDueDates() {
        Map<String, List<LocalDate>> dates = new LinkedHashMap<>();
        jdbc.sql("SELECT DISTINCT county_code, due_date FROM wl_item WHERE status = 'OPEN' ORDER BY county_code, due_date")
                .query((rs, n) -> dates.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
                        .add(rs.getObject(2, LocalDate.class)))
                .list();
        return dates;
    }

    /** Sets the light of a county's open items due that day; only rows whose light changes are written. */
    int relight(String county, LocalDate due, Light light, Instant now) {
        return jdbc.sql("""
                        UPDATE wl_item SET light = :light, updated_at = :now, updated_by = 'system',
                               version = version + 1
                        WHERE county_code = :county AND status = 'OPEN' AND due_date = :due AND light <> :light""")
                .param("light", light.name()).param("now", Timestamp.from(now)).param("county", county)
                .param("due", due).update();
    }

    // ---- reads ----

    /**
     * My to-do list: items assigned to me, and items of my unit assigned to no one. Items assigned to me by name are
     * shown even when their unit lies outside my data scope (a reviewer or expert handles items of other units); the
     * unit's items are limited to my scope like every list.
     */
    Page<WorkItem> mine(CurrentUser user, ItemFilter filter, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = mineWhere(user, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM wl_item t WHERE " + where).params(params)
                .query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<WorkItem> rows = jdbc.sql("SELECT " + COLUMNS + " FROM wl_item t WHERE " + where + ORDER
                        + " LIMIT :limit OFFSET :offset")
                .params(params).query(WorkItems::item).list();
        return Page.of(rows, total, page);
    }

    /** Up to {@code limit} rows of my list for export. */
    List<WorkItem> mineForExport(CurrentUser user, ItemFilter filter, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = mineWhere(user, filter, params);
        params.put("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM wl_item t WHERE " + where + ORDER + " LIMIT :limit")
                .params(params).query(WorkItems::item).list();
    }

    long countMine(CurrentUser user, ItemFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = mineWhere(user, filter, params);
        return jdbc.sql("SELECT count(*) FROM wl_item t WHERE " + where).params(params).query(Long.class).single();
    }

    private static String mineWhere(CurrentUser user, ItemFilter filter, Map<String, Object> params) {
        ScopeFilter scope = user.filter();
        params.putAll(scope.params());
        params.put("me", user.username());
        params.put("myUnit", user.unitId() == null ? -1L : user.unitId());
        return "t.county_code = :scopeCounty AND (t.assignee = :me OR (t.assignee IS NULL AND t.unit_id = :myUnit AND "
                + scope.on("t.county_code", "t.unit_id") + "))" + filter.sql(params);
    }

    /** Every item of one unit, within the caller's scope. */
    Page<WorkItem> ofUnit(long unitId, ScopeFilter scope, ItemFilter filter, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = unitWhere(unitId, scope, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM wl_item t WHERE " + where).params(params)
                .query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<WorkItem> rows = jdbc.sql("SELECT " + COLUMNS + " FROM wl_item t WHERE " + where + ORDER
                        + " LIMIT :limit OFFSET :offset")
                .params(params).query(WorkItems::item).list();
        return Page.of(rows, total, page);
    }

    long countOfUnit(long unitId, ScopeFilter scope, ItemFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = unitWhere(unitId, scope, filter, params);
        return jdbc.sql("SELECT count(*) FROM wl_item t WHERE " + where).params(params).query(Long.class).single();
    }

    /** Up to {@code limit} items of one unit for export. */
    List<WorkItem> ofUnitForExport(long unitId, ScopeFilter scope, ItemFilter filter, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = unitWhere(unitId, scope, filter, params);
        params.put("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM wl_item t WHERE " + where + ORDER + " LIMIT :limit")
                .params(params).query(WorkItems::item).list();
    }

    private static String unitWhere(long unitId, ScopeFilter scope, ItemFilter filter, Map<String, Object> params) {
        params.putAll(scope.params());
        params.put("unit", unitId);
        return scope.on("t.county_code", "t.unit_id") + " AND t.unit_id = :unit" + filter.sql(params);
    }

    /** Open items per unit and light across the scope. */
    List<UnitCounts> countsByUnit(ScopeFilter scope) {
        return jdbc.sql("""
                        SELECT t.unit_id,
                               SUM(CASE WHEN t.light = 'RED' THEN 1 ELSE 0 END),
                               SUM(CASE WHEN t.light = 'YELLOW' THEN 1 ELSE 0 END),
                               SUM(CASE WHEN t.light = 'GREEN' THEN 1 ELSE 0 END)
                        FROM wl_item t WHERE t.status = 'OPEN' AND """ + scope.on("t.county_code", "t.unit_id") + """
                         GROUP BY t.unit_id""")
                .params(scope.params())
                .query((rs, n) -> new UnitCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** Open items by light across the scope; every light present, zero when none. */
    Map<Light, Long> lightCounts(ScopeFilter scope) {
        Map<Light, Long> counts = new EnumMap<>(Light.class);
        counts.put(Light.RED, 0L);
        counts.put(Light.YELLOW, 0L);
        counts.put(Light.GREEN, 0L);
        jdbc.sql("SELECT t.light, count(*) FROM wl_item t WHERE t.status = 'OPEN' AND "
                        + scope.on("t.county_code", "t.unit_id") + " GROUP BY t.light")
                .params(scope.params())
                .query((rs, n) -> counts.put(Light.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return counts;
    }

    private static WorkItem item(ResultSet rs, int n) throws SQLException {
        Timestamp done = rs.getTimestamp("done_at");
        return new WorkItem(rs.getLong("id"), rs.getString("county_code"), rs.getLong("unit_id"),
                rs.getString("assignee"), rs.getString("source_module"), rs.getString("source_type"),
                rs.getString("source_id"), rs.getString("deadline_kind"), rs.getString("title"),
                rs.getObject("due_date", LocalDate.class), rs.getString("citation"), rs.getString("link"),
                rs.getString("status"), Light.valueOf(rs.getString("light")),
                done == null ? null : done.toInstant(), rs.getObject("is_done_late", Boolean.class));
    }
}
