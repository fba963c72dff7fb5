package org.fazhi.normdocs;

import org.fazhi.indicators.IndicatorCount;
import org.fazhi.indicators.IndicatorDefinition;
import org.fazhi.indicators.IndicatorRecord;
import org.fazhi.indicators.IndicatorScope;
import org.fazhi.indicators.IndicatorSource;
import org.fazhi.indicators.ReportingPeriod;
import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Statistics (规范性文件与合法性审查统计) with drill-down to the records, and the clean-up campaign pages (清理). */
@Controller
@RequestMapping("/normdocs")
class NormdocStatsPages {

    private final NormdocIndicators normdocs;
    private final ReviewIndicators reviews;
    private final Cleanups cleanups;
    private final Lifecycle lifecycle;
    private final org.fazhi.org.OrgDirectory org;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    NormdocStatsPages(NormdocIndicators normdocs, ReviewIndicators reviews, Cleanups cleanups, Lifecycle lifecycle,
                      org.fazhi.org.OrgDirectory org, JsonMapper json, ApplicationEventPublisher events) {
        this.normdocs = normdocs;
        this.reviews = reviews;
        this.cleanups = cleanups;
        this.lifecycle = lifecycle;
        this.org = org;
        this.json = json;
        this.events = events;
    }

    /** One figure on the page. */
    public record Figure(String code, String name, String family, String value, String unitWord, String numerator,
                         String denominator, String basis) {
    }

    @GetMapping("/stats")
    @PreAuthorize("hasAuthority('normdocs:stats:view')")
    String stats(@RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = CurrentUser.require();
        int y = year(year);
        IndicatorScope scope = new IndicatorScope(user.filter(), user.unitName() == null ? "" : user.unitName());
        ReportingPeriod period = ReportingPeriod.year(y);
        List<Figure> figures = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (IndicatorSource source : List.of(normdocs, reviews)) {
            for (IndicatorDefinition def : source.definitions()) {
                IndicatorCount count = source.count(def.code(), scope, period);
                BigDecimal value = count.value(def);
                figures.add(new Figure(def.code(), def.name(), def.family().label(),
                        value == null ? "无" : value.toPlainString(), def.unitWord(), def.numerator(),
                        def.denominator() == null ? "" : def.denominator(), def.basis() == null ? "" : def.basis()));
                if (def.measure() == IndicatorDefinition.Measure.COUNT && source == normdocs) {
                    names.add(def.name().replace("件数", ""));
                    counts.add(count.numerator().longValue());
                }
            }
        }
        model.addAttribute("year", y);
        model.addAttribute("yearText", String.valueOf(y));
        model.addAttribute("figures", figures);
        model.addAttribute("chart", json.writeValueAsString(Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 40, "right", 10, "bottom", 80),
                "xAxis", Map.of("type", "category", "data", names, "axisLabel", Map.of("rotate", 30)),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", List.of(Map.of("type", "bar", "barWidth", "40%", "data", counts,
                        "itemStyle", Map.of("color", "#b8232f"))))));
        return "normdocs/stats";
    }

    @GetMapping("/stats/{code}")
    @PreAuthorize("hasAuthority('normdocs:stats:view')")
    String drill(@PathVariable String code, @RequestParam(required = false) Integer year,
                 @RequestParam(defaultValue = "NUMERATOR") IndicatorRecord.Part part, Model model) {
        CurrentUser user = CurrentUser.require();
        int y = year(year);
        IndicatorSource source = normdocs.definitions().stream().anyMatch(d -> d.code().equals(code)) ? normdocs
                : reviews.definitions().stream().anyMatch(d -> d.code().equals(code)) ? reviews : null;
        if (source == null) {
            throw BusinessException.notFound("指标不存在");
        }
        IndicatorDefinition def = source.definitions().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
        model.addAttribute("def", def);
        model.addAttribute("year", y);
        model.addAttribute("yearText", String.valueOf(y));
        model.addAttribute("part", part.name());
        model.addAttribute("records", source.records(code, new IndicatorScope(user.filter(), ""), ReportingPeriod.year(y), part, 500));
        return "normdocs/drill";
    }

    @GetMapping("/cleanups")
    @PreAuthorize("hasAuthority('normdocs:cleanup:manage')")
    String cleanups(Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("campaigns", cleanups.list(user));
        model.addAttribute("units", org.units(user.filter(), 500));
        return "normdocs/cleanups";
    }

    @PostMapping("/cleanups")
    @PreAuthorize("hasAuthority('normdocs:cleanup:manage')")
    String createCleanup(@RequestParam long unitId, @RequestParam String name, @RequestParam(required = false) String basis,
                         RedirectAttributes redirect) {
        long id = cleanups.create(unitId, name, basis, CurrentUser.require());
        redirect.addFlashAttribute("message", "已发起清理");
        return "redirect:/normdocs/cleanups/" + id;
    }

    @GetMapping("/cleanups/{id}")
    @PreAuthorize("hasAuthority('normdocs:cleanup:manage')")
    String cleanup(@PathVariable long id, Model model) {
        model.addAttribute("c", cleanups.get(id, CurrentUser.require()));
        model.addAttribute("items", cleanups.items(id));
        model.addAttribute("decisions", CleanupDecision.values());
        return "normdocs/cleanup";
    }

    /** 导出 a campaign's list: every document with its 保留/修改/废止/宣布失效 and the reason. */
    @GetMapping("/cleanups/{id}/export")
    @PreAuthorize("hasAuthority('normdocs:cleanup:manage')")
    ResponseEntity<byte[]> exportCleanup(@PathVariable long id) {
        CurrentUser user = CurrentUser.require();
        Cleanups.Campaign c = cleanups.get(id, user);
        List<List<Object>> rows = new ArrayList<>();
        for (Cleanups.Item i : cleanups.items(id)) {
            rows.add(List.of(i.title(), NormdocSheets.text(i.number()), i.unitName(), i.decisionLabel(),
                    NormdocSheets.text(i.reason())));
        }
        events.publishEvent(new NormdocChanged(c.countyCode(), user.username(), "normdocs.cleanup.exported", 0,
                Lifecycle.limit("导出清理结果《" + c.name() + "》" + rows.size() + " 件", 500)));
        return NormdocSheets.download(c.name() + ".xlsx", c.open() ? "清理（进行中）" : "清理结果",
                List.of("文件名称", "文号", "制定机关", "处理意见", "理由"), rows);
    }

    @PostMapping("/cleanups/{id}/documents")
    @PreAuthorize("hasAuthority('normdocs:cleanup:manage')")
    String addDocuments(@PathVariable long id, RedirectAttributes redirect) {
        int n = cleanups.addDocumentsInForce(id, CurrentUser.require());
        redirect.addFlashAttribute("message", "已纳入现行有效文件 " + n + " 件");
        return "redirect:/normdocs/cleanups/" + id;
    }

    @PostMapping("/cleanups/{id}/items/{itemId}")
    @PreAuthorize("hasAuthority('normdocs:cleanup:manage')")
    String decide(@PathVariable long id, @PathVariable long itemId, @RequestParam CleanupDecision decision,
                  @RequestParam String reason, RedirectAttributes redirect) {
        cleanups.decide(id, itemId, decision, reason, CurrentUser.require());
        redirect.addFlashAttribute("message", "已提出处理意见");
        return "redirect:/normdocs/cleanups/" + id;
    }

    @PostMapping("/cleanups/{id}/publish")
    @PreAuthorize("hasAuthority('normdocs:cleanup:manage')")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        cleanups.publish(id, CurrentUser.require());
        redirect.addFlashAttribute("message", "清理结果已公布");
        return "redirect:/normdocs/cleanups/" + id;
    }

    private int year(Integer year) {
        int y = year == null ? lifecycle.today().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw BusinessException.invalid("年度应在 2000 至 2100 之间");
        }
        return y;
    }
}
