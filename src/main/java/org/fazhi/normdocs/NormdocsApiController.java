package org.fazhi.normdocs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** {@code /api/v1/normdocs}: normative documents over JSON; each lifecycle step is a {@code POST} action. */
@RestController
@RequestMapping("/api/v1/normdocs")
@Tag(name = "行政规范性文件", description = "立项、起草、征求意见、公平竞争审查、合法性审核、集体审议、登记编号、公布、备案、评估、废止、检索")
class NormdocsApiController {

    private final Lifecycle lifecycle;
    private final NormdocStore store;
    private final Library library;

    NormdocsApiController(Lifecycle lifecycle, NormdocStore store, Library library) {
        this.lifecycle = lifecycle;
        this.store = store;
        this.library = library;
    }

    record DraftBody(@Nullable Long unitId, @Nullable DocKind kind, @Nullable String title, @Nullable String basis,
                     @Nullable Boolean marketRelated, @Nullable Boolean provisional, @Nullable Long supersedesId,
                     @Nullable String text) {
    }

    record Detail(NormDocument document, String effect, List<Version> versions, List<Comment> comments,
                  List<Filing> filings, List<NormdocStore.Evaluation> evaluations, List<Step> steps) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('normdocs:document:draft')")
    @Operation(summary = "立项并（可选）提交第一稿，创建规范性文件草案")
    @Transactional
    Detail create(@RequestBody DraftBody body) {
        CurrentUser user = CurrentUser.require();
        if (body.unitId() == null) {
            throw BusinessException.invalid("请选择制定单位");
        }
        long id = lifecycle.propose(new Lifecycle.Proposal(body.unitId(), body.kind() == null ? DocKind.NORMATIVE : body.kind(),
                body.title(), body.basis(), Boolean.TRUE.equals(body.marketRelated()),
                Boolean.TRUE.equals(body.provisional()), body.supersedesId()), user);
        if (body.text() != null && !body.text().isBlank()) {
            lifecycle.addVersion(id, body.text(), "初稿", user);
        }
        return detail(id, user);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('normdocs:document:view')")
    @Operation(summary = "本人数据范围内的规范性文件")
    Page<NormDocument> list(@RequestParam(required = false) String keyword, @RequestParam(required = false) DocStatus status,
                            @RequestParam(required = false) DocKind kind, @RequestParam(required = false) Integer year,
                            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return store.list(CurrentUser.require().filter(), new NormdocStore.Filter(keyword, status, kind, year),
                PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('normdocs:document:view')")
    @Operation(summary = "文件详情：各稿本、公众意见、备案、评估和办理环节")
    Detail get(@PathVariable long id) {
        return detail(id, CurrentUser.require());
    }

    @GetMapping("/search")
    @PreAuthorize("hasAuthority('normdocs:document:view')")
    @Operation(summary = "文件库检索（IK 分词）：已公布文件和本人数据范围内的草稿，返回高亮片段（<em>）")
    LibrarySearch.Result search(@RequestParam(required = false) String q, @RequestParam(required = false) String issuer,
                                @RequestParam(required = false) Integer year, @RequestParam(required = false) String effect,
                                @RequestParam(required = false) String number,
                                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return library.searchStaff(CurrentUser.require(), new LibrarySearch.Criteria(q, issuer, year, effect, number,
                page == null ? 1 : page, size == null ? 10 : size));
    }

    @PostMapping("/{id}/versions")
    @PreAuthorize("hasAuthority('normdocs:document:draft')")
    @Operation(summary = "起草：提交新稿（保留全部稿本）")
    Detail version(@PathVariable long id, @RequestBody Map<String, String> body) {
        return act(id, user -> lifecycle.addVersion(id, body.get("text"), body.get("note"), user));
    }

    record PeriodBody(@Nullable LocalDate from, @Nullable LocalDate until) {
    }

    @PostMapping("/{id}/consultation")
    @PreAuthorize("hasAuthority('normdocs:document:draft')")
    @Operation(summary = "公开征求意见（涉及市场主体的不少于30日）")
    Detail consultation(@PathVariable long id, @RequestBody PeriodBody body) {
        return act(id, user -> lifecycle.openComment(id, body.from(), body.until(), user));
    }

    record AnswerBody(@Nullable Adoption adoption, @Nullable String reply) {
    }

    @PostMapping("/{id}/comments/{commentId}/answer")
    @PreAuthorize("hasAuthority('normdocs:document:draft')")
    @Operation(summary = "答复一条公众意见（不采纳的说明理由）")
    Detail answer(@PathVariable long id, @PathVariable long commentId, @RequestBody AnswerBody body) {
        return act(id, user -> lifecycle.answerComment(id, commentId, body.adoption(), body.reply(), user));
    }

    @PostMapping("/{id}/consultation/close")
    @PreAuthorize("hasAuthority('normdocs:document:draft')")
    @Operation(summary = "结束征求意见并公布采纳情况说明")
    Detail closeConsultation(@PathVariable long id, @RequestBody Map<String, String> body) {
        return act(id, user -> lifecycle.closeComment(id, body.get("summary"), user));
    }

    record FairBody(@Nullable Boolean passes, @Nullable String note) {
    }

    @PostMapping("/{id}/fair-competition-review")
    @PreAuthorize("hasAuthority('normdocs:document:draft')")
    @Operation(summary = "公平竞争审查（涉及市场主体经济活动的文件）")
    Detail fair(@PathVariable long id, @RequestBody FairBody body) {
        return act(id, user -> lifecycle.fairReview(id, Boolean.TRUE.equals(body.passes()), body.note(), user));
    }

    @PostMapping("/{id}/legality-review")
    @PreAuthorize("hasAuthority('normdocs:document:draft')")
    @Operation(summary = "送请合法性审核（进入合法性审查模块的审查队列）")
    Detail review(@PathVariable long id) {
        return act(id, user -> lifecycle.submitReview(id, user));
    }

    record DeliberationBody(@Nullable String meeting, @Nullable LocalDate date, @Nullable Boolean approved,
                            @Nullable String note) {
    }

    @PostMapping("/{id}/deliberation")
    @PreAuthorize("hasAuthority('normdocs:document:issue')")
    @Operation(summary = "集体审议（须合法性审核通过）")
    Detail deliberation(@PathVariable long id, @RequestBody DeliberationBody body) {
        return act(id, user -> lifecycle.deliberate(id, body.meeting(), body.date(),
                !Boolean.FALSE.equals(body.approved()), body.note(), user));
    }

    record RegistrationBody(@Nullable String signer, @Nullable LocalDate issuedOn, @Nullable LocalDate effectiveOn,
                            @Nullable Integer validityYears, @Nullable String number) {
    }

    @PostMapping("/{id}/registration")
    @PreAuthorize("hasAuthority('normdocs:document:issue')")
    @Operation(summary = "统一登记、统一编号、统一印发（文号不得重复）")
    Detail registration(@PathVariable long id, @RequestBody RegistrationBody body) {
        return act(id, user -> lifecycle.register(id, new Lifecycle.Registration(body.signer(), body.issuedOn(), body.effectiveOn(),
                body.validityYears() == null ? 0 : body.validityYears(), body.number()), user));
    }

    record PublicationBody(@Nullable LocalDate publishedOn, @Nullable String channel) {
    }

    @PostMapping("/{id}/publication")
    @PreAuthorize("hasAuthority('normdocs:document:issue')")
    @Operation(summary = "公布（开始报备期限计算）")
    Detail publication(@PathVariable long id, @RequestBody PublicationBody body) {
        return act(id, user -> lifecycle.publish(id, body.publishedOn(), body.channel(), user));
    }

    record FilingBody(@Nullable LocalDate submittedOn, @Nullable List<String> materials) {
    }

    @PostMapping("/{id}/filings/{target}/submission")
    @PreAuthorize("hasAuthority('normdocs:document:issue')")
    @Operation(summary = "报送备案（GOVERNMENT 上一级人民政府，NPC 本级人大常委会）")
    Detail file(@PathVariable long id, @PathVariable FilingTarget target, @RequestBody FilingBody body) {
        return act(id, user -> lifecycle.submitFiling(id, target, body.submittedOn(),
                body.materials() == null ? List.of() : body.materials(), user));
    }

    record FilingResultBody(@Nullable Boolean accepted, @Nullable LocalDate on, @Nullable String text) {
    }

    @PostMapping("/{id}/filings/{target}/result")
    @PreAuthorize("hasAuthority('normdocs:filing:receipt')")
    @Operation(summary = "登记备案审查结果：准予备案（text=登记号）或退回补正（text=理由）")
    Detail filingResult(@PathVariable long id, @PathVariable FilingTarget target, @RequestBody FilingResultBody body) {
        return act(id, user -> lifecycle.recordFilingResult(id, target, Boolean.TRUE.equals(body.accepted()), body.on(),
                body.text(), user));
    }

    record EvaluationBody(@Nullable EvaluationResult result, @Nullable String report) {
    }

    @PostMapping("/{id}/evaluations")
    @PreAuthorize("hasAuthority('normdocs:document:issue')")
    @Operation(summary = "实施后评估（继续有效、修改、废止）")
    Detail evaluation(@PathVariable long id, @RequestBody EvaluationBody body) {
        return act(id, user -> lifecycle.evaluate(id, body.result(), body.report(), user));
    }

    record RepealBody(@Nullable LocalDate on, @Nullable String reason) {
    }

    @PostMapping("/{id}/repeal")
    @PreAuthorize("hasAuthority('normdocs:document:issue')")
    @Operation(summary = "废止")
    Detail repeal(@PathVariable long id, @RequestBody RepealBody body) {
        return act(id, user -> lifecycle.repeal(id, body.on(), body.reason(), false, user));
    }

    /** Runs one lifecycle step as the caller and answers the document as the caller now sees it. */
    private Detail act(long id, java.util.function.Consumer<CurrentUser> step) {
        CurrentUser user = CurrentUser.require();
        step.accept(user);
        return detail(id, user);
    }

    private Detail detail(long id, CurrentUser user) {
        NormDocument d = store.get(id, user.filter());
        return new Detail(d, d.effect(lifecycle.today()), store.versions(id), store.comments(id), store.filings(id),
                store.evaluations(id), store.steps(id));
    }
}
