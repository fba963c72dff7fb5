package org.fazhi.tasks;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Work plans (工作要点): listing within a scope, building one by hand (plan → parts → tasks), and the figures per part.
 * A plan is visible to the unit that made it and to every unit one of its tasks is assigned to.
 */
@Service
class Plans {

    /** A plan with its task counts as the viewer sees them. */
    public record Plan(long id, String countyCode, long unitId, int year, String title, LocalDate issuedOn, String preamble,
                String closing, LocalDate defaultDue, String status, long tasks, long closed, long overdue) {
        public String completion() {
            return tasks == 0 ? "—" : Math.round(closed * 1000.0 / tasks) / 10.0 + "%";
        }
    }

    public record Part(long id, int seq, String title, long tasks, long closed, long overdue) {
        public String numeral() {
            return Numerals.chinese(seq);
        }
    }

    /** A task added to a plan by hand. */
    record NewTask(long partId, String title, String body, LocalDate dueDate, List<Long> leadUnitIds,
                   List<Long> supportUnitIds, List<Supervision.Requirement> requirements) {
    }

    private final JdbcClient jdbc;
    private final Supervision supervision;
    private final OrgDirectory org;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Plans(JdbcClient jdbc, Supervision supervision, OrgDirectory org, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.supervision = supervision;
        this.org = org;
        this.events = events;
        this.clock = clock;
    }

    private static String visible(ScopeFilter scope) {
        return "(" + scope.on("p.county_code", "p.unit_id") + " OR EXISTS (SELECT 1 FROM task_item t WHERE t.plan_id = p.id AND "
                + Items.assigned(scope) + "))";
    }

    private static String counts(ScopeFilter scope, String where) {
        return "(SELECT count(*) FROM task_item t WHERE " + where + " AND " + Items.visible(scope) + ") AS tasks, "
                + "(SELECT count(*) FROM task_item t WHERE " + where + " AND t.state = 'CLOSED' AND " + Items.visible(scope) + ") AS closed, "
                + "(SELECT count(*) FROM task_item t WHERE " + where + " AND t.state IN ('ASSIGNED','IN_PROGRESS','COMPLETION_REQUESTED') "
                + "AND t.due_date < :today AND " + Items.visible(scope) + ") AS overdue";
    }

    List<Plan> list(ScopeFilter scope, Integer year) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("today", LocalDate.now(clock));
        String filter = "";
        if (year != null) {
            filter = " AND p.plan_year = :year";
            params.put("year", year);
        }
        return jdbc.sql("SELECT p.*, " + counts(scope, "t.plan_id = p.id") + " FROM task_plan p WHERE " + visible(scope)
                        + filter + " ORDER BY p.plan_year DESC, p.id DESC LIMIT 200")
                .params(params).query(this::plan).list();
    }

    Plan get(long id, ScopeFilter scope) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("today", LocalDate.now(clock));
        params.put("id", id);
        return jdbc.sql("SELECT p.*, " + counts(scope, "t.plan_id = p.id") + " FROM task_plan p WHERE p.id = :id AND " + visible(scope))
                .params(params).query(this::plan).optional()
                .orElseThrow(() -> BusinessException.notFound("工作要点不存在或不在您的数据范围内"));
    }

    List<Part> parts(long planId, ScopeFilter scope) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("today", LocalDate.now(clock));
        params.put("plan", planId);
        return jdbc.sql("SELECT s.id, s.seq, s.title, " + counts(scope, "t.part_id = s.id")
                        + " FROM task_part s WHERE s.plan_id = :plan ORDER BY s.seq")
                .params(params)
                .query((rs, n) -> new Part(rs.getLong("id"), rs.getInt("seq"), rs.getString("title"), rs.getLong("tasks"),
                        rs.getLong("closed"), rs.getLong("overdue")))
                .list();
    }

    /** Starts a plan by hand (手工编制). */
    @Transactional
    long create(CurrentUser user, int year, String title, LocalDate defaultDue, String preamble) {
        String t = Supervision.required(title, "工作要点标题", 200);
        if (year < 2000 || year > 2100) {
            throw BusinessException.invalid("年度须在 2000 至 2100 之间");
        }
        if (defaultDue == null) {
            throw BusinessException.invalid("请填写任务的默认完成期限");
        }
        if (user.unitId() == null) {
            throw BusinessException.forbidden("平台账号不代表任何单位，不能编制工作要点");
        }
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        INSERT INTO task_plan (county_code, unit_id, plan_year, title, preamble, default_due, status,
                            created_at, created_by, updated_at, updated_by)
                        VALUES (:county, :unit, :year, :title, :preamble, :due, 'ACTIVE', :at, :by, :at, :by) RETURNING id""")
                .param("county", user.countyCode()).param("unit", user.unitId()).param("year", year).param("title", t)
                .param("preamble", Supervision.blankToNull(preamble)).param("due", defaultDue).param("at", now)
                .param("by", user.username()).query(Long.class).single();
        events.publishEvent(new TaskPlanChanged(user.countyCode(), user.username(), "tasks.plan.created", id,
                "编制《" + t + "》"));
        return id;
    }

    @Transactional
    long addPart(long planId, CurrentUser user, String title) {
        Plan plan = owned(planId, user);
        String t = Supervision.required(title, "部分标题", 200);
        int seq = jdbc.sql("SELECT coalesce(max(seq), 0) + 1 FROM task_part WHERE plan_id = :p").param("p", planId)
                .query(Integer.class).single();
        long id = jdbc.sql("INSERT INTO task_part (county_code, plan_id, seq, title) VALUES (:c, :p, :s, :t) RETURNING id")
                .param("c", plan.countyCode()).param("p", planId).param("s", seq).param("t", t).query(Long.class).single();
        events.publishEvent(new TaskPlanChanged(plan.countyCode(), user.username(), "tasks.plan.part-added", planId,
                "《" + plan.title() + "》增加部分：" + Numerals.chinese(seq) + "、" + t));
        return id;
    }

    @Transactional
    long addTask(long planId, CurrentUser user, NewTask task) {
        Plan plan = owned(planId, user);
        boolean partOfPlan = jdbc.sql("SELECT count(*) FROM task_part WHERE id = :id AND plan_id = :p")
                .param("id", task.partId()).param("p", planId).query(Long.class).single() > 0;
        if (!partOfPlan) {
            throw BusinessException.invalid("请选择本工作要点的一个部分");
        }
        if (task.leadUnitIds() == null || task.leadUnitIds().isEmpty()) {
            throw BusinessException.invalid("请至少选择一个牵头单位");
        }
        List<Supervision.UnitAssignment> units = new ArrayList<>();
        for (Long id : task.leadUnitIds()) {
            units.add(unit(id, true, user));
        }
        for (Long id : task.supportUnitIds() == null ? List.<Long>of() : task.supportUnitIds()) {
            if (!task.leadUnitIds().contains(id)) {
                units.add(unit(id, false, user));
            }
        }
        int no = jdbc.sql("SELECT coalesce(max(task_no), 0) + 1 FROM task_item WHERE plan_id = :p").param("p", planId)
                .query(Integer.class).single();
        LocalDate due = task.dueDate() == null ? plan.defaultDue() : task.dueDate();
        LocalDate today = LocalDate.now(clock);
        long id = supervision.createPlanTask(plan.countyCode(), plan.unitId(), planId, task.partId(), no,
                Supervision.required(task.title(), "任务名称", 300), Supervision.blankToNull(task.body()), today, due,
                "《" + plan.title() + "》任务" + no, units,
                task.requirements() == null ? List.of() : task.requirements(), user.username());
        events.publishEvent(new TaskPlanChanged(plan.countyCode(), user.username(), "tasks.plan.task-added", planId,
                "《" + plan.title() + "》增加任务" + no + "：" + task.title()));
        return id;
    }

    private Supervision.UnitAssignment unit(long id, boolean lead, CurrentUser user) {
        OrgDirectory.UnitRef u = org.activeUnit(id, user.filter())
                .orElseThrow(() -> BusinessException.invalid("单位不存在、已撤销或不在您的数据范围内：#" + id));
        return new Supervision.UnitAssignment(u.id(), u.name(), lead, null);
    }

    /** The plan, if the user's unit made it or the user supervises county-wide. */
    private Plan owned(long planId, CurrentUser user) {
        Plan plan = get(planId, user.filter());
        if (!"ACTIVE".equals(plan.status())) {
            throw BusinessException.conflict("该工作要点已撤回，不能修改");
        }
        boolean county = user.scope() == DataScope.COUNTY;
        if (!county && (user.unitId() == null || user.unitId() != plan.unitId())) {
            throw BusinessException.forbidden("只有制定该工作要点的单位可以修改");
        }
        return plan;
    }

    private Plan plan(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Plan(rs.getLong("id"), rs.getString("county_code"), rs.getLong("unit_id"), rs.getInt("plan_year"),
                rs.getString("title"), rs.getObject("issued_on", LocalDate.class), rs.getString("preamble"),
                rs.getString("closing"), rs.getObject("default_due", LocalDate.class), rs.getString("status"),
                rs.getLong("tasks"), rs.getLong("closed"), rs.getLong("overdue"));
    }
}
