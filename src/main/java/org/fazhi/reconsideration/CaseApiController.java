package org.fazhi.reconsideration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/v1/reconsideration/cases}: register an application, read a case with its deadlines, take a step.
 * Cases outside the caller's scope are reported as absent (404).
 */
@RestController
@RequestMapping("/api/v1/reconsideration/cases")
@Tag(name = "行政复议案件", description = "行政复议申请登记、受理审查、审理、决定和结案；每个法定期限附法律依据")
class CaseApiController {

    private final ReconsiderationCases cases;
    private final CaseQueries queries;

    CaseApiController(ReconsiderationCases cases, CaseQueries queries) {
        this.cases = cases;
        this.queries = queries;
    }

    /** A deadline of the case: {@code kind} such as ACCEPTANCE_REVIEW, the last day, and its legal basis. */
    record DeadlineJson(String kind, String name, LocalDate start, LocalDate due, String citation, String explanation,
                        String status) {
    }

    /** A document of the case with its number. */
    record DocumentJson(long id, String kind, String title, @Nullable String number, LocalDate date, int servedTimes) {
    }

    /** The case as the API returns it. */
    record CaseJson(long id, String number, String status, String statusName, @Nullable String procedure,
                    String applicants, long respondentUnitId, String respondent, String actTitle,
                    LocalDate receivedOn, @Nullable LocalDate acceptedOn, boolean deemedAccepted, boolean periodOk,
                    String periodResult, @Nullable String decisionType, @Nullable LocalDate decidedOn,
                    int extensionDays, List<DeadlineJson> deadlines, List<DocumentJson> documents,
                    List<String> allowedActions, @Nullable String verificationCode) {
    }

    static CaseJson json(CaseView v, @Nullable String code) {
        ReconCase c = v.c();
        return new CaseJson(c.id(), c.number(), c.status().name(), c.status().label(),
                c.procedure() == null ? null : c.procedure().name(), c.applicantSummary(), c.unitId(),
                v.respondentName(), c.actTitle(), c.receivedOn(), c.acceptedOn(), c.deemedAccepted(), c.periodOk(),
                c.periodResult(), c.decisionType() == null ? null : c.decisionType().name(), c.decidedOn(),
                c.extensionDays(),
                v.clocks().stream().map(k -> new DeadlineJson(k.row().kind(), k.label(), k.row().startOn(),
                        k.row().due(), k.row().citation(), k.row().explanation(), k.row().status())).toList(),
                v.documents().stream().map(d -> new DocumentJson(d.doc().id(), d.doc().kind(), d.doc().title(),
                        d.doc().numberText(), d.doc().documentDate(), d.services().size())).toList(),
                v.allowed().stream().map(CaseAction::slug).toList(), code);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('reconsideration:case:handle')")
    @Operation(summary = "登记行政复议申请", description = "返回案件、案号、申请人查询码（仅此一次）和 deadlines，其中受理审查期限 kind 为 ACCEPTANCE_REVIEW")
    ResponseEntity<CaseJson> register(@RequestBody ApplicationDraft draft) {
        Actor actor = Actor.current();
        ReconsiderationCases.Registered registered = cases.register(draft, actor);
        return ResponseEntity.status(HttpStatus.CREATED).body(json(cases.view(registered.id(), actor),
                registered.verificationCode()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('reconsideration:case:view')")
    @Operation(summary = "查询一个案件及其法定期限；不在本人数据范围内的案件视为不存在（404）")
    CaseJson get(@PathVariable long id) {
        return json(cases.view(id, Actor.current()), null);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('reconsideration:case:view')")
    @Operation(summary = "分页查询本人数据范围内的案件")
    Page<CaseQueries.Row> list(@Parameter(description = "案号、申请人或行政行为包含") @RequestParam(required = false) String keyword,
                               @Parameter(description = "状态，如 RECEIVED、IN_REVIEW") @RequestParam(required = false) String status,
                               @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        CaseStatus parsed = null;
        if (status != null && !status.isBlank()) {
            try {
                parsed = CaseStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw BusinessException.invalid("未知的案件状态：" + status);
            }
        }
        return queries.list(CurrentUser.require().filter(),
                new CaseQueries.Filter(keyword, parsed, null, year, null, null, null), PageQuery.of(page, size));
    }

    @PostMapping("/{id}/actions/{action}")
    @PreAuthorize("hasAnyAuthority('reconsideration:case:handle','reconsideration:case:respond')")
    @Operation(summary = "办理一个环节，如 accept、request-cure、decide；不符合法定顺序或条件的操作被拒绝且不改变任何数据")
    CaseJson act(@PathVariable long id, @PathVariable String action, @RequestBody(required = false) @Nullable CaseCommand command) {
        Actor actor = Actor.current();
        cases.act(id, CaseAction.fromSlug(action), command == null ? CaseCommand.on(cases.today()) : command, actor);
        return json(cases.view(id, actor), null);
    }
}
