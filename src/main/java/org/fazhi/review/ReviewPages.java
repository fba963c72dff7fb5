package org.fazhi.review;

import org.fazhi.files.Attachment;
import org.fazhi.files.FileType;
import org.fazhi.files.FilesSettings;
import org.fazhi.files.OfficialDocument;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamResource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The review pages (审查工作台): queue, direct submission, the request page with every step, statistics. */
@Controller
@RequestMapping("/review")
class ReviewPages {

    private final ReviewRequests requests;
    private final ReviewWork work;
    private final ReviewAssistant assistant;
    private final ReviewFigures figures;
    private final OrgDirectory org;
    private final ApplicationEventPublisher events;
    private final FilesSettings files;
    private final JsonMapper json;
    private final Clock clock;

    ReviewPages(ReviewRequests requests, ReviewWork work, ReviewAssistant assistant, ReviewFigures figures,
                OrgDirectory org, ApplicationEventPublisher events, FilesSettings files, JsonMapper json, Clock clock) {
        this.requests = requests;
        this.work = work;
        this.assistant = assistant;
        this.figures = figures;
        this.org = org;
        this.events = events;
        this.files = files;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/requests")
    @PreAuthorize("hasAnyAuthority('review:request:view','review:request:review')")
    String list(@RequestParam(required = false) String keyword, @RequestParam(required = false) String status,
                @RequestParam(required = false) String kind, @RequestParam(required = false) Integer page,
                Model model) {
        CurrentUser user = CurrentUser.require();
        Page<ReviewRequestView> result = work.list(user, filter(keyword, status, kind), PageQuery.of(page, 20));
        model.addAttribute("page", result);
        model.addAttribute("keyword", keyword);
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("statuses", ReviewStatusCode.values());
        model.addAttribute("kinds", ReviewKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "review/requests";
    }

    /** 导出: the queue with the page's filters and the same access (a reviewer gets what is assigned to them). */
    @GetMapping("/requests/export")
    @PreAuthorize("hasAnyAuthority('review:request:view','review:request:review')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String keyword,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) String kind) {
        CurrentUser user = CurrentUser.require();
        List<ReviewRequestView> rows = work.export(user, filter(keyword, status, kind), ReviewSheets.MAX_ROWS);
        List<List<Object>> data = new ArrayList<>();
        for (ReviewRequestView r : rows) {
            data.add(List.of(r.title(), r.kindLabel(), r.unitName(), ReviewSheets.text(r.receivedOn()),
                    r.dueOn() == null ? (r.status().open() ? "补正中，期限停止计算" : "") : r.dueOn().toString(),
                    ReviewSheets.text(r.dueCitation()), ReviewSheets.text(r.assignee()), r.statusLabel(),
                    r.outcomeLabel(), ReviewSheets.text(r.concludedOn()), ReviewSheets.text(r.opinionNumber())));
        }
        byte[] xlsx = ReviewSheets.write(List.of(new ReviewSheets.Sheet("审查事项", List.of("送审事项", "类别", "送审单位",
                "收件日", "审查期限届满日", "期限依据", "承办人", "状态", "结论", "办结日", "意见书文号"), data)));
        events.publishEvent(new ReviewExported(user.countyCode(), user.username(), "review.request.exported", "list",
                "导出合法性审查事项 " + rows.size() + " 条"));
        return ReviewSheets.download("合法性审查事项.xlsx", xlsx);
    }

    private static ReviewWork.Filter filter(String keyword, String status, String kind) {
        try {
            return new ReviewWork.Filter(keyword, status == null || status.isBlank() ? null : ReviewStatusCode.valueOf(status),
                    kind == null || kind.isBlank() ? null : ReviewKind.valueOf(kind));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("筛选条件无效");
        }
    }

    @GetMapping("/requests/new")
    @PreAuthorize("hasAuthority('review:request:submit')")
    String form(Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("units", org.units(user.filter(), 500));
        model.addAttribute("kinds", ReviewKind.values());
        uploadHints(model);
        return "review/new";
    }

    @PostMapping("/requests")
    @PreAuthorize("hasAuthority('review:request:submit')")
    String submit(@RequestParam long unitId, @RequestParam ReviewKind kind, @RequestParam String title,
                  @RequestParam String text, @RequestParam(defaultValue = "true") boolean materialsComplete,
                  @RequestParam(required = false) String missingMaterials,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        long id = requests.submit(new ReviewSubmission("review", "direct", "direct-" + user.username() + "-"
                + clock.millis(), unitId, kind, title, text, List.of(), materialsComplete, missingMaterials, null),
                materials(files));
        redirect.addFlashAttribute("message", "已送审，审查机构已收件");
        return "redirect:/review/requests/" + id;
    }

    /** 补充送审材料: the submitting side adds files to an open request (e.g. what a 补正 notice asked for). */
    @PostMapping("/requests/{id}/attachments")
    @PreAuthorize("hasAuthority('review:request:submit')")
    String attach(@PathVariable long id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        ReviewRequestView r = work.get(id, user);
        if (!r.status().open()) {
            throw BusinessException.conflict("审查事项已办结或撤回，不能再补充材料");
        }
        int n = requests.attach(r, materials(files), user.username());
        if (n == 0) {
            throw BusinessException.invalid("请选择要上传的文件");
        }
        return done(id, "已上传送审材料 " + n + " 个", redirect);
    }

    /** Downloads a file of 送审材料 of a request the user may see (reviewers: assigned to them). */
    @GetMapping("/requests/{id}/attachments/{attachmentId}")
    @PreAuthorize("hasAnyAuthority('review:request:view','review:request:review')")
    ResponseEntity<InputStreamResource> material(@PathVariable long id, @PathVariable long attachmentId) {
        ReviewRequestView r = work.get(id, CurrentUser.require());
        Attachment a = requests.material(r, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.mediaType()))
                .contentLength(a.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.originalName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .body(new InputStreamResource(requests.open(a)));
    }

    /** What the upload fields accept, as {@code files.Attachments} checks it. */
    private void uploadHints(Model model) {
        model.addAttribute("accept", String.join(",", FileType.allExtensions().stream().map(e -> "." + e).toList()));
        model.addAttribute("acceptText", String.join("、", FileType.allExtensions()));
        model.addAttribute("maxSize", files.maxUploadSize().toMegabytes() + " MB");
    }

    private static List<ReviewRequests.Material> materials(@Nullable List<MultipartFile> files) {
        return files == null ? List.of() : files.stream().filter(f -> !f.isEmpty())
                .map(f -> new ReviewRequests.Material(f.getOriginalFilename() == null ? "" : f.getOriginalFilename(), f))
                .toList();
    }

    @GetMapping("/requests/{id}")
    @PreAuthorize("hasAnyAuthority('review:request:view','review:request:review')")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.require();
        ReviewRequestView r = work.get(id, user);
        model.addAttribute("r", r);
        model.addAttribute("opinions", work.opinions(id));
        model.addAttribute("stops", requests.stops(id));
        model.addAttribute("materials", requests.materials(r));
        uploadHints(model);
        model.addAttribute("findings", assistant.scan(r.text()));
        model.addAttribute("citations", assistant.checkCitations(r.text()));
        boolean reviewer = (user.username().equals(r.assignee()) && user.can("review:request:review"))
                || user.can("review:request:assign");
        model.addAttribute("canReview", reviewer && r.status().open());
        model.addAttribute("canAssign", user.can("review:request:assign") && r.status().open());
        model.addAttribute("canRespond", user.can("review:opinion:respond") && r.status() == ReviewStatusCode.CONCLUDED);
        model.addAttribute("reviewers", user.can("review:request:assign") ? work.reviewers(r.countyCode()) : List.of());
        model.addAttribute("outcomes", List.of(ReviewOutcome.PASSED, ReviewOutcome.PASSED_WITH_CHANGES, ReviewOutcome.FAILED));
        model.addAttribute("responses", ReviewOpinion.Response.values());
        return "review/request";
    }

    @PostMapping("/requests/{id}/assign")
    @PreAuthorize("hasAuthority('review:request:assign')")
    String assign(@PathVariable long id, @RequestParam String assignee, RedirectAttributes redirect) {
        work.assign(id, assignee, CurrentUser.require());
        return done(id, "已分办给 " + assignee, redirect);
    }

    @PostMapping("/requests/{id}/supplement")
    @PreAuthorize("hasAnyAuthority('review:request:review','review:request:assign')")
    String supplement(@PathVariable long id, @RequestParam String reason, RedirectAttributes redirect) {
        work.requestSupplement(id, reason, CurrentUser.require());
        return done(id, "已通知补正，审查期限停止计算", redirect);
    }

    @PostMapping("/requests/{id}/supplement-received")
    @PreAuthorize("hasAnyAuthority('review:request:review','review:request:assign','review:request:submit')")
    String supplementReceived(@PathVariable long id, RedirectAttributes redirect) {
        work.supplementReceived(id, CurrentUser.require());
        return done(id, "已收到补正材料，审查期限继续计算", redirect);
    }

    @PostMapping("/requests/{id}/opinions")
    @PreAuthorize("hasAnyAuthority('review:request:review','review:request:assign')")
    String opinion(@PathVariable long id, @RequestParam(required = false) String quotedText,
                   @RequestParam String opinion, @RequestParam(required = false) String basis,
                   RedirectAttributes redirect) {
        int seq = work.addOpinion(id, quotedText, opinion, basis, CurrentUser.require());
        return done(id, "已记录第" + seq + "条审查意见", redirect);
    }

    @PostMapping("/requests/{id}/conclude")
    @PreAuthorize("hasAnyAuthority('review:request:review','review:request:assign')")
    String conclude(@PathVariable long id, @RequestParam ReviewOutcome outcome, @RequestParam String conclusion,
                    RedirectAttributes redirect) {
        OfficialDocument doc = work.conclude(id, outcome, conclusion, CurrentUser.require());
        return done(id, "已办结，生成合法性审核意见书 " + (doc.number() == null ? "" : doc.number()), redirect);
    }

    @PostMapping("/requests/{id}/withdraw")
    @PreAuthorize("hasAuthority('review:request:submit')")
    String withdraw(@PathVariable long id, @RequestParam String reason, RedirectAttributes redirect) {
        work.withdraw(id, reason, CurrentUser.require());
        return done(id, "已撤回", redirect);
    }

    @PostMapping("/opinions/{opinionId}/response")
    @PreAuthorize("hasAuthority('review:opinion:respond')")
    String respond(@PathVariable long opinionId, @RequestParam long requestId,
                   @RequestParam ReviewOpinion.Response response, @RequestParam(required = false) String reason,
                   RedirectAttributes redirect) {
        work.respond(opinionId, response, reason, CurrentUser.require());
        return done(requestId, "已反馈采纳情况", redirect);
    }

    /** The figures of one year in the user's scope, as the statistics page and its export show them. */
    record Stats(int year, Map<String, Long> byKind, long total, long opinions, long adopted, long partly,
                 long notAdopted, String adoptionRate, List<ReviewFigures.Row> rows) {
    }

    private Stats stats(CurrentUser user, @Nullable Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < 2000 || y > 2100) {
            throw BusinessException.invalid("年度应在 2000 至 2100 之间");
        }
        LocalDate from = LocalDate.of(y, 1, 1);
        LocalDate to = LocalDate.of(y, 12, 31);
        Map<ReviewKind, Long> byKind = figures.requestsByKind(user.filter(), from, to);
        Map<String, Long> labelled = new LinkedHashMap<>();
        byKind.forEach((k, v) -> labelled.put(k.label(), v));
        long[] responses = figures.responses(user.filter(), from, to);
        long answered = responses[0] + responses[1] + responses[2];
        return new Stats(y, labelled, byKind.values().stream().mapToLong(Long::longValue).sum(),
                figures.opinions(user.filter(), from, to), responses[0], responses[1], responses[2],
                answered == 0 ? "无" : String.format("%.2f%%", (responses[0] + responses[1]) * 100.0 / answered),
                figures.requestRows(user.filter(), from, to, null, 200));
    }

    @GetMapping("/stats")
    @PreAuthorize("hasAuthority('review:stats:view')")
    String stats(@RequestParam(required = false) Integer year, Model model) {
        Stats s = stats(CurrentUser.require(), year);
        model.addAttribute("year", s.year());
        model.addAttribute("yearText", String.valueOf(s.year()));
        model.addAttribute("byKind", s.byKind());
        model.addAttribute("total", s.total());
        model.addAttribute("opinions", s.opinions());
        model.addAttribute("adopted", s.adopted());
        model.addAttribute("partly", s.partly());
        model.addAttribute("notAdopted", s.notAdopted());
        model.addAttribute("adoptionRate", s.adoptionRate());
        model.addAttribute("rows", s.rows());
        model.addAttribute("chart", json.writeValueAsString(Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 40, "right", 10, "bottom", 40),
                "xAxis", Map.of("type", "category", "data", List.copyOf(s.byKind().keySet())),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", List.of(Map.of("type", "bar", "barWidth", "40%", "data", List.copyOf(s.byKind().values()),
                        "itemStyle", Map.of("color", "#b8232f"))))));
        return "review/stats";
    }

    /**
     * 导出 the statistics of a year in the user's scope: the figures, every request behind 审查件数 and every opinion
     * behind 意见条数 and the adoption rate (at most 1,000 of each, as {@link ReviewFigures} lists them).
     */
    @GetMapping("/stats/export")
    @PreAuthorize("hasAuthority('review:stats:view')")
    ResponseEntity<byte[]> exportStats(@RequestParam(required = false) Integer year) {
        CurrentUser user = CurrentUser.require();
        Stats s = stats(user, year);
        LocalDate from = LocalDate.of(s.year(), 1, 1);
        LocalDate to = LocalDate.of(s.year(), 12, 31);
        List<List<Object>> summary = new ArrayList<>();
        summary.add(List.of("审查件数", Long.toString(s.total())));
        s.byKind().forEach((k, v) -> summary.add(List.of("其中：" + k, Long.toString(v))));
        summary.add(List.of("意见条数", Long.toString(s.opinions())));
        summary.add(List.of("采纳", Long.toString(s.adopted())));
        summary.add(List.of("部分采纳", Long.toString(s.partly())));
        summary.add(List.of("不采纳", Long.toString(s.notAdopted())));
        summary.add(List.of("采纳率", s.adoptionRate()));
        summary.add(List.of("口径", "审查件数为统计年度内收件的审查事项（不含撤回）；意见条数为年度内办结事项的审查意见条数；"
                + "采纳率 =（采纳 + 部分采纳）÷ 已反馈的意见条数 × 100%"));
        List<List<Object>> requestRows = new ArrayList<>();
        for (ReviewFigures.Row r : figures.requestRows(user.filter(), from, to, null, 1000)) {
            requestRows.add(List.of(Long.toString(r.requestId()), r.title(), r.unitName(), r.date().toString(), r.detail()));
        }
        List<List<Object>> opinionRows = new ArrayList<>();
        for (ReviewFigures.Row r : figures.opinionRows(user.filter(), from, to, false, false, 1000)) {
            opinionRows.add(List.of(Long.toString(r.requestId()), r.title(), r.unitName(), r.date().toString(), r.detail()));
        }
        byte[] xlsx = ReviewSheets.write(List.of(
                new ReviewSheets.Sheet(s.year() + "年统计", List.of("指标", "数值"), summary),
                new ReviewSheets.Sheet("审查事项", List.of("编号", "送审事项", "送审单位", "收件日", "类别"), requestRows),
                new ReviewSheets.Sheet("审查意见", List.of("事项编号", "送审事项", "送审单位", "办结日", "意见及采纳情况"), opinionRows)));
        events.publishEvent(new ReviewExported(user.countyCode(), user.username(), "review.stats.exported",
                Integer.toString(s.year()), "导出" + s.year() + "年合法性审查统计：审查件数 " + s.total() + "，意见 "
                + s.opinions() + " 条"));
        return ReviewSheets.download("合法性审查统计" + s.year() + ".xlsx", xlsx);
    }

    private static String done(long id, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", message);
        return "redirect:/review/requests/" + id;
    }
}
