package org.fazhi.tasks;

import org.fazhi.indicators.IndicatorCount;
import org.fazhi.indicators.IndicatorDefinition;
import org.fazhi.indicators.IndicatorScope;
import org.fazhi.indicators.ReportingPeriod;
import org.fazhi.org.ScopeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics page's figures (督办统计): the module's indicators for a year, overdue items by lead unit, items by
 * kind and state, and completion by part of a plan — all counted in SQL within the viewer's scope.
 */
@Service
class TaskStatistics {

    private final TaskIndicators indicators;
    private final JdbcClient jdbc;
    private final Clock clock;

    TaskStatistics(TaskIndicators indicators, JdbcClient jdbc, Clock clock) {
        this.indicators = indicators;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Figure(String code, String name, String value, String unitWord, long numerator, Long denominator,
                  String definition) {
    }

    public record UnitOverdue(long unitId, String unitName, long overdueOpen, long closedLate, long total) {
    }

    public record KindCount(String kind, String label, long total, long closed, long open, long overdue) {
    }

    public record Stats(int year, List<Figure> figures, List<UnitOverdue> overdueByUnit, List<KindCount> byKind) {
    }

    Stats of(ScopeFilter scope, int year) {
        ReportingPeriod period = ReportingPeriod.year(year);
        IndicatorScope indicatorScope = new IndicatorScope(scope, "");
        List<Figure> figures = indicators.definitions().stream().map(d -> {
            IndicatorCount c = indicators.count(d.code(), indicatorScope, period);
            BigDecimal value = c.value(d);
            return new Figure(d.code(), d.name(), value == null ? "无" : value.toPlainString(), d.unitWord(),
                    c.numerator().longValue(), c.denominator() == null ? null : c.denominator().longValue(),
                    d.measure() == IndicatorDefinition.Measure.RATE ? d.numerator() + " ÷ " + d.denominator() : d.numerator());
        }).toList();
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("from", period.from());
        params.put("to", period.toExclusive());
        params.put("today", LocalDate.now(clock));
        List<UnitOverdue> byUnit = jdbc.sql("""
                        SELECT a.unit_id, max(a.unit_name) AS name,
                          count(*) FILTER (WHERE %s AND t.due_date < :today) AS overdue_open,
                          count(*) FILTER (WHERE t.state = 'CLOSED' AND t.is_closed_late) AS closed_late,
                          count(*) AS total
                        FROM task_item t JOIN task_assignment a ON a.item_id = t.id AND a.role = 'LEAD'
                        WHERE t.due_date >= :from AND t.due_date < :to AND t.state <> 'WITHDRAWN' AND %s
                        GROUP BY a.unit_id
                        ORDER BY overdue_open DESC, closed_late DESC, name LIMIT 50""".formatted(TaskIndicators.OPEN,
                        scope.on("a.county_code", "a.unit_id")))
                .params(params)
                .query((rs, n) -> new UnitOverdue(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
        List<KindCount> byKind = jdbc.sql("""
                        SELECT t.kind_code, count(*), count(*) FILTER (WHERE t.state = 'CLOSED'),
                          count(*) FILTER (WHERE %s), count(*) FILTER (WHERE %s AND t.due_date < :today)
                        FROM task_item t WHERE t.assigned_on >= :from AND t.assigned_on < :to AND t.state <> 'WITHDRAWN' AND %s
                        GROUP BY t.kind_code ORDER BY t.kind_code""".formatted(TaskIndicators.OPEN, TaskIndicators.OPEN,
                        Items.visible(scope)))
                .params(params)
                .query((rs, n) -> new KindCount(rs.getString(1), SupervisionKind.of(rs.getString(1))
                        .map(SupervisionKind::label).orElse(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .list();
        return new Stats(year, figures, byUnit, byKind);
    }
}
