package org.fazhi.worklist;

import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Pages of the worklist: my to-do list (我的待办) and the unit light board (期限灯板) with drill-down. */
@Controller
class WorklistPages {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** Units shown in the board's chart; the table lists them all. */
    private static final int CHART_UNITS = 20;
    /** Source modules offered in the filter; the modules that publish deadlines (DESIGN §2). */
    private static final List<String> MODULES = List.of("reconsideration", "disclosure", "normdocs", "decisions",
            "enforcement", "review", "tasks", "disputes", "legalaffairs", "assessment", "indicators", "reports");
    /** The lights shown as figures above a list (open items only). */
    private static final List<Light> FIGURE_LIGHTS = List.of(Light.RED, Light.YELLOW, Light.GREEN);

    private final WorkItems items;
    private final ItemRows rows;
    private final OrgDirectory org;
    private final WorklistSpreadsheet spreadsheet;
    private final WorklistSettings settings;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final JsonMapper json;

    WorklistPages(WorkItems items, ItemRows rows, OrgDirectory org, WorklistSpreadsheet spreadsheet,
                  WorklistSettings settings, ApplicationEventPublisher events, MessageSource messages,
                  JsonMapper json) {
        this.items = items;
        this.rows = rows;
        this.org = org;
        this.spreadsheet = spreadsheet;
        this.settings = settings;
        this.events = events;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/worklist")
    @PreAuthorize("hasAuthority('worklist:view')")
    String mine(@RequestParam(required = false) @Nullable String status,
                @RequestParam(required = false) @Nullable String light,
                @RequestParam(required = false) @Nullable String keyword,
                @RequestParam(required = false) @Nullable String module,
                @RequestParam(required = false) @Nullable Integer page,
                @RequestParam(required = false) @Nullable Integer size,
                HttpServletRequest request, Model model) {
        ItemFilter filter = ItemFilter.of(status, light, keyword, module);
        CurrentUser user = CurrentUser.require();
        Page<WorkItem> found = items.mine(user, filter, PageQuery.of(page, size));
        listModel(model, filter, found, request, "/worklist/export");
        model.addAttribute("lightCounts", items.lightCounts(user.filter()));
        model.addAttribute("figureLights", FIGURE_LIGHTS);
        model.addAttribute("yellowDays", settings.yellowWorkingDays());
        return "worklist/mine";
    }

    @GetMapping("/worklist/export")
    @PreAuthorize("hasAuthority('worklist:view')")
    ResponseEntity<byte[]> exportMine(@RequestParam(required = false) @Nullable String status,
                                      @RequestParam(required = false) @Nullable String light,
                                      @RequestParam(required = false) @Nullable String keyword,
                                      @RequestParam(required = false) @Nullable String module) {
        ItemFilter filter = ItemFilter.of(status, light, keyword, module);
        CurrentUser user = CurrentUser.require();
        checkExportSize(items.countMine(user, filter));
        List<WorkItem> found = items.mineForExport(user, filter, settings.exportLimit());
        String name = text("worklist.mine.title");
        events.publishEvent(new WorklistExported(user.countyCode(), user.username(), "mine",
                "导出我的待办 " + found.size() + " 条" + describe(filter)));
        return xlsx(name, spreadsheet.write(name, rows.rows(found)));
    }

    @GetMapping("/worklist/board")
    @PreAuthorize("hasAuthority('worklist:board')")
    String board(Model model) {
        ScopeFilter scope = CurrentUser.require().filter();
        Map<Long, String> names = org.units(scope, 5000).stream()
                .collect(Collectors.toMap(OrgDirectory.UnitRef::id, OrgDirectory.UnitRef::name, (a, b) -> a));
        List<BoardRow> board = items.countsByUnit(scope).stream()
                .map(c -> new BoardRow(c.unitId(), names.getOrDefault(c.unitId(), "#" + c.unitId()), c.red(),
                        c.yellow(), c.green(), c.total()))
                .sorted(Comparator.comparingLong(BoardRow::red).reversed()
                        .thenComparing(Comparator.comparingLong(BoardRow::yellow).reversed())
                        .thenComparing(BoardRow::unitName))
                .toList();
        model.addAttribute("board", board);
        model.addAttribute("lightCounts", items.lightCounts(scope));
        model.addAttribute("figureLights", FIGURE_LIGHTS);
        model.addAttribute("chart", json.writeValueAsString(chart(board.stream().limit(CHART_UNITS).toList())));
        model.addAttribute("chartHeight", 80 + 28 * Math.min(board.size(), CHART_UNITS));
        return "worklist/board";
    }

    @GetMapping("/worklist/board/units/{unitId}")
    @PreAuthorize("hasAuthority('worklist:board')")
    String unit(@PathVariable long unitId,
                @RequestParam(required = false) @Nullable String status,
                @RequestParam(required = false) @Nullable String light,
                @RequestParam(required = false) @Nullable String keyword,
                @RequestParam(required = false) @Nullable String module,
                @RequestParam(required = false) @Nullable Integer page,
                @RequestParam(required = false) @Nullable Integer size,
                HttpServletRequest request, Model model) {
        ScopeFilter scope = CurrentUser.require().filter();
        OrgDirectory.UnitRef unit = unitInScope(unitId, scope);
        ItemFilter filter = ItemFilter.of(status, light, keyword, module);
        Page<WorkItem> found = items.ofUnit(unit.id(), scope, filter, PageQuery.of(page, size));
        listModel(model, filter, found, request, "/worklist/board/units/" + unit.id() + "/export");
        model.addAttribute("unit", unit);
        return "worklist/unit";
    }

    @GetMapping("/worklist/board/units/{unitId}/export")
    @PreAuthorize("hasAuthority('worklist:board')")
    ResponseEntity<byte[]> exportUnit(@PathVariable long unitId,
                                      @RequestParam(required = false) @Nullable String status,
                                      @RequestParam(required = false) @Nullable String light,
                                      @RequestParam(required = false) @Nullable String keyword,
                                      @RequestParam(required = false) @Nullable String module) {
        CurrentUser user = CurrentUser.require();
        OrgDirectory.UnitRef unit = unitInScope(unitId, user.filter());
        ItemFilter filter = ItemFilter.of(status, light, keyword, module);
        checkExportSize(items.countOfUnit(unit.id(), user.filter(), filter));
        List<WorkItem> all = items.ofUnitForExport(unit.id(), user.filter(), filter, settings.exportLimit());
        events.publishEvent(new WorklistExported(user.countyCode(), user.username(), "unit:" + unit.id(),
                "导出" + unit.name() + "待办 " + all.size() + " 条" + describe(filter)));
        return xlsx(unit.name() + text("worklist.board.unitSuffix"), spreadsheet.write(text("worklist.board.title"),
                rows.rows(all)));
    }

    /** One line of the board. */
    record BoardRow(long unitId, String unitName, long red, long yellow, long green, long total) {
    }

    private OrgDirectory.UnitRef unitInScope(long unitId, ScopeFilter scope) {
        return org.unit(unitId, scope)
                .orElseThrow(() -> BusinessException.notFound("单位不存在或不在您的数据范围内"));
    }

    private void checkExportSize(long total) {
        if (total > settings.exportLimit()) {
            throw BusinessException.invalid("符合条件的待办有 " + total + " 条，超过单次导出上限 " + settings.exportLimit()
                    + " 条，请缩小筛选范围后再导出");
        }
    }

    private void listModel(Model model, ItemFilter filter, Page<WorkItem> found, HttpServletRequest request,
                           String exportPath) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", found);
        model.addAttribute("rows", rows.rows(found.items()));
        model.addAttribute("lights", List.of(Light.RED, Light.YELLOW, Light.GREEN, Light.GREY));
        model.addAttribute("modules", MODULES);
        model.addAttribute("exportUrl", ServletUriComponentsBuilder.fromRequest(request).replacePath(
                request.getContextPath() + exportPath).replaceQueryParam("page").replaceQueryParam("size")
                .build().toUriString());
    }

    private Map<String, Object> chart(List<BoardRow> board) {
        List<BoardRow> bottomUp = new ArrayList<>(board);
        java.util.Collections.reverse(bottomUp);
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("legend", Map.of("bottom", 0));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 8, "bottom", 36, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        option.put("yAxis", Map.of("type", "category", "data", bottomUp.stream().map(BoardRow::unitName).toList()));
        option.put("series", List.of(
                series(Light.RED, "#d9262c", bottomUp, BoardRow::red),
                series(Light.YELLOW, "#f0b400", bottomUp, BoardRow::yellow),
                series(Light.GREEN, "#2e9e44", bottomUp, BoardRow::green)));
        return option;
    }

    private Map<String, Object> series(Light light, String colour, List<BoardRow> board, Function<BoardRow, Long> value) {
        return Map.of("name", text("worklist.light." + light.name()), "type", "bar", "stack", "total",
                "itemStyle", Map.of("color", colour), "data", board.stream().map(value).toList());
    }

    private String describe(ItemFilter filter) {
        StringBuilder text = new StringBuilder("（状态 ").append(filter.status());
        if (filter.light() != null) {
            text.append("，期限灯 ").append(filter.light());
        }
        if (filter.keyword() != null) {
            text.append("，关键词 ").append(filter.keyword());
        }
        if (filter.module() != null) {
            text.append("，模块 ").append(filter.module());
        }
        return text.append("）").toString();
    }

    private static ResponseEntity<byte[]> xlsx(String name, byte[] body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .contentType(XLSX)
                .body(body);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
