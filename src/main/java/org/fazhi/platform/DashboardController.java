package org.fazhi.platform;

import org.fazhi.calendar.LegalCalendar;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.org.UnitKind;
import org.fazhi.worklist.Light;
import org.fazhi.worklist.WorklistQueries;
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

    private final OrgDirectory org;
    private final LegalCalendar calendar;
    private final WorklistQueries worklist;
    private final JsonMapper json;
    private final Clock clock;

    DashboardController(OrgDirectory org, LegalCalendar calendar, WorklistQueries worklist, JsonMapper json,
                        Clock clock) {
        this.org = org;
        this.calendar = calendar;
        this.worklist = worklist;
        this.json = json;
        this.clock = clock;
    }

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
        return "platform/dashboard";
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
                "legend", Map.of("bottom", 0),
                "series", List.of(Map.of("type", "pie", "radius", List.of("40%", "70%"), "data", data)));
    }
}
