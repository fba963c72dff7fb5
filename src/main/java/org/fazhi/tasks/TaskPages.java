package org.fazhi.tasks;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.org.UnitKind;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Pages of the supervision engine: the supervisor's board (督办台), a unit's own list (本单位督办事项), assigning an item
 * (交办), and an item's page with its history and the actions the viewer may take.
 */
@Controller
class TaskPages {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final Set<UnitKind> ASSIGNABLE = EnumSet.of(UnitKind.GOVERNMENT, UnitKind.DEPARTMENT,
            UnitKind.TOWNSHIP, UnitKind.SUBDISTRICT, UnitKind.AGENCY, UnitKind.INSTITUTION);

    private final Items items;
    private final ItemDetails details;
    private final Supervision supervision;
    private final Plans plans;
    private final TaskDocuments documents;
    private final OrgDirectory org;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CountyKinds countyKinds;

    TaskPages(Items items, ItemDetails details, Supervision supervision, Plans plans, TaskDocuments documents,
              OrgDirectory org, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, CountyKinds countyKinds) {
        this.countyKinds = countyKinds;
        this.items = items;
        this.details = details;
        this.supervision = supervision;
        this.plans = plans;
        this.documents = documents;
        this.org = org;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A kind offered in forms and filters. */
    public record KindOption(String code, String label, boolean statutory) {
    }

    List<KindOption> kinds(String county) {
        List<KindOption> kinds = new ArrayList<>();
        for (SupervisionKind k : SupervisionKind.values()) {
            kinds.add(new KindOption(k.name(), k.label(), k.period().isPresent()));
        }
        jdbc.sql("SELECT code, name FROM task_kind WHERE county_code = :c AND is_active ORDER BY code").param("c", county)
                .query((rs, n) -> kinds.add(new KindOption(rs.getString(1), rs.getString(2), false))).list();
        return kinds;
    }

    List<OrgDirectory.UnitRef> units(ScopeFilter scope) {
        return org.units(scope, 5000).stream().filter(u -> ASSIGNABLE.contains(u.kind())).toList();
    }

    @GetMapping("/tasks")
    @PreAuthorize("hasAuthority('tasks:item:view')")
    String board(@RequestParam(required = false) @Nullable Long plan, @RequestParam(required = false) @Nullable Long unit,
                 @RequestParam(required = false) @Nullable ItemState state, @RequestParam(required = false) @Nullable String kind,
                 @RequestParam(required = false) @Nullable Boolean overdue,
                 @RequestParam(required = false) @Nullable String keyword,
                 @RequestParam(required = false) @Nullable Integer page, Model model) {
        return list(false, plan, unit, state, kind, overdue, keyword, page, model);
    }

    @GetMapping("/tasks/mine")
    @PreAuthorize("hasAuthority('tasks:item:view')")
    String mine(@RequestParam(required = false) @Nullable ItemState state, @RequestParam(required = false) @Nullable String kind,
                @RequestParam(required = false) @Nullable Boolean overdue, @RequestParam(required = false) @Nullable String keyword,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        return list(true, null, null, state, kind, overdue, keyword, page, model);
    }

    private String list(boolean mine, Long plan, Long unit, ItemState state, String kind, Boolean overdue, String keyword,
                        Integer page, Model model) {
        CurrentUser user = CurrentUser.require();
        ScopeFilter scope = user.filter();
        Items.Filter filter = new Items.Filter(plan, null, unit, state, blank(kind), overdue, blank(keyword), mine, null);
        Page<Item> found = items.list(scope, filter, PageQuery.of(page, 20));
        model.addAttribute("mine", mine);
        model.addAttribute("page", found);
        model.addAttribute("filter", filter);
        model.addAttribute("states", ItemState.values());
        model.addAttribute("kinds", kinds(user.countyCode()));
        model.addAttribute("plans", plans.list(scope, null));
        model.addAttribute("units", mine ? List.of() : units(scope));
        model.addAttribute("overdueCount", String.valueOf(items.count(scope,
                new Items.Filter(null, null, null, null, null, true, null, mine, null))));
        model.addAttribute("openCount", String.valueOf(items.count(scope,
                new Items.Filter(null, null, null, ItemState.IN_PROGRESS, null, null, null, mine, null))));
        model.addAttribute("waitingCount", String.valueOf(items.count(scope,
                new Items.Filter(null, null, null, ItemState.COMPLETION_REQUESTED, null, null, null, mine, null))));
        model.addAttribute("exportQuery", exportQuery(mine, plan, unit, state, kind, overdue, keyword));
        return "tasks/board";
    }

    private static String exportQuery(boolean mine, Long plan, Long unit, ItemState state, String kind, Boolean overdue,
                                      String keyword) {
        StringBuilder q = new StringBuilder("mine=" + mine);
        if (plan != null) {
            q.append("&plan=").append(plan);
        }
        if (unit != null) {
            q.append("&unit=").append(unit);
        }
        if (state != null) {
            q.append("&state=").append(state.name());
        }
        if (kind != null && !kind.isBlank()) {
            q.append("&kind=").append(java.net.URLEncoder.encode(kind, StandardCharsets.UTF_8));
        }
        if (Boolean.TRUE.equals(overdue)) {
            q.append("&overdue=true");
        }
        if (keyword != null && !keyword.isBlank()) {
            q.append("&keyword=").append(java.net.URLEncoder.encode(keyword, StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    @GetMapping("/tasks/export")
    @PreAuthorize("hasAuthority('tasks:item:view')")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "false") boolean mine,
                                  @RequestParam(required = false) @Nullable Long plan,
                                  @RequestParam(required = false) @Nullable Long unit,
                                  @RequestParam(required = false) @Nullable ItemState state,
                                  @RequestParam(required = false) @Nullable String kind,
                                  @RequestParam(required = false) @Nullable Boolean overdue,
                                  @RequestParam(required = false) @Nullable String keyword) {
        CurrentUser user = CurrentUser.require();
        Items.Filter filter = new Items.Filter(plan, null, unit, state, blank(kind), overdue, blank(keyword), mine, null);
        TaskDocuments.requireRows(items.count(user.filter(), filter));
        List<Item> rows = items.export(user.filter(), filter, TaskDocuments.EXPORT_LIMIT);
        events.publishEvent(new SupervisionItemsExported(user.countyCode(), user.username(), rows.size()));
        return download(documents.itemsXlsx(rows), "督办事项.xlsx", XLSX);
    }

    static ResponseEntity<byte[]> download(byte[] content, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache").body(content);
    }

    // ------------------------------------------------------------------ county kinds

    @GetMapping("/tasks/kinds")
    @PreAuthorize("hasAuthority('tasks:kind:manage')")
    String kindsPage(Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("builtin", SupervisionKind.values());
        model.addAttribute("countyKinds", countyKinds.list(user.countyCode()));
        return "tasks/kinds";
    }

    @PostMapping("/tasks/kinds")
    @PreAuthorize("hasAuthority('tasks:kind:manage')")
    String defineKind(@RequestParam String code, @RequestParam String name,
                      @RequestParam(required = false) @Nullable Integer defaultDays,
                      @RequestParam(required = false) @Nullable String basis, RedirectAttributes redirect) {
        try {
            countyKinds.define(CurrentUser.require(), code, name, defaultDays, basis);
            redirect.addFlashAttribute("message", "已增加类别");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/tasks/kinds";
    }

    // ------------------------------------------------------------------ new item

    @GetMapping("/tasks/items/new")
    @PreAuthorize("hasAuthority('tasks:item:supervise')")
    String newItem(@RequestParam(required = false) @Nullable Long parent, @RequestParam(required = false) @Nullable String kind,
                   Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("kinds", kinds(user.countyCode()));
        model.addAttribute("units", units(user.filter()));
        model.addAttribute("parent", parent == null ? null : items.get(parent, user.filter()));
        model.addAttribute("kind", kind == null ? "LEADER_INSTRUCTION" : kind);
        model.addAttribute("today", LocalDate.now(clock));
        return "tasks/item-form";
    }

    @PostMapping("/tasks/items")
    @PreAuthorize("hasAuthority('tasks:item:supervise')")
    String create(@RequestParam String kind, @RequestParam String title, @RequestParam(required = false) @Nullable String body,
                  @RequestParam(required = false) @Nullable String sourceRef,
                  @RequestParam(required = false) @Nullable String proposer,
                  @RequestParam(required = false) @Nullable String findingRef,
                  @RequestParam(defaultValue = "false") boolean complex,
                  @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assignedOn,
                  @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                  @RequestParam(required = false) @Nullable List<Long> leadUnitIds,
                  @RequestParam(required = false) @Nullable List<Long> supportUnitIds,
                  @RequestParam(required = false) @Nullable Long parentId,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        try {
            long id = supervision.create(new Supervision.NewItem(kind, title, body, sourceRef, proposer, findingRef, complex,
                    assignedOn, dueDate, leadUnitIds, supportUnitIds, parentId, List.of()), user);
            redirect.addFlashAttribute("message", "已交办");
            return "redirect:/tasks/items/" + id;
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/tasks/items/new?kind=" + java.net.URLEncoder.encode(kind, StandardCharsets.UTF_8)
                    + (parentId == null ? "" : "&parent=" + parentId);
        }
    }

    // ------------------------------------------------------------------ item page

    @GetMapping("/tasks/items/{id}")
    @PreAuthorize("hasAuthority('tasks:item:view')")
    String item(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.require();
        ItemDetail detail = details.of(id, user.filter());
        Items.Assignment mine = detail.assignments().stream()
                .filter(a -> user.unitId() != null && a.unitId() == user.unitId()).findFirst().orElse(null);
        model.addAttribute("d", detail);
        model.addAttribute("item", detail.item());
        model.addAttribute("mine", mine);
        model.addAttribute("canHandle", mine != null && user.can("tasks:item:handle"));
        model.addAttribute("isLead", mine != null && mine.lead() && user.can("tasks:item:handle"));
        model.addAttribute("isSupervisor", supervision.isSupervisor(detail.item(), user));
        model.addAttribute("asksSatisfaction", SupervisionKind.of(detail.item().kindCode())
                .map(SupervisionKind::asksSatisfaction).orElse(false));
        model.addAttribute("plan", detail.item().planId() == null ? null : plans.get(detail.item().planId(), user.filter()));
        model.addAttribute("today", LocalDate.now(clock));
        return "tasks/item";
    }

    @PostMapping("/tasks/items/{id}/accept")
    @PreAuthorize("hasAuthority('tasks:item:handle')")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "已接收", u -> supervision.accept(id, u));
    }

    @PostMapping("/tasks/items/{id}/feedback")
    @PreAuthorize("hasAuthority('tasks:item:handle')")
    String feedback(@PathVariable long id, @RequestParam String text,
                    @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
                    RedirectAttributes redirect) {
        return act(id, redirect, "进展已反馈", u -> supervision.feedback(id, u, text, TasksApiController.uploads(files)));
    }

    @PostMapping("/tasks/items/{id}/requirements/{requirementId}/report")
    @PreAuthorize("hasAuthority('tasks:item:handle')")
    String report(@PathVariable long id, @PathVariable long requirementId,
                  @RequestParam(required = false) @Nullable BigDecimal value,
                  @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
                  @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        return act(id, redirect, "完成情况已填报", u -> supervision.reportTarget(id, requirementId, u, value, doneOn, note));
    }

    @PostMapping("/tasks/items/{id}/urge")
    @PreAuthorize("hasAuthority('tasks:item:supervise')")
    String urge(@PathVariable long id, @RequestParam(required = false) @Nullable Long unitId, @RequestParam String text,
                RedirectAttributes redirect) {
        return act(id, redirect, "已催办", u -> supervision.urge(id, u, unitId, text));
    }

    @PostMapping("/tasks/items/{id}/extension")
    @PreAuthorize("hasAuthority('tasks:item:handle')")
    String extension(@PathVariable long id,
                     @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDue,
                     @RequestParam String reason, RedirectAttributes redirect) {
        return act(id, redirect, "延期申请已提交", u -> supervision.requestExtension(id, u, newDue, reason));
    }

    @PostMapping("/tasks/items/{id}/pause")
    @PreAuthorize("hasAuthority('tasks:item:handle')")
    String pause(@PathVariable long id, @RequestParam String reason, RedirectAttributes redirect) {
        return act(id, redirect, "暂停申请已提交", u -> supervision.requestPause(id, u, reason));
    }

    @PostMapping("/tasks/items/{id}/resume")
    @PreAuthorize("hasAnyAuthority('tasks:item:handle','tasks:item:supervise')")
    String resume(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "已恢复办理", u -> supervision.resume(id, u));
    }

    @PostMapping("/tasks/items/{id}/completion")
    @PreAuthorize("hasAuthority('tasks:item:handle')")
    String completion(@PathVariable long id, @RequestParam String result,
                      @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
                      RedirectAttributes redirect) {
        return act(id, redirect, "办结申请已提交", u -> supervision.requestCompletion(id, u, result, TasksApiController.uploads(files)));
    }

    @PostMapping("/tasks/items/{id}/requests/{requestId}/decision")
    @PreAuthorize("hasAuthority('tasks:item:supervise')")
    String decide(@PathVariable long id, @PathVariable long requestId, @RequestParam boolean approve,
                  @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        return act(id, redirect, approve ? "已同意" : "已退回/不同意", u -> supervision.decide(id, requestId, u, approve, note));
    }

    @PostMapping("/tasks/items/{id}/satisfaction")
    @PreAuthorize("hasAuthority('tasks:item:supervise')")
    String satisfaction(@PathVariable long id, @RequestParam String level, @RequestParam(required = false) @Nullable String note,
                        RedirectAttributes redirect) {
        return act(id, redirect, "满意度已登记", u -> supervision.satisfaction(id, u, level, note));
    }

    /** Runs an action; a refused action comes back as a Chinese message above the item, having changed nothing. */
    private String act(long id, RedirectAttributes redirect, String done, Consumer<CurrentUser> action) {
        try {
            action.accept(CurrentUser.require());
            redirect.addFlashAttribute("message", done);
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/tasks/items/" + id;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static Map<String, Object> bar(String name, long value, String color) {
        return Map.of("name", name, "value", value, "itemStyle", Map.of("color", color));
    }
}
