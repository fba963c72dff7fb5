package org.fazhi.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.files.Attachment;
import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** {@code /api/v1/review}: the legality-review queue over JSON (送审、分办、补正、意见、办结、反馈). */
@RestController
@RequestMapping("/api/v1/review")
@Tag(name = "合法性审查", description = "规范性文件、重大行政决策、重大执法决定、合同等合法性审查（审核）")
class ReviewApiController {

    private final ReviewRequests requests;
    private final ReviewWork work;
    private final ReviewAssistant assistant;

    ReviewApiController(ReviewRequests requests, ReviewWork work, ReviewAssistant assistant) {
        this.requests = requests;
        this.work = work;
        this.assistant = assistant;
    }

    /** JSON body of a submission; {@code sourceModule} defaults to {@code review} (a unit's direct submission). */
    record SubmitBody(@Nullable String sourceModule, @Nullable String sourceType, @Nullable String sourceId,
                      @Nullable Long unitId, @Nullable ReviewKind kind, @Nullable String title, @Nullable String text,
                      @Nullable List<Long> attachmentIds, @Nullable Boolean materialsComplete,
                      @Nullable String missingMaterials, @Nullable String link) {
    }

    record Created(long id, String status) {
    }

    record Detail(ReviewRequestView request, List<ReviewOpinion> opinions, List<ReviewStop> stops,
                  List<Long> attachmentIds, List<ReviewAssistant.Finding> findings,
                  List<ReviewAssistant.CitationFlag> citations) {
    }

    @PostMapping("/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('review:request:submit')")
    @Operation(summary = "提交合法性审查申请（送审）；材料不全时 materialsComplete=false，审查期限自始停止计算")
    Created submit(@RequestBody SubmitBody body) {
        CurrentUser user = CurrentUser.require();
        if (body.unitId() == null) {
            throw BusinessException.invalid("请选择送审单位");
        }
        String module = body.sourceModule() == null || body.sourceModule().isBlank() ? "review" : body.sourceModule();
        String type = body.sourceType() == null || body.sourceType().isBlank() ? "direct" : body.sourceType();
        String sourceId = body.sourceId() == null || body.sourceId().isBlank()
                ? "direct-" + user.username() + "-" + System.nanoTime() : body.sourceId();
        long id = requests.submit(new ReviewSubmission(module, type, sourceId, body.unitId(),
                body.kind() == null ? ReviewKind.OTHER : body.kind(), body.title(), body.text(), body.attachmentIds(),
                body.materialsComplete() == null || body.materialsComplete(), body.missingMaterials(), body.link()));
        return new Created(id, work.get(id, user).status().name());
    }

    @GetMapping("/requests")
    @PreAuthorize("hasAnyAuthority('review:request:view','review:request:review')")
    @Operation(summary = "审查事项列表：审查人员只看到分配给本人的事项，其他人按数据范围")
    Page<ReviewRequestView> list(@RequestParam(required = false) String keyword,
                                 @RequestParam(required = false) ReviewStatusCode status,
                                 @RequestParam(required = false) ReviewKind kind,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return work.list(CurrentUser.require(), new ReviewWork.Filter(keyword, status, kind), PageQuery.of(page, size));
    }

    @GetMapping("/requests/{id}/attachments/{attachmentId}")
    @PreAuthorize("hasAnyAuthority('review:request:view','review:request:review')")
    @Operation(summary = "下载送审材料：送审单位按数据范围，审查人员限分配给本人的事项")
    ResponseEntity<InputStreamResource> material(@PathVariable long id, @PathVariable long attachmentId) {
        Attachment a = requests.material(work.get(id, CurrentUser.require()), attachmentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(a.mediaType())).contentLength(a.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.originalName(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(requests.open(a)));
    }

    @GetMapping("/requests/{id}")
    @PreAuthorize("hasAnyAuthority('review:request:view','review:request:review')")
    @Operation(summary = "审查事项详情，含逐条意见、补正期间和辅助审查提示")
    Detail get(@PathVariable long id) {
        ReviewRequestView r = work.get(id, CurrentUser.require());
        return new Detail(r, work.opinions(id), requests.stops(id), work.attachmentIds(id), assistant.scan(r.text()),
                assistant.checkCitations(r.text()));
    }

    @PostMapping("/requests/{id}/assign")
    @PreAuthorize("hasAuthority('review:request:assign')")
    @Operation(summary = "分办给审查人员")
    ReviewRequestView assign(@PathVariable long id, @RequestBody Map<String, String> body) {
        CurrentUser user = CurrentUser.require();
        work.assign(id, body.get("assignee"), user);
        return work.get(id, user);
    }

    @PostMapping("/requests/{id}/supplement")
    @PreAuthorize("hasAnyAuthority('review:request:review','review:request:assign')")
    @Operation(summary = "通知补正材料（审查期限自次日起停止计算）")
    ReviewRequestView supplement(@PathVariable long id, @RequestBody Map<String, String> body) {
        CurrentUser user = CurrentUser.require();
        work.requestSupplement(id, body.get("reason"), user);
        return work.get(id, user);
    }

    @PostMapping("/requests/{id}/supplement-received")
    @PreAuthorize("hasAnyAuthority('review:request:review','review:request:assign','review:request:submit')")
    @Operation(summary = "登记收到补正材料（审查期限自次日起继续计算）")
    ReviewRequestView supplementReceived(@PathVariable long id) {
        CurrentUser user = CurrentUser.require();
        work.supplementReceived(id, user);
        return work.get(id, user);
    }

    record OpinionBody(@Nullable String quotedText, @Nullable String opinion, @Nullable String basis) {
    }

    @PostMapping("/requests/{id}/opinions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyAuthority('review:request:review','review:request:assign')")
    @Operation(summary = "提出一条审查意见")
    Map<String, Integer> opinion(@PathVariable long id, @RequestBody OpinionBody body) {
        return Map.of("seq", work.addOpinion(id, body.quotedText(), body.opinion(), body.basis(), CurrentUser.require()));
    }

    record ConcludeBody(@Nullable ReviewOutcome outcome, @Nullable String conclusion) {
    }

    @PostMapping("/requests/{id}/conclude")
    @PreAuthorize("hasAnyAuthority('review:request:review','review:request:assign')")
    @Operation(summary = "办结并生成合法性审核意见书")
    ReviewRequestView conclude(@PathVariable long id, @RequestBody ConcludeBody body) {
        CurrentUser user = CurrentUser.require();
        work.conclude(id, body.outcome(), body.conclusion(), user);
        return work.get(id, user);
    }

    @PostMapping("/requests/{id}/withdraw")
    @PreAuthorize("hasAuthority('review:request:submit')")
    @Operation(summary = "送审单位撤回")
    ReviewRequestView withdraw(@PathVariable long id, @RequestBody Map<String, String> body) {
        CurrentUser user = CurrentUser.require();
        work.withdraw(id, body.get("reason"), user);
        return work.get(id, user);
    }

    record ResponseBody(ReviewOpinion.@Nullable Response response, @Nullable String reason) {
    }

    @PostMapping("/opinions/{opinionId}/response")
    @PreAuthorize("hasAuthority('review:opinion:respond')")
    @Operation(summary = "起草单位反馈采纳情况（采纳/部分采纳/不采纳，后两者须说明理由）")
    Map<String, String> respond(@PathVariable long opinionId, @RequestBody ResponseBody body) {
        work.respond(opinionId, body.response(), body.reason(), CurrentUser.require());
        return Map.of("result", "ok");
    }

    @PostMapping("/scan")
    @PreAuthorize("hasAnyAuthority('review:request:review','review:request:submit','review:request:view')")
    @Operation(summary = "辅助审查：逐句提示可能设定许可、处罚、强制、收费、增设条件、限制权利、增加义务、限制竞争的表述及失效引用")
    Map<String, Object> scan(@RequestBody Map<String, String> body) {
        String text = body.getOrDefault("text", "");
        return Map.of("findings", assistant.scan(text), "citations", assistant.checkCitations(text));
    }
}
