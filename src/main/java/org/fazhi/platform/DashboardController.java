package org.fazhi.platform;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.org.UnitKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The home page (首页): real figures for the user's data scope. */
@Controller
class DashboardController {

    private final OrgDirectory org;
    private final JsonMapper json;

    DashboardController(OrgDirectory org, JsonMapper json) {
        this.org = org;
        this.json = json;
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
