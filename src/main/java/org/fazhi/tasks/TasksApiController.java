package org.fazhi.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** API of plans and supervision (工作要点与督办接口). */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "工作要点与督办", description = "工作要点导入（解析预览与确认）、督办事项交办、接收、反馈、催办、延期、暂停、办结审核与统计")
class TasksApiController {

    private final PlanImports imports;
    private final Plans plans;
    private final Items items;
    private final ItemDetails details;
    private final Supervision supervision;
    private final TaskStatistics statistics;
    private final Clock clock;
    private final CountyKinds kinds;

    TasksApiController(PlanImports imports, Plans plans, Items items, ItemDetails details, Supervision supervision,
                       TaskStatistics statistics, Clock clock, CountyKinds kinds) {
        this.kinds = kinds;
        this.imports = imports;
        this.plans = plans;
        this.items = items;
        this.details = details;
        this.supervision = supervision;
        this.statistics = statistics;
        this.clock = clock;
    }

    /** The text to parse. */
    record ImportText(String text) {
    }

    @PostMapping(value = "/plans/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('tasks:plan:manage')")
    @Operation(summary = "解析工作要点（不保存）", description = "提交工作要点正文，返回识别出的部分、任务、牵头/责任单位的匹配结果、"
            + "需人工确认的单位名称、集体称谓的展开，以及建议的时限和目标。不保存任何内容；确认请调用 /plans/import/confirm。")
    PlanPreview preview(@RequestBody ImportText body) {
        return imports.preview(body.text(), CurrentUser.require());
    }

    @PostMapping(value = "/plans/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('tasks:plan:manage')")
    @Operation(summary = "解析工作要点文件（docx，不保存）", description = "上传 Word（.docx）格式的工作要点，返回与粘贴正文相同的预览，"
            + "并在 text 字段中返回读出的正文，供确认时原样提交。")
    Map<String, Object> previewFile(@RequestPart("file") MultipartFile file) {
        String text = PlanImports.docxText(bytes(file));
        return Map.of("text", text, "preview", imports.preview(text, CurrentUser.require()));
    }

    @PostMapping("/plans/import/confirm")
    @PreAuthorize("hasAuthority('tasks:plan:manage')")
    @Operation(summary = "确认导入工作要点", description = "提交同一正文和审核结论（待确认单位名称的对应单位、采纳的时限和目标），"
            + "在一个事务内保存工作要点、部分和全部任务，并向承办单位交办；有任何名称未确认或任务没有牵头单位时整体不保存。")
    ResponseEntity<Map<String, Object>> confirm(@RequestBody PlanConfirmation confirmation) {
        CurrentUser user = CurrentUser.require();
        long id = imports.confirm(confirmation, user);
        Plans.Plan plan = plans.get(id, user.filter());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id, "title", plan.title(), "year", plan.year(),
                "parts", plans.parts(id, user.filter()).size(), "tasks", plan.tasks()));
    }

    @GetMapping("/plans")
    @PreAuthorize("hasAuthority('tasks:plan:view')")
    @Operation(summary = "工作要点列表", description = "本人数据范围内可见的工作要点及其任务办结情况")
    List<Plans.Plan> plans(@RequestParam(required = false) Integer year) {
        return plans.list(CurrentUser.require().filter(), year);
    }

    @GetMapping("/plans/{id}")
    @PreAuthorize("hasAuthority('tasks:plan:view')")
    @Operation(summary = "工作要点详情", description = "工作要点、各部分及其任务办结情况")
    Map<String, Object> plan(@PathVariable long id) {
        CurrentUser user = CurrentUser.require();
        return Map.of("plan", plans.get(id, user.filter()), "parts", plans.parts(id, user.filter()));
    }

    @GetMapping("/items")
    @PreAuthorize("hasAuthority('tasks:item:view')")
    @Operation(summary = "督办事项列表", description = "逾期未办结的在前；mine=true 时只列本单位及下级承办的事项")
    Page<Item> items(@RequestParam(required = false) Long planId, @RequestParam(required = false) Long unitId,
                     @RequestParam(required = false) ItemState state, @RequestParam(required = false) String kind,
                     @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String keyword,
                     @RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) Integer page,
                     @RequestParam(required = false) Integer size) {
        return items.list(CurrentUser.require().filter(),
                new Items.Filter(planId, null, unitId, state, kind, overdue, keyword, mine, null), PageQuery.of(page, size));
    }

    @GetMapping("/items/{id}")
    @PreAuthorize("hasAuthority('tasks:item:view')")
    @Operation(summary = "督办事项详情", description = "承办单位、时限要求和目标的完成情况、申请与审核、子事项和完整办理记录")
    ItemDetail item(@PathVariable long id) {
        return details.of(id, CurrentUser.require().filter());
    }

    /** An item assigned by hand. */
    record NewItemBody(String kind, String title, String body, String sourceRef, String proposer, String findingRef,
                       Boolean complex, LocalDate assignedOn, LocalDate dueDate, List<Long> leadUnitIds,
                       List<Long> supportUnitIds, Long parentId, List<Supervision.Requirement> requirements) {
    }

    @PostMapping("/items")
    @PreAuthorize("hasAuthority('tasks:item:supervise')")
    @Operation(summary = "交办督办事项", description = "人大代表建议、政协提案的答复期限按交办之日起3个月（complex=true 为6个月）自动计算；"
            + "其他类别须填写 dueDate（县自定义类别有默认期限的除外）。")
    ResponseEntity<ItemDetail> create(@RequestBody NewItemBody b) {
        CurrentUser user = CurrentUser.require();
        long id = supervision.create(new Supervision.NewItem(b.kind(), b.title(), b.body(), b.sourceRef(), b.proposer(),
                b.findingRef(), Boolean.TRUE.equals(b.complex()), b.assignedOn(), b.dueDate(), b.leadUnitIds(),
                b.supportUnitIds(), b.parentId(), b.requirements()), user);
        return ResponseEntity.status(HttpStatus.CREATED).body(details.of(id, user.filter()));
    }

    @PostMapping("/items/{id}/accept")
    @PreAuthorize("hasAuthority('tasks:item:handle')")
    @Operation(summary = "接收事项", description = "承办单位接收交办事项；非承办单位返回 403")
    ItemDetail accept(@PathVariable long id) {
        return act(id, user -> supervision.accept(id, user));
    }

    @PostMapping(value = "/items/{id}/feedback", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('tasks:item:handle')")
    @Operation(summary = "反馈进展", description = "承办单位反馈办理进展，可附材料（pdf、docx、xlsx、jpg、png 等）")
    ItemDetail feedback(@PathVariable long id, @RequestParam String text,
                        @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        return act(id, user -> supervision.feedback(id, user, text, uploads(files)));
    }

    record TargetReport(BigDecimal value, LocalDate doneOn, String note) {
    }

    @PostMapping("/items/{id}/requirements/{requirementId}/report")
    @PreAuthorize("hasAuthority('tasks:item:handle')")
    @Operation(summary = "填报时限要求或目标的完成情况", description = "时限要求填 doneOn（完成日期），次数、学时、比率目标填 value")
    ItemDetail report(@PathVariable long id, @PathVariable long requirementId, @RequestBody TargetReport body) {
        return act(id, user -> supervision.reportTarget(id, requirementId, user, body.value(), body.doneOn(), body.note()));
    }

    record Urge(Long unitId, String text) {
    }

    @PostMapping("/items/{id}/urge")
    @PreAuthorize("hasAuthority('tasks:item:supervise')")
    @Operation(summary = "催办", description = "督办单位催办全部或某一承办单位")
    ItemDetail urge(@PathVariable long id, @RequestBody Urge body) {
        return act(id, user -> supervision.urge(id, user, body.unitId(), body.text()));
    }

    record ExtensionBody(LocalDate newDue, String reason) {
    }

    @PostMapping("/items/{id}/extension")
    @PreAuthorize("hasAuthority('tasks:item:handle')")
    @Operation(summary = "申请延期", description = "主办单位申请延期；建议提案最迟至交办之日起6个月")
    ItemDetail extension(@PathVariable long id, @RequestBody ExtensionBody body) {
        return act(id, user -> supervision.requestExtension(id, user, body.newDue(), body.reason()));
    }

    record Reason(String reason) {
    }

    @PostMapping("/items/{id}/pause")
    @PreAuthorize("hasAuthority('tasks:item:handle')")
    @Operation(summary = "申请暂停", description = "主办单位申请暂停办理；建议提案的答复期限不能暂停")
    ItemDetail pause(@PathVariable long id, @RequestBody Reason body) {
        return act(id, user -> supervision.requestPause(id, user, body.reason()));
    }

    @PostMapping("/items/{id}/resume")
    @PreAuthorize("hasAnyAuthority('tasks:item:handle','tasks:item:supervise')")
    @Operation(summary = "恢复办理", description = "暂停结束，期限按暂停天数顺延")
    ItemDetail resume(@PathVariable long id) {
        return act(id, user -> supervision.resume(id, user));
    }

    @PostMapping(value = "/items/{id}/completion", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('tasks:item:handle')")
    @Operation(summary = "申请办结", description = "主办单位提交办理结果和佐证材料；没有任何佐证材料时拒绝")
    ItemDetail completion(@PathVariable long id, @RequestParam String result,
                          @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        return act(id, user -> supervision.requestCompletion(id, user, result, uploads(files)));
    }

    record Decision(Boolean approve, String note) {
    }

    @PostMapping("/items/{id}/requests/{requestId}/decision")
    @PreAuthorize("hasAuthority('tasks:item:supervise')")
    @Operation(summary = "审核申请", description = "同意或不同意延期、暂停申请；办结申请通过即办结，不通过即退回重办")
    ItemDetail decide(@PathVariable long id, @PathVariable long requestId, @RequestBody Decision body) {
        if (body.approve() == null) {
            throw BusinessException.invalid("请选择同意或不同意");
        }
        return act(id, user -> supervision.decide(id, requestId, user, body.approve(), body.note()));
    }

    record Satisfaction(String level, String note) {
    }

    @PostMapping("/items/{id}/satisfaction")
    @PreAuthorize("hasAuthority('tasks:item:supervise')")
    @Operation(summary = "登记提出人满意度", description = "人大代表建议、政协提案办结后登记满意、基本满意或不满意")
    ItemDetail satisfaction(@PathVariable long id, @RequestBody Satisfaction body) {
        return act(id, user -> supervision.satisfaction(id, user, body.level(), body.note()));
    }

    record KindBody(String code, String name, Integer defaultDays, String basis) {
    }

    @PostMapping("/kinds")
    @PreAuthorize("hasAuthority('tasks:kind:manage')")
    @Operation(summary = "定义县自定义督办事项类别", description = "如信访督办件、12345热线督办件；可设默认办理期限（自交办次日起的自然日数）及其依据")
    ResponseEntity<List<CountyKinds.Kind>> defineKind(@RequestBody KindBody body) {
        CurrentUser user = CurrentUser.require();
        kinds.define(user, body.code(), body.name(), body.defaultDays(), body.basis());
        return ResponseEntity.status(HttpStatus.CREATED).body(kinds.list(user.countyCode()));
    }

    @GetMapping("/kinds")
    @PreAuthorize("hasAuthority('tasks:item:view')")
    @Operation(summary = "县自定义督办事项类别", description = "内置类别之外本县定义的类别")
    List<CountyKinds.Kind> kinds() {
        return kinds.list(CurrentUser.require().countyCode());
    }

    @GetMapping("/stats")
    @PreAuthorize("hasAuthority('tasks:stats:view')")
    @Operation(summary = "督办统计", description = "按期办结率、逾期事项、建议提案等指标，逾期事项按牵头单位统计，按类别统计")
    TaskStatistics.Stats stats(@RequestParam(required = false) Integer year) {
        return statistics.of(CurrentUser.require().filter(), year == null ? LocalDate.now(clock).getYear() : year);
    }

    /** Runs one step on an item as the caller and answers the item as the caller now sees it. */
    private ItemDetail act(long id, Consumer<CurrentUser> step) {
        CurrentUser user = CurrentUser.require();
        step.accept(user);
        return details.of(id, user.filter());
    }

    static List<Supervision.Upload> uploads(List<MultipartFile> files) {
        List<Supervision.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (!f.isEmpty()) {
                    uploads.add(new Supervision.Upload(f.getOriginalFilename() == null ? "附件" : f.getOriginalFilename(), bytes(f)));
                }
            }
        }
        return uploads;
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
