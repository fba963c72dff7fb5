package org.fazhi.tasks;

import org.fazhi.calendar.LegalCalendar;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.fazhi.worklist.Light;
import org.fazhi.worklist.WorklistSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads supervision items within a data scope (督办事项查询). An item is visible to its supervising unit and to every
 * unit it is assigned to, and to the units above them (a unit sees what it and its lower units owe).
 */
@Service
class Items {

    static final String COLUMNS = """
            t.id, t.county_code, t.unit_id, t.kind_code, coalesce(k.name, t.kind_code) AS kind_name, t.plan_id, t.part_id,
            t.parent_id, t.task_no, t.title, t.body, t.source_ref, t.proposer, t.finding_ref, t.is_complex, t.assigned_on,
            t.due_date, t.due_citation, t.due_explanation, t.state, t.paused_on, t.paused_days, t.result_text, t.closed_on,
            t.is_closed_late, t.satisfaction, t.satisfaction_note, t.version,
            (SELECT string_agg(a.unit_name, '、' ORDER BY a.id) FROM task_assignment a
              WHERE a.item_id = t.id AND a.role = 'LEAD') AS lead_units,
            (SELECT count(*) FROM task_assignment a WHERE a.item_id = t.id AND a.role = 'SUPPORT') AS support_count
            """;
    static final String FROM = " FROM task_item t LEFT JOIN task_kind k ON k.county_code = t.county_code AND k.code = t.kind_code ";

    /** Filters of the board and lists; {@code null} values are ignored. */
    record Filter(Long planId, Long partId, Long unitId, ItemState state, String kind, Boolean overdue,
                  String keyword, boolean assignedOnly, Integer year) {
        static Filter none() {
            return new Filter(null, null, null, null, null, null, null, false, null);
        }
    }

    private final JdbcClient jdbc;
    private final LegalCalendar calendar;
    private final WorklistSettings settings;
    private final Clock clock;

    Items(JdbcClient jdbc, LegalCalendar calendar, WorklistSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    /** The predicate "visible in this scope" on {@code task_item t}. */
    static String visible(ScopeFilter scope) {
        return "(" + scope.on("t.county_code", "t.unit_id") + " OR EXISTS (SELECT 1 FROM task_assignment sa "
                + "WHERE sa.item_id = t.id AND " + scope.on("sa.county_code", "sa.unit_id") + "))";
    }

    /** The predicate "assigned to a unit in this scope" (a unit's own list). */
    static String assigned(ScopeFilter scope) {
        return "EXISTS (SELECT 1 FROM task_assignment sa WHERE sa.item_id = t.id AND "
                + scope.on("sa.county_code", "sa.unit_id") + ")";
    }

    Optional<Item> find(long id, ScopeFilter scope) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("id", id);
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE t.id = :id AND " + visible(scope))
                .params(params).query(this::item).optional();
    }

    Item get(long id, ScopeFilter scope) {
        return find(id, scope).orElseThrow(() -> BusinessException.notFound("督办事项不存在或不在您的数据范围内"));
    }

    Page<Item> list(ScopeFilter scope, Filter filter, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = where(scope, filter, params);
        long total = jdbc.sql("SELECT count(*)" + FROM + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Item> items = jdbc.sql("SELECT " + COLUMNS + FROM + where + ORDER + " LIMIT :limit OFFSET :offset")
                .params(params).query(this::item).list();
        return Page.of(items, total, page);
    }

    List<Item> export(ScopeFilter scope, Filter filter, int limit) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = where(scope, filter, params);
        params.put("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + FROM + where + ORDER + " LIMIT :limit").params(params).query(this::item).list();
    }

    long count(ScopeFilter scope, Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        return jdbc.sql("SELECT count(*)" + FROM + where(scope, filter, params)).params(params).query(Long.class).single();
    }

    /** Overdue open items first, then by last day, then plan order. */
    private static final String ORDER = " ORDER BY CASE WHEN t.state IN ('ASSIGNED','IN_PROGRESS','COMPLETION_REQUESTED') "
            + "AND t.due_date < :today THEN 0 WHEN t.state IN ('CLOSED','WITHDRAWN') THEN 2 ELSE 1 END, t.due_date, "
            + "t.plan_id NULLS LAST, t.task_no NULLS LAST, t.id";

    private String where(ScopeFilter scope, Filter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        clauses.add(f.assignedOnly() ? assigned(scope) : visible(scope));
        params.put("today", LocalDate.now(clock));
        if (f.planId() != null) {
            clauses.add("t.plan_id = :planId");
            params.put("planId", f.planId());
        }
        if (f.partId() != null) {
            clauses.add("t.part_id = :partId");
            params.put("partId", f.partId());
        }
        if (f.unitId() != null) {
            clauses.add("EXISTS (SELECT 1 FROM task_assignment fa WHERE fa.item_id = t.id AND fa.county_code = t.county_code AND fa.unit_id = :unitId)");
            params.put("unitId", f.unitId());
        }
        if (f.state() != null) {
            clauses.add("t.state = :state");
            params.put("state", f.state().name());
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            clauses.add("t.kind_code = :kind");
            params.put("kind", f.kind());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            clauses.add("t.state IN ('ASSIGNED','IN_PROGRESS','COMPLETION_REQUESTED') AND t.due_date < :today");
        }
        if (f.year() != null) {
            clauses.add("t.assigned_on >= :yearFrom AND t.assigned_on < :yearTo");
            params.put("yearFrom", LocalDate.of(f.year(), 1, 1));
            params.put("yearTo", LocalDate.of(f.year() + 1, 1, 1));
        }
        if (f.keyword() != null && !f.keyword().isBlank()) {
            clauses.add("(t.title LIKE :kw OR t.source_ref LIKE :kw OR t.proposer LIKE :kw)");
            params.put("kw", "%" + f.keyword().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return "WHERE " + String.join(" AND ", clauses);
    }

    /** Child items of a parent, within the scope. */
    List<Item> children(long parentId, ScopeFilter scope) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("parent", parentId);
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE t.parent_id = :parent AND " + visible(scope) + " ORDER BY t.id")
                .params(params).query(this::item).list();
    }

    /** An assigned unit of an item, with its acceptance. */
    public record Assignment(long id, long unitId, String unitName, String role, String printedName, String acceptedBy,
                      java.time.Instant acceptedAt) {
        public boolean lead() {
            return "LEAD".equals(role);
        }

        public String roleLabel() {
            return lead() ? "主办（牵头）" : "协办（责任）";
        }
    }

    List<Assignment> assignments(long itemId) {
        return jdbc.sql("""
                        SELECT a.id, a.unit_id, a.unit_name, a.role, a.printed_name, a.accepted_by, a.accepted_at
                        FROM task_assignment a
                        WHERE a.item_id = :id ORDER BY CASE a.role WHEN 'LEAD' THEN 0 ELSE 1 END, a.id""")
                .param("id", itemId)
                .query((rs, n) -> new Assignment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), instant(rs, 7)))
                .list();
    }

    /** One entry of an item's history (办理记录), with its attachments. */
    public record HistoryEntry(long id, String kind, String kindLabel, String unitName, String content, String actor,
                        java.time.Instant at, List<AttachmentRef> attachments) {
        /** When, in Beijing time as the platform shows every time. */
        public String time() {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .format(at.atZone(java.time.ZoneId.of("Asia/Shanghai")));
        }
    }

    public record AttachmentRef(long id, String name) {
    }

    List<HistoryEntry> history(long itemId) {
        Map<Long, List<AttachmentRef>> files = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT ea.event_id, ea.attachment_id, ea.file_name FROM task_event_attachment ea
                        JOIN task_event e ON e.id = ea.event_id
                        WHERE e.item_id = :id ORDER BY ea.attachment_id""")
                .param("id", itemId)
                .query((rs, n) -> files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new AttachmentRef(rs.getLong(2), rs.getString(3))))
                .list();
        return jdbc.sql("""
                        SELECT e.id, e.kind, e.unit_name, e.content, e.actor, e.occurred_at FROM task_event e
                        WHERE e.item_id = :id ORDER BY e.occurred_at, e.id""")
                .param("id", itemId)
                .query((rs, n) -> new HistoryEntry(rs.getLong(1), rs.getString(2), EventKind.label(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), instant(rs, 6),
                        files.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    /** Number of attachments on an item's history: completion needs evidence. */
    int attachmentCount(long itemId) {
        return jdbc.sql("SELECT count(*) FROM task_event_attachment ea JOIN task_event e ON e.id = ea.event_id "
                + "WHERE e.item_id = :id").param("id", itemId).query(Integer.class).single();
    }

    Light light(ItemState state, LocalDate due) {
        LocalDate today = LocalDate.now(clock);
        if (!state.open()) {
            return Light.GREY;
        }
        if (today.isAfter(due)) {
            return Light.RED;
        }
        return calendar.workingDaysBetween(today, due) <= settings.yellowWorkingDays() ? Light.YELLOW : Light.GREEN;
    }

    private int remaining(ItemState state, LocalDate due) {
        LocalDate today = LocalDate.now(clock);
        return !state.open() || today.isAfter(due) ? 0 : calendar.workingDaysBetween(today, due);
    }

    Item item(ResultSet rs, int n) throws SQLException {
        ItemState state = ItemState.valueOf(rs.getString("state"));
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        return new Item(rs.getLong("id"), rs.getString("county_code"), rs.getLong("unit_id"), rs.getString("kind_code"),
                SupervisionKind.of(rs.getString("kind_code")).map(SupervisionKind::label).orElse(rs.getString("kind_name")),
                rs.getObject("plan_id", Long.class), rs.getObject("part_id", Long.class),
                rs.getObject("parent_id", Long.class), rs.getObject("task_no", Integer.class), rs.getString("title"),
                rs.getString("body"), rs.getString("source_ref"), rs.getString("proposer"), rs.getString("finding_ref"),
                rs.getBoolean("is_complex"), rs.getObject("assigned_on", LocalDate.class), due,
                rs.getString("due_citation"), rs.getString("due_explanation"), state,
                rs.getObject("paused_on", LocalDate.class), rs.getInt("paused_days"), rs.getString("result_text"),
                rs.getObject("closed_on", LocalDate.class), rs.getObject("is_closed_late", Boolean.class),
                rs.getString("satisfaction"), rs.getString("satisfaction_note"), rs.getInt("version"),
                rs.getString("lead_units"), rs.getInt("support_count"), light(state, due), remaining(state, due));
    }

    private static java.time.Instant instant(ResultSet rs, int column) throws SQLException {
        java.sql.Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
