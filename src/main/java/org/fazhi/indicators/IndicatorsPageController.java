package org.fazhi.indicators;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.org.OrgDirectory;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.PageQuery;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/**
 * Indicator pages (指标): the dashboard of a scope and year with charts, the drill-down of one indicator to the records
 * it counts, the catalog, the open-data CSV, and the reported-indicator forms (填报) with review.
 */
@Controller
@RequestMapping("/indicators")
class IndicatorsPageController {

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final IndicatorForms forms;
    private final ValueScopes scopes;
    private final OrgDirectory org;
    private final JsonMapper json;
    private final Clock clock;

    IndicatorsPageController(IndicatorCatalog catalog, IndicatorValues values, IndicatorForms forms, ValueScopes scopes,
                             OrgDirectory org, JsonMapper json, Clock clock) {
        this.catalog = catalog;
        this.values = values;
        this.forms = forms;
        this.scopes = scopes;
        this.org = org;
        this.json = json;
        this.clock = clock;
    }

    /** A family's block on the dashboard. */
    public record FamilyBlock(String name, List<IndicatorValue> values) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('indicators:view')")
    String dashboard(@RequestParam(required = false) String scope, @RequestParam(required = false) Integer year,
                     @RequestParam(defaultValue = "false") boolean all, Model model) {
        CurrentUser user = CurrentUser.require();
        ValueScopes.Resolved resolved = scopes.resolve(scope, user);
        int y = year(year);
        List<IndicatorValue> list = values.values(resolved.scope(), resolved.key(), y);
        Map<IndicatorFamily, List<IndicatorValue>> byFamily = new EnumMap<>(IndicatorFamily.class);
        for (IndicatorValue v : list) {
            if (all || v.known()) {
                byFamily.computeIfAbsent(catalog.require(v.code()).definition().family(), f -> new ArrayList<>()).add(v);
            }
        }
        model.addAttribute("families", byFamily.entrySet().stream()
                .map(e -> new FamilyBlock(e.getKey().label(), e.getValue())).toList());
        long known = list.stream().filter(IndicatorValue::known).count();
        model.addAttribute("knownCount", Long.toString(known));
        model.addAttribute("totalCount", Integer.toString(list.size()));
        model.addAttribute("computedCount", Long.toString(list.stream()
                .filter(v -> v.origin() == CatalogEntry.Origin.COMPUTED).count()));
        model.addAttribute("missedCount", Long.toString(list.stream()
                .filter(v -> Boolean.FALSE.equals(v.targetMet())).count()));
        model.addAttribute("familyChart", json.writeValueAsString(familyChart(list)));
        model.addAttribute("rateChart", json.writeValueAsString(rateChart(list)));
        model.addAttribute("scopeKey", resolved.key());
        model.addAttribute("scopeLabel", resolved.scope().label());
        model.addAttribute("scopeOptions", scopeOptions(user));
        model.addAttribute("year", y);
        model.addAttribute("all", all);
        return "indicators/dashboard";
    }

    @GetMapping("/values/{code}")
    @PreAuthorize("hasAuthority('indicators:view')")
    String detail(@PathVariable String code, @RequestParam(required = false) String scope,
                  @RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = CurrentUser.require();
        CatalogEntry entry = catalog.require(code);
        ValueScopes.Resolved resolved = scopes.resolve(scope, user);
        int y = year(year);
        IndicatorValue value = values.value(code, resolved.scope(), resolved.key(), y);
        model.addAttribute("entry", entry);
        model.addAttribute("value", value);
        model.addAttribute("records", values.records(code, resolved.scope(), y, IndicatorRecord.Part.NUMERATOR, 200));
        model.addAttribute("denominatorRecords", entry.isRate() && entry.origin() == CatalogEntry.Origin.COMPUTED
                ? values.records(code, resolved.scope(), y, IndicatorRecord.Part.DENOMINATOR, 200) : List.of());
        List<String> years = new ArrayList<>();
        List<Object> series = new ArrayList<>();
        for (int i = y - 4; i <= y; i++) {
            years.add(i + "年");
            series.add(values.value(code, resolved.scope(), resolved.key(), i).value());
        }
        model.addAttribute("trendChart", json.writeValueAsString(Map.of(
                "animation", false,
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "category", "data", years),
                "yAxis", Map.of("type", "value", "name", entry.definition().unitWord()),
                "series", List.of(Map.of("type", "line", "name", entry.name(), "data", series, "connectNulls", true)))));
        model.addAttribute("scopeKey", resolved.key());
        model.addAttribute("scopeLabel", resolved.scope().label());
        model.addAttribute("year", y);
        return "indicators/detail";
    }

    @GetMapping("/export.csv")
    @PreAuthorize("hasAuthority('indicators:export')")
    ResponseEntity<byte[]> exportCsv(@RequestParam(required = false) String scope,
                                     @RequestParam(required = false) Integer year) {
        ValueScopes.Resolved resolved = scopes.resolve(scope, CurrentUser.require());
        int y = year(year);
        Map<String, CatalogEntry> entries = new LinkedHashMap<>();
        catalog.entries().forEach(e -> entries.put(e.code(), e));
        byte[] bytes = OpenData.csv(values.values(resolved.scope(), resolved.key(), y), entries)
                .getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("指标开放数据-" + resolved.scope().label() + "-" + y + ".csv", StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(bytes);
    }

    // ---- 填报 ----

    @GetMapping("/forms")
    @PreAuthorize("hasAnyAuthority('indicators:form:fill','indicators:form:review')")
    String formList(@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
                    @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                    Model model) {
        CurrentUser user = CurrentUser.require();
        IndicatorForms.Status s = status == null || status.isBlank() ? null : IndicatorForms.Status.valueOf(status);
        model.addAttribute("page", forms.list(user.filter(), year, s, PageQuery.of(page, size)));
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("statuses", IndicatorForms.Status.values());
        model.addAttribute("units", org.units(user.filter(), 500));
        model.addAttribute("defaultYear", LocalDate.now(clock).getYear() - 1);
        model.addAttribute("myUnit", user.unitId());
        return "indicators/forms";
    }

    @PostMapping("/forms")
    @PreAuthorize("hasAuthority('indicators:form:fill')")
    String openForm(@RequestParam long unitId, @RequestParam int year) {
        return "redirect:/indicators/forms/" + forms.open(unitId, year, CurrentUser.require());
    }

    @GetMapping("/forms/{id}")
    @PreAuthorize("hasAnyAuthority('indicators:form:fill','indicators:form:review')")
    String form(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.require();
        IndicatorForms.Form form = forms.form(id, user.filter());
        List<IndicatorForms.Field> fields = forms.fields(form);
        Map<IndicatorFamily, List<IndicatorForms.Field>> byFamily = new EnumMap<>(IndicatorFamily.class);
        fields.forEach(f -> byFamily.computeIfAbsent(f.entry().definition().family(), k -> new ArrayList<>()).add(f));
        model.addAttribute("form", form);
        model.addAttribute("groups", byFamily.entrySet().stream()
                .map(e -> Map.entry(e.getKey().label(), e.getValue())).toList());
        model.addAttribute("history", forms.history(id, user.filter()));
        model.addAttribute("canFill", user.can("indicators:form:fill") && form.editable());
        model.addAttribute("canReview", user.can("indicators:form:review")
                && form.status() == IndicatorForms.Status.SUBMITTED);
        model.addAttribute("approximations", Approximation.values());
        return "indicators/form";
    }

    @PostMapping("/forms/{id}")
    @PreAuthorize("hasAuthority('indicators:form:fill')")
    String saveForm(@PathVariable long id, @RequestParam Map<String, String> params,
                    @RequestParam(defaultValue = "save") String action, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        Map<String, FormInput> inputs = new LinkedHashMap<>();
        for (String key : params.keySet()) {
            if (key.startsWith("num_")) {
                String code = key.substring(4);
                inputs.put(code, new FormInput(params.get("num_" + code), params.get("den_" + code),
                        params.get("stated_" + code), params.get("approx_" + code), params.get("note_" + code)));
            }
        }
        try {
            int changed = forms.save(id, inputs, user);
            if ("submit".equals(action)) {
                forms.submit(id, user);
                redirect.addFlashAttribute("message", "已保存并报送，等待司法局审核");
            } else {
                redirect.addFlashAttribute("message", "已保存，修改" + changed + "项");
            }
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/indicators/forms/" + id;
    }

    @PostMapping("/forms/{id}/review")
    @PreAuthorize("hasAuthority('indicators:form:review')")
    String review(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String comment,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        try {
            if ("approve".equals(decision)) {
                forms.approve(id, comment, user);
                redirect.addFlashAttribute("message", "审核通过，填报数计入统计");
            } else {
                forms.sendBack(id, comment, user);
                redirect.addFlashAttribute("message", "已退回填报单位修改");
            }
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/indicators/forms/" + id;
    }

    private int year(Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        if (y < 2000 || y > 2100) {
            throw BusinessException.invalid("统计年度不正确：" + y);
        }
        return y;
    }

    private List<Map.Entry<String, String>> scopeOptions(CurrentUser user) {
        List<Map.Entry<String, String>> options = new ArrayList<>();
        if (user.scope() == DataScope.PROVINCE) {
            options.add(Map.entry("province", "全省"));
        }
        if (user.scope() == DataScope.COUNTY || user.scope() == DataScope.PROVINCE) {
            options.add(Map.entry("county-" + user.countyCode(), "全县"));
        }
        for (OrgDirectory.UnitRef u : org.units(user.filter(), 300)) {
            options.add(Map.entry("unit-" + u.id(), u.name()));
        }
        return options;
    }

    private Map<String, Object> familyChart(List<IndicatorValue> list) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (IndicatorValue v : list) {
            String family = catalog.require(v.code()).definition().family().label();
            long[] c = counts.computeIfAbsent(family, k -> new long[2]);
            c[v.known() ? 0 : 1]++;
        }
        return Map.of(
                "animation", false,
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("data", List.of("有数据", "无数据")),
                "grid", Map.of("left", 40, "right", 10, "bottom", 60),
                "xAxis", Map.of("type", "category", "data", List.copyOf(counts.keySet()),
                        "axisLabel", Map.of("rotate", 45, "fontSize", 10)),
                "yAxis", Map.of("type", "value", "name", "指标数"),
                "series", List.of(
                        Map.of("type", "bar", "name", "有数据", "stack", "n", "itemStyle", Map.of("color", "#c62f2f"),
                                "data", counts.values().stream().map(c -> c[0]).toList()),
                        Map.of("type", "bar", "name", "无数据", "stack", "n", "itemStyle", Map.of("color", "#cccccc"),
                                "data", counts.values().stream().map(c -> c[1]).toList())));
    }

    private static Map<String, Object> rateChart(List<IndicatorValue> list) {
        List<String> names = new ArrayList<>();
        List<Object> now = new ArrayList<>();
        List<Object> last = new ArrayList<>();
        for (IndicatorValue v : list) {
            if (v.figure().endsWith("%") && v.known()) {
                names.add(v.name());
                now.add(v.value());
                last.add(v.lastYear());
            }
        }
        return Map.of(
                "animation", false,
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("data", List.of("本年", "上年")),
                "grid", Map.of("left", 160, "right", 20),
                "xAxis", Map.of("type", "value", "max", 100, "name", "%"),
                "yAxis", Map.of("type", "category", "data", names, "axisLabel", Map.of("fontSize", 10)),
                "series", List.of(
                        Map.of("type", "bar", "name", "本年", "itemStyle", Map.of("color", "#c62f2f"), "data", now),
                        Map.of("type", "bar", "name", "上年", "itemStyle", Map.of("color", "#999999"), "data", last)));
    }
}
