package org.fazhi.reconsideration;

import org.fazhi.indicators.IndicatorCount;
import org.fazhi.indicators.IndicatorDefinition;
import org.fazhi.indicators.IndicatorRecord;
import org.fazhi.indicators.IndicatorScope;
import org.fazhi.indicators.ReportingPeriod;
import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 复议应诉统计: the indicators of {@link ReconIndicators} for a year in the reader's scope, with the previous year, the
 * definition and basis of each, the records behind each figure, and the standard breakdowns (by decision type,
 * respondent, field and act type), exportable as CSV.
 */
@Controller
@RequestMapping("/reconsideration/statistics")
class StatisticsPages {

    private final ReconIndicators indicators;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ReconsiderationCases cases;

    StatisticsPages(ReconIndicators indicators, JdbcClient jdbc, JsonMapper json, ReconsiderationCases cases) {
        this.indicators = indicators;
        this.jdbc = jdbc;
        this.json = json;
        this.cases = cases;
    }

    /** One line of the figures table. */
    public record Figure(IndicatorDefinition definition, IndicatorCount count, @Nullable BigDecimal value,
                         @Nullable BigDecimal previous, String change) {
        public String shown() {
            return value == null ? "无" : value.toPlainString() + (definition.measure() == IndicatorDefinition.Measure.RATE ? "%" : "");
        }

        public String previousShown() {
            return previous == null ? "无" : previous.toPlainString() + (definition.measure() == IndicatorDefinition.Measure.RATE ? "%" : "");
        }

        public String fraction() {
            return count.denominator() == null ? "" : count.numerator().toPlainString() + " / " + count.denominator().toPlainString();
        }
    }

    /** A breakdown line. */
    public record Line(String label, long count) {
    }

    private int year(@Nullable Integer year) {
        int y = year == null ? cases.today().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw BusinessException.invalid("年度应在 2000 至 2100 之间");
        }
        return y;
    }

    List<Figure> figures(IndicatorScope scope, ReportingPeriod period) {
        List<Figure> figures = new ArrayList<>();
        for (ReconIndicators.Spec s : ReconIndicators.SPECS) {
            IndicatorDefinition d = s.definition();
            IndicatorCount now = indicators.count(d.code(), scope, period);
            IndicatorCount before = indicators.count(d.code(), scope, period.previousYear());
            BigDecimal value = now.value(d);
            BigDecimal previous = before.value(d);
            figures.add(new Figure(d, now, value, previous, change(d, value, previous)));
        }
        return figures;
    }

    static String change(IndicatorDefinition d, @Nullable BigDecimal value, @Nullable BigDecimal previous) {
        if (value == null || previous == null) {
            return "—";
        }
        if (d.measure() == IndicatorDefinition.Measure.RATE) {
            BigDecimal points = value.subtract(previous);
            return (points.signum() >= 0 ? "提高 " : "下降 ") + points.abs().toPlainString() + " 个百分点";
        }
        if (previous.signum() == 0) {
            return value.signum() == 0 ? "持平" : "上年为 0";
        }
        BigDecimal pct = value.subtract(previous).multiply(BigDecimal.valueOf(100))
                .divide(previous, 1, java.math.RoundingMode.HALF_UP);
        return (pct.signum() >= 0 ? "增长 " : "下降 ") + pct.abs().toPlainString() + "%";
    }

    List<Line> breakdown(String groupSql, String where, IndicatorScope scope, ReportingPeriod period) {
        Map<String, Object> params = new LinkedHashMap<>(scope.filter().params());
        params.put("from", period.from());
        params.put("to", period.to());
        return jdbc.sql("SELECT " + groupSql + " AS label, count(*) AS n FROM recon_case t JOIN org_unit u ON u.id = t.unit_id WHERE "
                        + scope.filter().on("t.county_code", "t.unit_id") + " AND " + where
                        + " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50")
                .params(params).query((rs, i) -> new Line(rs.getString("label"), rs.getLong("n"))).list();
    }

    @GetMapping
    @PreAuthorize("hasAuthority('reconsideration:statistics:view')")
    String page(@RequestParam(required = false) Integer year, Model model) {
        int y = year(year);
        CurrentUser user = CurrentUser.require();
        IndicatorScope scope = new IndicatorScope(user.filter(), user.unitName());
        ReportingPeriod period = ReportingPeriod.year(y);
        model.addAttribute("year", y);
        model.addAttribute("figures", figures(scope, period));
        List<Line> byDecision = breakdown("t.decision_type", "t.decision_type IS NOT NULL AND t.decided_on BETWEEN :from AND :to",
                scope, period).stream().map(l -> new Line(DecisionType.valueOf(l.label()).label(), l.count())).toList();
        model.addAttribute("byDecision", byDecision);
        model.addAttribute("byRespondent", breakdown("u.name", "t.received_on BETWEEN :from AND :to", scope, period));
        model.addAttribute("byField", breakdown("COALESCE(t.field, '未填')", "t.received_on BETWEEN :from AND :to", scope, period));
        model.addAttribute("byActType", breakdown("t.act_type", "t.received_on BETWEEN :from AND :to", scope, period));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("tooltip", Map.of());
        chart.put("xAxis", Map.of("type", "category", "data", byDecision.stream().map(Line::label).toList(),
                "axisLabel", Map.of("interval", 0, "rotate", 30)));
        chart.put("yAxis", Map.of("type", "value", "minInterval", 1));
        chart.put("grid", Map.of("bottom", 80));
        chart.put("series", List.of(Map.of("type", "bar", "name", "审结", "data", byDecision.stream().map(Line::count).toList(),
                "itemStyle", Map.of("color", "#c0392b"))));
        model.addAttribute("decisionChart", json.writeValueAsString(chart));
        return "reconsideration/statistics";
    }

    @GetMapping("/records")
    @PreAuthorize("hasAuthority('reconsideration:statistics:view')")
    String records(@RequestParam String code, @RequestParam(required = false) Integer year,
                   @RequestParam(defaultValue = "NUMERATOR") IndicatorRecord.Part part, Model model) {
        int y = year(year);
        ReconIndicators.Spec spec;
        try {
            spec = ReconIndicators.spec(code);
        } catch (IllegalArgumentException e) {
            throw BusinessException.notFound("没有这项指标");
        }
        CurrentUser user = CurrentUser.require();
        IndicatorScope scope = new IndicatorScope(user.filter(), user.unitName());
        model.addAttribute("year", y);
        model.addAttribute("definition", spec.definition());
        model.addAttribute("part", part.name());
        model.addAttribute("records", indicators.records(code, scope, ReportingPeriod.year(y), part, 1000));
        return "reconsideration/statistics-records";
    }

    @GetMapping("/export.csv")
    @PreAuthorize("hasAuthority('reconsideration:statistics:view')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year) {
        int y = year(year);
        CurrentUser user = CurrentUser.require();
        IndicatorScope scope = new IndicatorScope(user.filter(), user.unitName());
        StringBuilder csv = new StringBuilder("指标,数值,分子/分母,上年,同比,分子定义,分母定义,口径\r\n");
        for (Figure f : figures(scope, ReportingPeriod.year(y))) {
            csv.append(String.join(",", CaseDownloads.cell(f.definition().name()), CaseDownloads.cell(f.shown()),
                    CaseDownloads.cell(f.fraction()), CaseDownloads.cell(f.previous() == null ? "无" : f.previous().toPlainString()),
                    CaseDownloads.cell(f.change()), CaseDownloads.cell(f.definition().numerator()),
                    CaseDownloads.cell(f.definition().denominator()), CaseDownloads.cell(f.definition().basis())))
                    .append("\r\n");
        }
        return CaseDownloads.csv("行政复议应诉统计" + y + ".csv", csv);
    }
}
