package org.fazhi.enforcement.internal;

import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The enforcement-records API (执法决定接口) for departments' case systems and for staff tools. The batch endpoint is the
 * one departments call: all or nothing per batch, idempotent on the batch id and on body + decision number.
 */
@RestController
@RequestMapping("/api/v1/enforcement")
class RecordApiController {

    private final RecordIngest ingest;
    private final RecordQueries queries;
    private final Publicity publicity;
    private final Statistics statistics;
    private final RecordReview review;
    private final tools.jackson.databind.json.JsonMapper json;
    private final java.time.Clock clock;

    RecordApiController(RecordIngest ingest, RecordQueries queries, Publicity publicity, Statistics statistics,
                        RecordReview review, tools.jackson.databind.json.JsonMapper json, java.time.Clock clock) {
        this.review = review;
        this.json = json;
        this.ingest = ingest;
        this.queries = queries;
        this.publicity = publicity;
        this.statistics = statistics;
        this.clock = clock;
    }

    /** The body of a batch: the sender's id for it and the decisions. */
    record BatchRequest(@Nullable String batchId, @Nullable List<RecordInput> records) {
    }

    /**
     * Receives a batch. 200 with per-row results when stored ({@code ACCEPTED}) or already received ({@code REPLAYED});
     * 422 with per-row errors when any row is bad, and nothing is stored; 409 when the batch id was used for other data.
     */
    @PostMapping(value = "/records:batch", consumes = "application/json")
    @PreAuthorize("hasAuthority('enforcement:record:submit')")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = "application/json",
            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = BatchRequest.class)))
    ResponseEntity<BatchResult> batch(jakarta.servlet.http.HttpServletRequest http) throws java.io.IOException {
        // read as a stream into the records (BatchJson): the generic binder was a third of a batch's CPU
        BatchJson.Batch request = BatchJson.read(json, http.getInputStream());
        if (request.batchId() == null) {
            throw BusinessException.invalid("批次号 batchId 不能为空");
        }
        BatchResult result = ingest.ingest(request.batchId().trim(), request.records(), "API", null, CurrentUser.require());
        return ResponseEntity.status(result.accepted() ? 200 : 422).body(result);
    }

    @GetMapping("/records")
    @PreAuthorize("hasAuthority('enforcement:record:view')")
    Page<RecordQueries.Row> list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                                 @RequestParam(required = false) String publicity,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.list(CurrentUser.require().filter(), new RecordQueries.Filter(q, kind, publicity, from, to),
                PageQuery.of(page, size));
    }

    @GetMapping("/records/{id}")
    @PreAuthorize("hasAuthority('enforcement:record:view')")
    RecordQueries.Detail detail(@PathVariable long id) {
        CurrentUser user = CurrentUser.require();
        RecordQueries.Detail d = queries.detail(id, user.filter());
        return user.can("enforcement:pii") ? d : d.masked();
    }

    /** The annual enforcement statistics of the caller's scope (county, or province for a province account). */
    @GetMapping("/statistics")
    @PreAuthorize("hasAuthority('enforcement:stats:view')")
    Statistics.Report statistics(@RequestParam int year) {
        if (year < 2000 || year > 2100) {
            throw BusinessException.invalid("统计年度不正确");
        }
        return statistics.report(CurrentUser.require().filter(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                LocalDate.now(clock));
    }

    record ChangeRequest(@Nullable String status, @Nullable LocalDate date, @Nullable String reason) {
    }

    @PostMapping("/records/{id}:publish")
    @PreAuthorize("hasAuthority('enforcement:publicity:manage')")
    RecordQueries.Detail publish(@PathVariable long id) {
        publicity.publish(id, CurrentUser.require());
        return detail(id);
    }

    @PostMapping("/records/{id}:change")
    @PreAuthorize("hasAuthority('enforcement:publicity:manage')")
    RecordQueries.Detail change(@PathVariable long id, @RequestBody ChangeRequest request) {
        publicity.change(id, request.status(), request.date(), request.reason(), CurrentUser.require());
        return detail(id);
    }

    /** The id of the legality-review request a major decision was submitted as (重大执法决定法制审核). */
    record ReviewSubmitted(long recordId, long reviewRequestId) {
    }

    @PostMapping("/records/{id}:submit-review")
    @PreAuthorize("hasAuthority('enforcement:record:submit')")
    ReviewSubmitted submitReview(@PathVariable long id) {
        return new ReviewSubmitted(id, review.submit(id, CurrentUser.require()));
    }

    @PostMapping("/records/{id}:withdraw")
    @PreAuthorize("hasAuthority('enforcement:publicity:manage')")
    RecordQueries.Detail withdraw(@PathVariable long id, @RequestBody ChangeRequest request) {
        publicity.withdraw(id, request.reason(), CurrentUser.require());
        return detail(id);
    }
}
