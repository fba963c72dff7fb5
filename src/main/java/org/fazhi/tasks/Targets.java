package org.fazhi.tasks;

import org.fazhi.indicators.IndicatorCount;
import org.fazhi.indicators.IndicatorDefinition;
import org.fazhi.indicators.IndicatorScope;
import org.fazhi.indicators.IndicatorSource;
import org.fazhi.indicators.ReportingPeriod;
import org.fazhi.org.ScopeFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tracks a task's dated requirements and measurable targets (目标跟踪) against what each assigned unit reported, and —
 * where the target names an indicator — against the indicator's computed value for the item's year, read through the
 * indicators SPI in the county's scope.
 */
@Service
class Targets {

    private final JdbcClient jdbc;
    private final ObjectProvider<IndicatorSource> sources;
    private final Clock clock;

    Targets(JdbcClient jdbc, ObjectProvider<IndicatorSource> sources, Clock clock) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.clock = clock;
    }

    /** A unit's latest report on a requirement. */
    public record UnitProgress(long unitId, String unitName, BigDecimal value, LocalDate doneOn, String status,
                        String statusLabel) {
    }

    /**
     * A requirement with its progress.
     *
     * @param indicatorValue the indicator's value for the year, when {@code indicatorCode} names one
     * @param met            whether every lead unit (or the indicator) meets it
     */
    public record Tracked(long id, String kind, String kindLabel, String phrase, String sentence, LocalDate dueDate,
                   BigDecimal targetValue, String unitWord, String indicatorCode, String indicatorName,
                   BigDecimal indicatorValue, List<UnitProgress> units, boolean met, String summary) {
        public boolean dated() {
            return "DEADLINE".equals(kind) || "DATE".equals(kind);
        }

        public String target() {
            return dated() ? dueDate + " 前" : targetValue.stripTrailingZeros().toPlainString() + (unitWord == null ? "" : unitWord);
        }
    }

    List<Tracked> of(Item item, List<Items.Assignment> assignments, ScopeFilter countyScope) {
        LocalDate today = LocalDate.now(clock);
        List<Map<String, Object>> rows = jdbc.sql("SELECT id, kind, phrase, sentence, due_date, target_value, unit_word, "
                + "indicator_code FROM task_requirement WHERE item_id = :id ORDER BY id").param("id", item.id())
                .query().listOfRows();
        Map<Long, Map<Long, Object[]>> latest = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (r.requirement_id, r.unit_id) r.requirement_id, r.unit_id, r.reported_value, r.done_on
                        FROM task_target_report r JOIN task_requirement q ON q.id = r.requirement_id
                        WHERE q.item_id = :id ORDER BY r.requirement_id, r.unit_id, r.reported_at DESC, r.id DESC""")
                .param("id", item.id())
                .query((rs, n) -> latest.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .put(rs.getLong(2), new Object[]{rs.getBigDecimal(3), rs.getObject(4, LocalDate.class)}))
                .list();
        List<Tracked> tracked = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            long id = ((Number) row.get("id")).longValue();
            String kind = (String) row.get("kind");
            boolean dated = "DEADLINE".equals(kind) || "DATE".equals(kind);
            LocalDate due = row.get("due_date") == null ? null : ((java.sql.Date) row.get("due_date")).toLocalDate();
            BigDecimal target = (BigDecimal) row.get("target_value");
            List<UnitProgress> units = new ArrayList<>();
            boolean allLeadsMet = true;
            int leads = 0;
            for (Items.Assignment a : assignments) {
                Object[] report = latest.getOrDefault(id, Map.of()).get(a.unitId());
                BigDecimal value = report == null ? null : (BigDecimal) report[0];
                LocalDate doneOn = report == null ? null : (LocalDate) report[1];
                String status;
                if (dated) {
                    status = doneOn != null ? (doneOn.isAfter(due) ? "LATE" : "MET") : today.isAfter(due) ? "OVERDUE" : "OPEN";
                } else {
                    status = value == null ? "OPEN" : value.compareTo(target) >= 0 ? "MET" : "BELOW";
                }
                if (a.lead()) {
                    leads++;
                    allLeadsMet &= "MET".equals(status);
                }
                if (report != null || a.lead()) {
                    units.add(new UnitProgress(a.unitId(), a.unitName(), value, doneOn, status, statusLabel(status)));
                }
            }
            String code = (String) row.get("indicator_code");
            Optional<Indicator> indicator = code == null ? Optional.empty()
                    : indicator(code, countyScope, item.assignedOn().getYear());
            boolean met = indicator.map(i -> i.value() != null && target != null && i.value().compareTo(target) >= 0)
                    .orElse(leads > 0 && allLeadsMet);
            long metCount = units.stream().filter(u -> "MET".equals(u.status())).count();
            String summary = indicator.map(i -> "指标“" + i.name() + "”" + item.assignedOn().getYear() + "年值 "
                            + (i.value() == null ? "无" : i.value().toPlainString()) + (met ? "，已达到" : "，未达到"))
                    .orElse(metCount + "/" + units.size() + " 个单位已完成");
            tracked.add(new Tracked(id, kind, kindLabel(kind), (String) row.get("phrase"), (String) row.get("sentence"),
                    due, target, (String) row.get("unit_word"), code, indicator.map(Indicator::name).orElse(null),
                    indicator.map(Indicator::value).orElse(null), units, met, summary));
        }
        return tracked;
    }

    record Indicator(String code, String name, BigDecimal value) {
    }

    /** The indicator's value over the county for a year, if some module defines the code. */
    Optional<Indicator> indicator(String code, ScopeFilter scope, int year) {
        for (IndicatorSource source : sources) {
            for (IndicatorDefinition d : source.definitions()) {
                if (d.code().equals(code)) {
                    IndicatorCount count = source.count(code, new IndicatorScope(scope, "本县"), ReportingPeriod.year(year));
                    return Optional.of(new Indicator(code, d.name(), count.value(d)));
                }
            }
        }
        return Optional.empty();
    }

    /** Indicator codes and names available for targets. */
    List<Indicator> catalog() {
        List<Indicator> all = new ArrayList<>();
        for (IndicatorSource source : sources) {
            source.definitions().forEach(d -> all.add(new Indicator(d.code(), d.name(), null)));
        }
        return all;
    }

    static String kindLabel(String kind) {
        return switch (kind) {
            case "DEADLINE" -> "时限要求";
            case "DATE" -> "完成日期";
            case "COUNT" -> "次数/件数";
            case "HOURS" -> "学时";
            default -> "比率";
        };
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "MET" -> "已完成";
            case "LATE" -> "逾期完成";
            case "OVERDUE" -> "逾期未完成";
            case "BELOW" -> "未达到";
            default -> "未填报";
        };
    }
}
