package org.fazhi.tasks;

import org.fazhi.files.Attachment;
import org.fazhi.files.Attachments;
import org.fazhi.files.OfficialDocument;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pages of work plans: list and hand-made plans, a plan's parts and tasks, the import and review screen, statistics. */
@Controller
class PlanPages {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Plans plans;
    private final PlanImports imports;
    private final Items items;
    private final TaskPages taskPages;
    private final TaskDocuments documents;
    private final TaskStatistics statistics;
    private final Attachments attachments;
    private final JsonMapper json;
    private final Clock clock;

    PlanPages(Plans plans, PlanImports imports, Items items, TaskPages taskPages, TaskDocuments documents,
              TaskStatistics statistics, Attachments attachments, JsonMapper json, Clock clock) {
        this.plans = plans;
        this.imports = imports;
        this.items = items;
        this.taskPages = taskPages;
        this.documents = documents;
        this.statistics = statistics;
        this.attachments = attachments;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/tasks/plans")
    @PreAuthorize("hasAuthority('tasks:plan:view')")
    String list(@RequestParam(required = false) @Nullable Integer year, Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("plans", plans.list(user.filter(), year));
        model.addAttribute("year", year == null ? "" : String.valueOf(year));
        model.addAttribute("nextYear", String.valueOf(LocalDate.now(clock).getYear()));
        model.addAttribute("yearEnd", LocalDate.of(LocalDate.now(clock).getYear(), 12, 31));
        return "tasks/plans";
    }

    @PostMapping("/tasks/plans")
    @PreAuthorize("hasAuthority('tasks:plan:manage')")
    String create(@RequestParam String title, @RequestParam int year,
                  @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate defaultDue,
                  @RequestParam(required = false) @Nullable String preamble, RedirectAttributes redirect) {
        try {
            long id = plans.create(CurrentUser.require(), year, title, defaultDue, preamble);
            redirect.addFlashAttribute("message", "工作要点已创建，请添加部分和任务");
            return "redirect:/tasks/plans/" + id;
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/tasks/plans";
        }
    }

    @GetMapping("/tasks/plans/{id}")
    @PreAuthorize("hasAuthority('tasks:plan:view')")
    String plan(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.require();
        ScopeFilter scope = user.filter();
        Plans.Plan plan = plans.get(id, scope);
        List<Plans.Part> parts = plans.parts(id, scope);
        Map<Long, List<Item>> tasks = new LinkedHashMap<>();
        for (Item item : items.export(scope, new Items.Filter(id, null, null, null, null, null, null, false, null),
                TaskDocuments.EXPORT_LIMIT)) {
            tasks.computeIfAbsent(item.partId(), k -> new ArrayList<>()).add(item);
        }
        tasks.values().forEach(l -> l.sort(java.util.Comparator.comparing(Item::taskNo,
                java.util.Comparator.nullsLast(Integer::compare))));
        model.addAttribute("plan", plan);
        model.addAttribute("parts", parts);
        model.addAttribute("tasks", tasks);
        model.addAttribute("units", taskPages.units(scope));
        model.addAttribute("canManage", user.can("tasks:plan:manage"));
        model.addAttribute("partChart", json.writeValueAsString(partChart(parts)));
        return "tasks/plan";
    }

    @PostMapping("/tasks/plans/{id}/parts")
    @PreAuthorize("hasAuthority('tasks:plan:manage')")
    String addPart(@PathVariable long id, @RequestParam String title, RedirectAttributes redirect) {
        try {
            plans.addPart(id, CurrentUser.require(), title);
            redirect.addFlashAttribute("message", "已增加部分");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/tasks/plans/" + id;
    }

    @PostMapping("/tasks/plans/{id}/tasks")
    @PreAuthorize("hasAuthority('tasks:plan:manage')")
    String addTask(@PathVariable long id, @RequestParam long partId, @RequestParam String title,
                   @RequestParam(required = false) @Nullable String body,
                   @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                   @RequestParam(required = false) @Nullable List<Long> leadUnitIds,
                   @RequestParam(required = false) @Nullable List<Long> supportUnitIds,
                   @RequestParam(required = false) @Nullable String targetKind,
                   @RequestParam(required = false) @Nullable BigDecimal targetValue,
                   @RequestParam(required = false) @Nullable String targetPhrase,
                   @RequestParam(required = false) @Nullable String indicatorCode,
                   RedirectAttributes redirect) {
        try {
            List<Supervision.Requirement> requirements = new ArrayList<>();
            if (targetKind != null && !targetKind.isBlank()) {
                String word = switch (targetKind) {
                    case "HOURS" -> "学时";
                    case "RATE" -> "%";
                    default -> "次";
                };
                String phrase = targetPhrase == null || targetPhrase.isBlank()
                        ? (targetValue == null ? "" : targetValue.stripTrailingZeros().toPlainString()) + word : targetPhrase;
                requirements.add(new Supervision.Requirement(targetKind, phrase, null, null, targetValue, word, indicatorCode));
            }
            plans.addTask(id, CurrentUser.require(), new Plans.NewTask(partId, title, body, dueDate, leadUnitIds,
                    supportUnitIds, requirements));
            redirect.addFlashAttribute("message", "已增加任务并交办");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/tasks/plans/" + id;
    }

    @GetMapping("/tasks/plans/{id}/export.xlsx")
    @PreAuthorize("hasAuthority('tasks:plan:view')")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        CurrentUser user = CurrentUser.require();
        Plans.Plan plan = plans.get(id, user.filter());
        return TaskPages.download(documents.planXlsx(id, user), plan.title() + "任务分工.xlsx", TaskPages.XLSX);
    }

    @PostMapping("/tasks/plans/{id}/export.docx")
    @PreAuthorize("hasAuthority('tasks:plan:view')")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        CurrentUser user = CurrentUser.require();
        return document(documents.planDocx(id, user));
    }

    @PostMapping("/tasks/plans/{id}/report.docx")
    @PreAuthorize("hasAuthority('tasks:plan:view')")
    ResponseEntity<byte[]> report(@PathVariable long id) {
        CurrentUser user = CurrentUser.require();
        return document(documents.reportDocx(id, user));
    }

    /** The document just generated for this user; read in its county because it belongs to the plan's unit. */
    private ResponseEntity<byte[]> document(OfficialDocument doc) {
        Attachment file = attachments.get(doc.attachmentId(), new ScopeFilter(DataScope.COUNTY, doc.countyCode(), null, null));
        try (InputStream in = attachments.open(file)) {
            return TaskPages.download(in.readAllBytes(), file.originalName(), DOCX);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ import

    @GetMapping("/tasks/plans/import")
    @PreAuthorize("hasAuthority('tasks:plan:manage')")
    String importForm() {
        return "tasks/import";
    }

    @PostMapping("/tasks/plans/import")
    @PreAuthorize("hasAuthority('tasks:plan:manage')")
    String preview(@RequestParam(required = false) @Nullable String text,
                   @RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model) {
        CurrentUser user = CurrentUser.require();
        String source = text;
        try {
            if (file != null && !file.isEmpty()) {
                source = PlanImports.docxText(TasksApiController.bytes(file));
            }
            PlanPreview preview = imports.preview(source, user);
            model.addAttribute("preview", preview);
            model.addAttribute("text", source);
            model.addAttribute("units", taskPages.units(user.filter()));
            return "tasks/import-review";
        } catch (BusinessException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("text", source);
            return "tasks/import";
        }
    }

    @PostMapping("/tasks/plans/import/confirm")
    @PreAuthorize("hasAuthority('tasks:plan:manage')")
    String confirm(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        String text = form.getFirst("text");
        Map<String, List<Long>> resolutions = new LinkedHashMap<>();
        List<String> names = form.getOrDefault("resName", List.of());
        List<String> choices = form.getOrDefault("resUnit", List.of());
        for (int i = 0; i < names.size() && i < choices.size(); i++) {
            String choice = choices.get(i);
            if ("none".equals(choice)) {
                resolutions.put(names.get(i), List.of());
            } else if (choice != null && choice.matches("\\d{1,18}")) {
                resolutions.put(names.get(i), List.of(Long.parseLong(choice)));
            }
        }
        List<PlanConfirmation.AcceptedProposal> accepted = new ArrayList<>();
        for (String key : form.getOrDefault("accept", List.of())) {
            String[] parts = key.split("_");
            if (parts.length != 2 || !parts[0].matches("\\d{1,4}") || !parts[1].matches("\\d{1,3}")) {
                continue;
            }
            String date = form.getFirst("date_" + key);
            String value = form.getFirst("value_" + key);
            accepted.add(new PlanConfirmation.AcceptedProposal(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    date == null || date.isBlank() ? null : parseDate(date),
                    value == null || value.isBlank() ? null : parseNumber(value)));
        }
        String year = form.getFirst("year");
        String due = form.getFirst("defaultDue");
        try {
            long id = imports.confirm(new PlanConfirmation(text, form.getFirst("title"),
                    year == null || !year.matches("\\d{4}") ? null : Integer.valueOf(year),
                    due == null || due.isBlank() ? null : parseDate(due), resolutions, accepted), user);
            redirect.addFlashAttribute("message", "工作要点已导入，各项任务已交办到承办单位");
            return "redirect:/tasks/plans/" + id;
        } catch (BusinessException e) {
            // Back to the review screen with every decision kept, and the reason nothing was saved.
            PlanPreview preview = imports.preview(text, user);
            model.addAttribute("preview", preview);
            model.addAttribute("text", text);
            model.addAttribute("units", taskPages.units(user.filter()));
            model.addAttribute("error", e.getMessage());
            model.addAttribute("chosen", chosen(names, choices));
            model.addAttribute("planTitle", form.getFirst("title"));
            return "tasks/import-review";
        }
    }

    private static Map<String, String> chosen(List<String> names, List<String> choices) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (int i = 0; i < names.size() && i < choices.size(); i++) {
            chosen.put(names.get(i), choices.get(i));
        }
        return chosen;
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw BusinessException.invalid("日期格式不正确：" + s);
        }
    }

    private static BigDecimal parseNumber(String s) {
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid("目标值不是数字：" + s);
        }
    }

    // ------------------------------------------------------------------ statistics

    @GetMapping("/tasks/stats")
    @PreAuthorize("hasAuthority('tasks:stats:view')")
    String stats(@RequestParam(required = false) @Nullable Integer year, @RequestParam(required = false) @Nullable Long plan,
                 Model model) {
        CurrentUser user = CurrentUser.require();
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        TaskStatistics.Stats stats = statistics.of(user.filter(), y);
        List<Plans.Plan> yearPlans = plans.list(user.filter(), y);
        Plans.Plan selected = plan != null ? plans.get(plan, user.filter()) : yearPlans.isEmpty() ? null : yearPlans.get(0);
        List<Plans.Part> parts = selected == null ? List.of() : plans.parts(selected.id(), user.filter());
        model.addAttribute("stats", stats);
        model.addAttribute("year", String.valueOf(y));
        model.addAttribute("plans", yearPlans);
        model.addAttribute("selected", selected);
        model.addAttribute("parts", parts);
        model.addAttribute("partChart", json.writeValueAsString(partChart(parts)));
        model.addAttribute("unitChart", json.writeValueAsString(unitChart(stats.overdueByUnit())));
        model.addAttribute("kindChart", json.writeValueAsString(kindChart(stats.byKind())));
        return "tasks/stats";
    }

    private static Map<String, Object> partChart(List<Plans.Part> parts) {
        List<String> names = parts.stream().map(p -> p.numeral() + "、" + shorten(p.title())).toList();
        return Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("bottom", 0),
                "grid", Map.of("left", 10, "right", 20, "top", 10, "bottom", 40, "containLabel", true),
                "xAxis", Map.of("type", "value", "minInterval", 1),
                "yAxis", Map.of("type", "category", "inverse", true, "data", names),
                "series", List.of(
                        Map.of("name", "已办结", "type", "bar", "stack", "t", "itemStyle", Map.of("color", "#2e9e44"),
                                "data", parts.stream().map(Plans.Part::closed).toList()),
                        Map.of("name", "逾期未办结", "type", "bar", "stack", "t", "itemStyle", Map.of("color", "#d9262c"),
                                "data", parts.stream().map(Plans.Part::overdue).toList()),
                        Map.of("name", "办理中", "type", "bar", "stack", "t", "itemStyle", Map.of("color", "#9aa0a6"),
                                "data", parts.stream().map(p -> p.tasks() - p.closed() - p.overdue()).toList())));
    }

    private static Map<String, Object> unitChart(List<TaskStatistics.UnitOverdue> units) {
        List<TaskStatistics.UnitOverdue> top = units.stream().filter(u -> u.overdueOpen() + u.closedLate() > 0).limit(15).toList();
        return Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("bottom", 0),
                "grid", Map.of("left", 10, "right", 20, "top", 10, "bottom", 40, "containLabel", true),
                "xAxis", Map.of("type", "value", "minInterval", 1),
                "yAxis", Map.of("type", "category", "inverse", true, "data", top.stream().map(TaskStatistics.UnitOverdue::unitName).toList()),
                "series", List.of(
                        Map.of("name", "逾期未办结", "type", "bar", "stack", "u", "itemStyle", Map.of("color", "#d9262c"),
                                "data", top.stream().map(TaskStatistics.UnitOverdue::overdueOpen).toList()),
                        Map.of("name", "逾期办结", "type", "bar", "stack", "u", "itemStyle", Map.of("color", "#f0b400"),
                                "data", top.stream().map(TaskStatistics.UnitOverdue::closedLate).toList())));
    }

    private static Map<String, Object> kindChart(List<TaskStatistics.KindCount> kinds) {
        List<Map<String, Object>> data = kinds.stream().map(k -> Map.<String, Object>of("name", k.label(), "value", k.total())).toList();
        return Map.of(
                "tooltip", Map.of("trigger", "item"),
                "legend", Map.of("bottom", 0),
                "series", List.of(Map.of("type", "pie", "radius", List.of("40%", "70%"), "data", data)));
    }

    private static String shorten(String s) {
        return s.length() > 10 ? s.substring(0, 10) + "…" : s;
    }
}
