package org.fazhi.platform;

import org.fazhi.calendar.LegalCalendar;
import org.fazhi.indicators.IndicatorValue;
import org.fazhi.indicators.IndicatorValues;
import org.fazhi.indicators.ValueScopes;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.org.UnitKind;
import org.fazhi.shared.BusinessException;
import org.fazhi.worklist.Light;
import org.fazhi.worklist.WorklistQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The home page (首页): real figures for the user's data scope. */
@Controller
class DashboardController {

    private static final Logger log = LoggerFactory.getLogger(DashboardController.class);

    private final OrgDirectory org;
    private final LegalCalendar calendar;
    private final WorklistQueries worklist;
    private final IndicatorValues indicatorValues;
    private final ValueScopes valueScopes;
    private final List<String> headlineCodes;
    private final JsonMapper json;
    private final Clock clock;

    /**
     * @param headlineCodes the catalog codes shown as this year's headline figures on the home page, in order; a
     *                      county may choose its own ({@code fazhi.dashboard.headline-indicators}); the default is
     *                      one computed figure per institution of 法治政府建设 that the annual report states
     */
    DashboardController(OrgDirectory org, LegalCalendar calendar, WorklistQueries worklist,
                        IndicatorValues indicatorValues, ValueScopes valueScopes,
                        @Value("${fazhi.dashboard.headline-indicators:" + DEFAULT_HEADLINE + "}") List<String> headlineCodes,
                        JsonMapper json, Clock clock) {
        this.org = org;
        this.calendar = calendar;
        this.worklist = worklist;
        this.indicatorValues = indicatorValues;
        this.valueScopes = valueScopes;
        this.headlineCodes = List.copyOf(headlineCodes);
        this.json = json;
        this.clock = clock;
    }

    /** Figures the modules compute from their records, so the home page is live all year (reported ones wait for 填报). */
    static final String DEFAULT_HEADLINE = "ND_ISSUED,ND_LEGALITY_REVIEW_RATE,RV_REQUESTS,ENF_CERTIFIED_RATE,"
            + "RECON_APPLICATIONS,LITIGATION_HEAD_APPEARANCE_RATE,DISCLOSURE_REQUESTS,TASK_PLAN_COMPLETION_RATE";

    @GetMapping("/")
    @org.springframework.security.access.prepost.PreAuthorize("hasAuthority('dashboard:view')")
    String dashboard(Model model) {
        CurrentUser user = CurrentUser.require();
        ScopeFilter scope = user.filter();
        Map<UnitKind, Long> kinds = org.unitCountsByKind(scope);
        model.addAttribute("user", user);
        model.addAttribute("unitTotal", kinds.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("kinds", kinds);
        model.addAttribute("headcounts", org.headcounts(scope));
        model.addAttribute("unitChart", json.writeValueAsString(pie(kinds)));
        Map<Light, Long> lights = worklist.lightCounts(scope);
        Map<String, Long> byName = new java.util.HashMap<>();
        lights.forEach((light, count) -> byName.put(light.name(), count));
        model.addAttribute("lights", byName);
        model.addAttribute("lightChart", json.writeValueAsString(lightBar(lights)));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", calendar.day(today));
        model.addAttribute("nextYear", String.valueOf(today.getYear() + 1)); // a String: MessageFormat would print 2,027
        model.addAttribute("nextYearKnown", calendar.isKnownYear(today.getYear() + 1));
        if (user.can("indicators:view")) {
            ValueScopes.Resolved resolved = valueScopes.resolve(valueScopes.defaultKey(user), user);
            model.addAttribute("headline", headline(resolved, today.getYear()));
            model.addAttribute("headlineScope", resolved.key());
            model.addAttribute("headlineYear", String.valueOf(today.getYear()));
        }
        return "platform/dashboard";
    }

    /** This year's headline figures (本年度主要指标) for the user's own scope, each computed or reported as defined. */
    private List<IndicatorValue> headline(ValueScopes.Resolved scope, int year) {
        List<IndicatorValue> values = new ArrayList<>();
        for (String code : headlineCodes) {
            try {
                values.add(indicatorValues.value(code.strip(), scope.scope(), scope.key(), year));
            } catch (BusinessException e) {
                // a code a county configured but the catalog does not hold: the home page still opens
                log.warn("首页主要指标 {} 不在指标目录中：{}", code, e.getMessage());
            }
        }
        return values;
    }

    /** Open to-do items by light, in the board's colours. */
    private static Map<String, Object> lightBar(Map<Light, Long> lights) {
        List<Map<String, Object>> data = List.of(
                bar("逾期", lights.getOrDefault(Light.RED, 0L), "#d9262c"),
                bar("临期", lights.getOrDefault(Light.YELLOW, 0L), "#f0b400"),
                bar("正常", lights.getOrDefault(Light.GREEN, 0L), "#2e9e44"));
        return Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "category", "data", List.of("逾期", "临期", "正常")),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", List.of(Map.of("type", "bar", "barWidth", "40%", "data", data)));
    }

    private static Map<String, Object> bar(String name, long value, String color) {
        return Map.of("name", name, "value", value, "itemStyle", Map.of("color", color));
    }

    private static Map<String, Object> pie(Map<UnitKind, Long> kinds) {
        List<Map<String, Object>> data = new ArrayList<>();
        kinds.forEach((kind, count) -> data.add(Map.of("name", kind.label(), "value", count)));
        return Map.of(
                "tooltip", Map.of("trigger", "item"),
                "legend", Map.of("orient", "vertical", "left", 0, "top", "middle"),
                "series", List.of(Map.of("type", "pie", "radius", List.of("35%", "62%"), "center", List.of("62%", "50%"),
                        "data", data)));
    }
}
