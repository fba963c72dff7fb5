package org.fazhi.tasks;

import org.fazhi.indicators.IndicatorCount;
import org.fazhi.indicators.IndicatorDefinition;
import org.fazhi.indicators.IndicatorFamily;
import org.fazhi.indicators.IndicatorRecord;
import org.fazhi.indicators.IndicatorScope;
import org.fazhi.indicators.IndicatorSource;
import org.fazhi.indicators.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of supervision and plan tasks as indicators (督办指标): counted in SQL over the items visible in the scope
 * (those its units supervise or are assigned), each listing the items behind it.
 *
 * <p>按期办结率 counts items whose last day falls in the period and is past or already met (应办结): of those, the ones
 * closed on or before their last day (as extended or moved by a pause with approval) are on time. Items still open
 * with time left are not yet counted either way.
 */
@Component
class TaskIndicators implements IndicatorSource {

    static final String OPEN = "t.state IN ('ASSIGNED','IN_PROGRESS','COMPLETION_REQUESTED')";
    private static final String ASSIGNED_IN = "t.assigned_on >= :from AND t.assigned_on < :to AND t.state <> 'WITHDRAWN'";
    private static final String DUE_IN = "t.due_date >= :from AND t.due_date < :to AND t.state <> 'WITHDRAWN'";
    private static final String OWED = DUE_IN + " AND (t.state = 'CLOSED' OR (t.state <> 'PAUSED' AND t.due_date < :today))";
    private static final String ON_TIME = " AND t.state = 'CLOSED' AND NOT t.is_closed_late";
    private static final String PROPOSALS = " AND t.kind_code IN ('NPC_SUGGESTION','CPPCC_PROPOSAL')";

    /** How each indicator is counted: numerator and (for rates) denominator conditions, and the date that places a record. */
    private record Rule(IndicatorDefinition definition, String numerator, String denominator, String dateColumn) {
    }

    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final JdbcClient jdbc;
    private final Clock clock;

    TaskIndicators(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        add(IndicatorDefinition.count("TASK_ITEMS_ASSIGNED", "交办督办事项数", IndicatorFamily.SUPERVISION, "件",
                "统计期内交办的督办事项（含工作要点任务、批示件、建议提案、整改问题，不含已撤销）", null), ASSIGNED_IN, null, "assigned_on");
        add(IndicatorDefinition.rate("TASK_ON_TIME_RATE", "督办事项按期办结率", IndicatorFamily.SUPERVISION,
                "应办结事项中在期限届满日（含经批准的延期、暂停顺延）前审核办结的件数",
                "期限届满日在统计期内且已办结或已届满的督办事项数（应办结数）",
                "未届满且未办结的事项不计入；期限以批准延期后的日期为准", null), OWED + ON_TIME, OWED, "due_date");
        add(IndicatorDefinition.count("TASK_OVERDUE_ITEMS", "逾期督办事项数", IndicatorFamily.SUPERVISION, "件",
                "期限届满日在统计期内，逾期办结或至今逾期未办结的督办事项", null),
                DUE_IN + " AND ((t.state = 'CLOSED' AND t.is_closed_late) OR (" + OPEN + " AND t.due_date < :today))", null, "due_date");
        add(IndicatorDefinition.rate("TASK_PLAN_COMPLETION_RATE", "工作要点任务办结率", IndicatorFamily.TASKS,
                "完成期限在统计期内且已审核办结的工作要点任务数", "完成期限在统计期内的工作要点任务数",
                "以任务为单位，不按承办单位拆分", null),
                DUE_IN + " AND t.kind_code = 'PLAN_TASK' AND t.state = 'CLOSED'", DUE_IN + " AND t.kind_code = 'PLAN_TASK'", "due_date");
        add(IndicatorDefinition.count("PROPOSALS_NPC", "办理人大代表建议件数", IndicatorFamily.PROPOSALS, "件",
                "统计期内交办的人大代表建议", "《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》第五十一条"),
                ASSIGNED_IN + " AND t.kind_code = 'NPC_SUGGESTION'", null, "assigned_on");
        add(IndicatorDefinition.count("PROPOSALS_CPPCC", "办理政协提案件数", IndicatorFamily.PROPOSALS, "件",
                "统计期内交办的政协提案", null), ASSIGNED_IN + " AND t.kind_code = 'CPPCC_PROPOSAL'", null, "assigned_on");
        add(IndicatorDefinition.rate("PROPOSAL_ON_TIME_RATE", "建议提案按期办复率", IndicatorFamily.PROPOSALS,
                "应办复的建议提案中在答复期限内办结的件数", "答复期限届满日在统计期内且已办结或已届满的建议提案数",
                "答复期限：交办之日起3个月，涉及面广、处理难度大的6个月",
                "《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》第五十一条"),
                OWED + PROPOSALS + ON_TIME, OWED + PROPOSALS, "due_date");
        add(IndicatorDefinition.rate("PROPOSAL_SATISFACTION_RATE", "建议提案满意率", IndicatorFamily.PROPOSALS,
                "提出人表示满意或基本满意的件数", "统计期内办结并登记了满意度的建议提案数", "满意和基本满意合计", null),
                "t.closed_on >= :from AND t.closed_on < :to" + PROPOSALS + " AND t.satisfaction IN ('SATISFIED','BASICALLY')",
                "t.closed_on >= :from AND t.closed_on < :to" + PROPOSALS + " AND t.satisfaction IS NOT NULL", "closed_on");
    }

    private void add(IndicatorDefinition definition, String numerator, String denominator, String dateColumn) {
        rules.put(definition.code(), new Rule(definition, numerator, denominator, dateColumn));
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return rules.values().stream().map(Rule::definition).toList();
    }

    @Override
    public IndicatorCount count(String code, IndicatorScope scope, ReportingPeriod period) {
        Rule rule = rule(code);
        long numerator = countWhere(rule.numerator(), scope, period);
        if (rule.denominator() == null) {
            return IndicatorCount.of(numerator);
        }
        return IndicatorCount.rate(numerator, countWhere(rule.denominator(), scope, period));
    }

    @Override
    public List<IndicatorRecord> records(String code, IndicatorScope scope, ReportingPeriod period,
                                         IndicatorRecord.Part part, int limit) {
        Rule rule = rule(code);
        String where = part == IndicatorRecord.Part.DENOMINATOR && rule.denominator() != null ? rule.denominator() : rule.numerator();
        Map<String, Object> params = params(scope, period);
        params.put("limit", Math.max(1, Math.min(limit, 1000)));
        return jdbc.sql("SELECT t.id, t.kind_code, t.title, t.task_no, t.source_ref, t." + rule.dateColumn() + " AS d, "
                        + "(SELECT string_agg(a.unit_name, '、' ORDER BY a.id) FROM task_assignment a WHERE a.item_id = t.id AND a.role = 'LEAD') AS units "
                        + "FROM task_item t WHERE " + where + " AND " + Items.visible(scope.filter())
                        + " ORDER BY t." + rule.dateColumn() + " DESC, t.id DESC LIMIT :limit")
                .params(params)
                .query((rs, n) -> new IndicatorRecord(
                        SupervisionKind.of(rs.getString("kind_code")).map(SupervisionKind::label).orElse("督办事项"),
                        Long.toString(rs.getLong("id")),
                        (rs.getObject("task_no") != null ? "任务" + rs.getInt("task_no") + " "
                                : rs.getString("source_ref") != null ? rs.getString("source_ref") + " " : "") + rs.getString("title"),
                        rs.getObject("d", LocalDate.class), rs.getString("units"), "/tasks/items/" + rs.getLong("id"), part))
                .list();
    }

    private long countWhere(String where, IndicatorScope scope, ReportingPeriod period) {
        return jdbc.sql("SELECT count(*) FROM task_item t WHERE " + where + " AND " + Items.visible(scope.filter()))
                .params(params(scope, period)).query(Long.class).single();
    }

    private Map<String, Object> params(IndicatorScope scope, ReportingPeriod period) {
        Map<String, Object> params = new LinkedHashMap<>(scope.filter().params());
        params.put("from", period.from());
        params.put("to", period.toExclusive());
        params.put("today", LocalDate.now(clock));
        return params;
    }

    private Rule rule(String code) {
        Rule rule = rules.get(code);
        if (rule == null) {
            throw new IllegalArgumentException("not an indicator of the tasks module: " + code);
        }
        return rule;
    }
}
