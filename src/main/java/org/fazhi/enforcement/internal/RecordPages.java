package org.fazhi.enforcement.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.calendar.Deadline;
import org.fazhi.calendar.Deadlines;
import org.fazhi.enforcement.EnforcementChanged;
import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Pages of enforcement decisions (执法决定): the list with publicity lights, spreadsheet import with the row report, the
 * entry form, export, and a decision's page with its publicity steps.
 */
@Controller
@RequestMapping("/enforcement/records")
class RecordPages {

    private final RecordIngest ingest;
    private final RecordQueries queries;
    private final Publicity publicity;
    private final Registries registries;
    private final Deadlines deadlines;
    private final RecordReview review;
    private final RecordItems items;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordPages(RecordIngest ingest, RecordQueries queries, Publicity publicity, Registries registries, Deadlines deadlines,
                RecordReview review, RecordItems items, ApplicationEventPublisher events, Clock clock) {
        this.review = review;
        this.items = items;
        this.ingest = ingest;
        this.queries = queries;
        this.publicity = publicity;
        this.registries = registries;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('enforcement:record:view')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String publicity,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("page", queries.list(user.filter(), new RecordQueries.Filter(q, kind, publicity, from, to),
                PageQuery.of(page, 20)));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("publicity", publicity);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("canSubmit", user.can("enforcement:record:submit"));
        return "enforcement/records";
    }

    @GetMapping("/template")
    @PreAuthorize("hasAuthority('enforcement:record:view')")
    ResponseEntity<byte[]> template() {
        return Downloads.xlsx("执法决定导入模板.xlsx", RegistrySheets.template(RegistrySheets.RECORDS));
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('enforcement:record:view')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                                  @RequestParam(required = false) String publicity,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        CurrentUser user = CurrentUser.require();
        List<List<String>> rows = new ArrayList<>();
        // at most 50 pages of 200: an export is a working list, not a dump of the province
        for (int n = 1; n <= 50; n++) {
            Page<RecordQueries.Row> page = queries.list(user.filter(), new RecordQueries.Filter(q, kind, publicity, from, to),
                    new PageQuery(n, PageQuery.MAX_SIZE));
            for (RecordQueries.Row r : page.items()) {
                rows.add(List.of(r.decisionNo(), r.decisionDate().toString(), r.kindLabel(), r.bodyName(), r.partyName(),
                        r.fineAmount().toPlainString(), r.statusLabel(), r.publicityLabel()));
            }
            if (!page.hasNext()) {
                break;
            }
        }
        events.publishEvent(new EnforcementChanged(user.countyCode(), user.username(), "enforcement.record.exported",
                "enf_record", "-", "导出执法决定 " + rows.size() + " 条"));
        return Downloads.xlsx("执法决定.xlsx", Sheets.write("执法决定", List.of("决定书文号", "决定日期", "类别", "执法主体",
                "当事人", "罚款金额", "状态", "公示"), rows, List.of()));
    }

    @PostMapping("/import")
    @PreAuthorize("hasAuthority('enforcement:record:submit')")
    String importSheet(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) throws IOException {
        CurrentUser user = CurrentUser.require();
        try {
            if (file == null || file.isEmpty()) {
                throw BusinessException.invalid("请选择要上传的文件");
            }
            byte[] bytes = file.getBytes();
            List<Sheets.Row> rows = Sheets.read(file.getOriginalFilename(), bytes, RegistrySheets.RECORDS.required());
            List<RecordInput> inputs = RegistrySheets.map(rows, RegistrySheets::record);
            String key = "xlsx-" + HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 40);
            BatchResult result = ingest.ingest(key, inputs, "EXCEL", rows.stream().map(Sheets.Row::number).toList(), user);
            if (result.accepted()) {
                redirect.addFlashAttribute("message", "REPLAYED".equals(result.status())
                        ? "该文件此前已导入，未做任何更改"
                        : "已导入执法决定 " + result.created() + " 条" + (result.unchanged() > 0 ? "，" + result.unchanged()
                        + " 条此前已存在未重复保存" : ""));
                return "redirect:/enforcement/records";
            }
            response.setStatus(400);
            List<RowsRejected.RowError> errors = new ArrayList<>();
            result.rows().forEach(r -> r.errors().forEach(e -> errors.add(new RowsRejected.RowError(r.row(), e.field(), e.message()))));
            model.addAttribute("errors", errors);
        } catch (RowsRejected e) {
            response.setStatus(400);
            model.addAttribute("errors", e.errors());
        } catch (BusinessException e) {
            response.setStatus(e.kind().httpStatus());
            model.addAttribute("errors", List.of(new RowsRejected.RowError(0, "", e.getMessage())));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        model.addAttribute("layout", RegistrySheets.RECORDS);
        model.addAttribute("fileName", file == null ? "" : file.getOriginalFilename());
        model.addAttribute("backTab", null);
        return "enforcement/import-report";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('enforcement:record:submit')")
    String form(Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("bodyNames", registries.bodiesInScope(user).keySet().stream().sorted().toList());
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "enforcement/record-form";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('enforcement:record:submit')")
    String create(@RequestParam(required = false) String body, @RequestParam(required = false) String powerCode,
                  @RequestParam(required = false) String kind, @RequestParam(required = false) String decisionNo,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
                  @RequestParam(required = false) String partyType, @RequestParam(required = false) String partyName,
                  @RequestParam(required = false) String partyCreditCode, @RequestParam(required = false) String partyIdNumber,
                  @RequestParam(required = false) String partyPhone, @RequestParam(required = false) String partyAddress,
                  @RequestParam(required = false) String legalBasis, @RequestParam(required = false) String facts,
                  @RequestParam(required = false) String result, @RequestParam(required = false) BigDecimal fineAmount,
                  @RequestParam(required = false) BigDecimal confiscationAmount,
                  @RequestParam(required = false) String township, @RequestParam(required = false) String officers,
                  @RequestParam(required = false) Boolean reviewRequired, @RequestParam(required = false) Boolean reviewDone,
                  @RequestParam(required = false) String reviewRef,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewDate,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        RecordInput input = new RecordInput(body, powerCode, kind, decisionNo, decisionDate, partyType, partyName,
                partyCreditCode, partyIdNumber, partyPhone, partyAddress, legalBasis, facts, result, fineAmount,
                confiscationAmount, Registries.blank(township), reviewRequired, reviewDone, reviewRef, reviewDate,
                officers == null ? List.of() : Arrays.stream(officers.split("[、,，;；\\s]+")).filter(s -> !s.isBlank()).toList(),
                null, List.of());
        BatchResult r = ingest.ingest("form-" + UUID.randomUUID(), List.of(input), "MANUAL", null, user);
        BatchResult.RowResult row = r.rows().get(0);
        if (r.accepted() && row.id() != null) {
            redirect.addFlashAttribute("message", "UNCHANGED".equals(row.status()) ? "该决定此前已登记，未重复保存" : "已登记执法决定 " + decisionNo);
            return "redirect:/enforcement/records/" + row.id();
        }
        response.setStatus(400);
        model.addAttribute("errors", row.errors());
        model.addAttribute("bodyNames", registries.bodiesInScope(user).keySet().stream().sorted().toList());
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("input", input);
        model.addAttribute("officers", officers);
        return "enforcement/record-form";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('enforcement:record:view')")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.require();
        RecordQueries.Detail d = queries.detail(id, user.filter());
        model.addAttribute("d", user.can("enforcement:pii") ? d : d.masked());
        RecordKind kind = RecordKind.valueOf(d.kind());
        Deadline due = deadlines.compute(kind.publicityPeriod(), d.decisionDate());
        model.addAttribute("publicityDeadline", due);
        if (d.statusDate() != null && d.withdrawalDue() != null) {
            model.addAttribute("withdrawalDeadline", deadlines.compute(kind.withdrawalPeriod(), d.statusDate()));
        }
        model.addAttribute("canPublish", user.can("enforcement:publicity:manage"));
        RecordReview.State state = review.state(id, d.countyCode());
        model.addAttribute("review", state);
        model.addAttribute("canSubmitReview", user.can("enforcement:record:submit") && d.reviewRequired()
                && !d.reviewDone() && !state.pending() && "EFFECTIVE".equals(d.status()));
        model.addAttribute("canAddItem", user.can("enforcement:record:submit"));
        model.addAttribute("today", LocalDate.now(clock));
        return "enforcement/record";
    }

    /** Adds a whole-process record item by hand, with an uploaded file or by location and hash (全过程记录). */
    @PostMapping("/{id}/items")
    @PreAuthorize("hasAuthority('enforcement:record:submit')")
    String addItem(@PathVariable long id, @RequestParam(required = false) String stage,
                   @RequestParam(required = false) String media, @RequestParam(required = false) String title,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) java.time.LocalDateTime recordedAt,
                   @RequestParam(required = false) String uri, @RequestParam(required = false) String sha256,
                   @RequestParam(required = false) Long size, @RequestParam(required = false) MultipartFile file,
                   RedirectAttributes redirect) throws IOException {
        java.time.OffsetDateTime at = recordedAt == null ? null
                : recordedAt.atZone(java.time.ZoneId.of("Asia/Shanghai")).toOffsetDateTime();
        boolean upload = file != null && !file.isEmpty();
        try (java.io.InputStream in = upload ? file.getInputStream() : null) {
            items.add(id, stage, media, title, at, uri, sha256, size, upload ? file.getOriginalFilename() : null, in,
                    CurrentUser.require());
        }
        redirect.addFlashAttribute("message", "已登记全过程记录");
        return "redirect:/enforcement/records/" + id;
    }

    /** Submits a major decision to the county's legality-review queue (重大执法决定法制审核, 行政处罚法第五十八条). */
    @PostMapping("/{id}/review")
    @PreAuthorize("hasAuthority('enforcement:record:submit')")
    String submitReview(@PathVariable long id, RedirectAttributes redirect) {
        long request = review.submit(id, CurrentUser.require());
        redirect.addFlashAttribute("message", "已送司法行政部门法制审核（审查申请 " + request + "）");
        return "redirect:/enforcement/records/" + id;
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAuthority('enforcement:publicity:manage')")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        publicity.publish(id, CurrentUser.require());
        redirect.addFlashAttribute("message", "已在门户网站公示");
        return "redirect:/enforcement/records/" + id;
    }

    @PostMapping("/{id}/change")
    @PreAuthorize("hasAuthority('enforcement:publicity:manage')")
    String change(@PathVariable long id, @RequestParam(required = false) String status,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        publicity.change(id, status == null ? "" : status, day, reason, CurrentUser.require());
        redirect.addFlashAttribute("message", "已登记变更或撤销");
        return "redirect:/enforcement/records/" + id;
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAuthority('enforcement:publicity:manage')")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        publicity.withdraw(id, reason, CurrentUser.require());
        redirect.addFlashAttribute("message", "已撤下公示并公开理由");
        return "redirect:/enforcement/records/" + id;
    }
}
