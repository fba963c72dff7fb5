package org.fazhi.enforcement.internal;

import org.fazhi.indicators.IndicatorCount;
import org.fazhi.indicators.IndicatorDefinition;
import org.fazhi.indicators.IndicatorRecord;
import org.fazhi.indicators.IndicatorScope;
import org.fazhi.indicators.ReportingPeriod;
import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The annual enforcement statistics page (年度行政执法统计) with charts and the module's indicators, each with its
 * definition and the records behind numerator and denominator; the same figures as JSON for reports and the bench.
 */
@Controller
@RequestMapping("/enforcement/stats")
class StatsPages {

    private final Statistics statistics;
    private final EnforcementIndicators indicators;
    private final JsonMapper json;
    private final Clock clock;

    StatsPages(Statistics statistics, EnforcementIndicators indicators, JsonMapper json, Clock clock) {
        this.statistics = statistics;
        this.indicators = indicators;
        this.json = json;
        this.clock = clock;
    }

    public record IndicatorRow(String code, String name, String numerator, String denominator, String basis,
                               String citation, long num, long den, String value) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('enforcement:stats:view')")
    String page(@RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = CurrentUser.require();
        int y = year(year);
        Statistics.Report report = statistics.report(user.filter(), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31),
                LocalDate.now(clock));
        model.addAttribute("year", y);
        model.addAttribute("years", List.of(y - 2, y - 1, y, y + 1).stream().filter(v -> v <= LocalDate.now(clock).getYear()).toList());
        model.addAttribute("r", report);
        model.addAttribute("kindChart", json.writeValueAsString(pie(report.byKind())));
        model.addAttribute("bodyChart", json.writeValueAsString(bar(report.byBody())));
        model.addAttribute("indicators", indicatorRows(user, y));
        return "enforcement/stats";
    }

    @GetMapping(value = "/report", produces = "application/json")
    @ResponseBody
    @PreAuthorize("hasAuthority('enforcement:stats:view')")
    Statistics.Report report(@RequestParam(required = false) Integer year) {
        int y = year(year);
        return statistics.report(CurrentUser.require().filter(), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31),
                LocalDate.now(clock));
    }

    @GetMapping("/indicators/{code}")
    @PreAuthorize("hasAuthority('enforcement:stats:view')")
    String drill(@PathVariable String code, @RequestParam(required = false) Integer year,
                 @RequestParam(required = false) String part, Model model) {
        CurrentUser user = CurrentUser.require();
        int y = year(year);
        IndicatorDefinition def = indicators.definitions().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> BusinessException.notFound("没有这个指标"));
        IndicatorRecord.Part p = "denominator".equals(part) ? IndicatorRecord.Part.DENOMINATOR : IndicatorRecord.Part.NUMERATOR;
        IndicatorScope scope = new IndicatorScope(user.filter(), user.unitName() == null ? user.countyCode() : user.unitName());
        model.addAttribute("def", def);
        model.addAttribute("year", y);
        model.addAttribute("part", p.name());
        model.addAttribute("records", indicators.records(code, scope, ReportingPeriod.year(y), p, 500));
        return "enforcement/indicator";
    }

    private List<IndicatorRow> indicatorRows(CurrentUser user, int y) {
        IndicatorScope scope = new IndicatorScope(user.filter(), user.unitName() == null ? user.countyCode() : user.unitName());
        List<IndicatorRow> rows = new ArrayList<>();
        for (IndicatorDefinition d : indicators.definitions()) {
            IndicatorCount c = indicators.count(d.code(), scope, ReportingPeriod.year(y));
            BigDecimal v = c.value(d);
            rows.add(new IndicatorRow(d.code(), d.name(), d.numerator(), d.denominator(), d.basis() == null ? "" : d.basis(),
                    d.citation() == null ? "" : d.citation(), c.numerator().longValue(),
                    c.denominator() == null ? 0 : c.denominator().longValue(), v == null ? "无" : v.toPlainString() + "%"));
        }
        return rows;
    }

    private int year(Integer year) {
        int current = LocalDate.now(clock).getYear();
        if (year == null) {
            return current;
        }
        if (year < 2000 || year > current) {
            throw BusinessException.invalid("统计年度应在 2000 年至今年之间");
        }
        return year;
    }

    private static Map<String, Object> pie(List<Statistics.Line> lines) {
        List<Map<String, Object>> data = new ArrayList<>();
        lines.forEach(l -> data.add(Map.of("name", l.label(), "value", l.count())));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("tooltip", Map.of("trigger", "item"));
        chart.put("series", List.of(Map.of("type", "pie", "radius", "60%", "data", data)));
        return chart;
    }

    private static Map<String, Object> bar(List<Statistics.Line> lines) {
        List<Statistics.Line> top = lines.stream().limit(12).toList();
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("tooltip", Map.of("trigger", "axis"));
        chart.put("grid", Map.of("left", 160, "right", 20, "top", 10, "bottom", 20));
        chart.put("xAxis", Map.of("type", "value"));
        chart.put("yAxis", Map.of("type", "category", "inverse", true, "data", top.stream().map(Statistics.Line::label).toList()));
        chart.put("series", List.of(Map.of("type", "bar", "data", top.stream().map(Statistics.Line::count).toList())));
        return chart;
    }
}
