package org.fazhi.platform;

import org.fazhi.calendar.LegalCalendar;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.org.UnitKind;
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
    private final JsonMapper json;
    private final Clock clock;

    DashboardController(OrgDirectory org, LegalCalendar calendar, JsonMapper json, Clock clock) {
        this.org = org;
        this.calendar = calendar;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        CurrentUser user = CurrentUser.require();
        ScopeFilter scope = user.filter();
        Map<UnitKind, Long> kinds = org.unitCountsByKind(scope);
        model.addAttribute("user", user);
        model.addAttribute("unitTotal", kinds.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("kinds", kinds);
        model.addAttribute("headcounts", org.headcounts(scope));
        model.addAttribute("unitChart", json.writeValueAsString(pie(kinds)));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", calendar.day(today));
        model.addAttribute("nextYear", String.valueOf(today.getYear() + 1)); // a String: MessageFormat would print 2,027
        model.addAttribute("nextYearKnown", calendar.isKnownYear(today.getYear() + 1));
        return "platform/dashboard";
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
