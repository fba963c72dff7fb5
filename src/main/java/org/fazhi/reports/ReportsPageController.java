package org.fazhi.reports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.files.Attachment;
import org.fazhi.files.Attachments;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.PageQuery;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Annual report pages (年度报告): the list with deadlines, the editor with live preview and consistency findings, and
 * the workflow buttons; the submitted document's download.
 */
@Controller
@RequestMapping("/reports")
class ReportsPageController {

    private final AnnualReports reports;
    private final OrgDirectory org;
    private final Attachments attachments;
    private final Clock clock;

    ReportsPageController(AnnualReports reports, OrgDirectory org, Attachments attachments, Clock clock) {
        this.reports = reports;
        this.org = org;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** A list row with its deadline state. */
    public record Row(AnnualReports.Report report, String submissionDue, String publicationDue, String light) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('reports:view')")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        CurrentUser user = CurrentUser.require();
        var result = reports.list(user.filter(), year, PageQuery.of(page, size));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("rows", result.items().stream().map(r -> row(r, today)).toList());
        model.addAttribute("page", result);
        model.addAttribute("year", year);
        model.addAttribute("units", org.units(user.filter(), 500));
        model.addAttribute("myUnit", user.unitId());
        model.addAttribute("defaultYear", today.getYear() - 1);
        return "reports/list";
    }

    static Row row(AnnualReports.Report r, LocalDate today) {
        LocalDate submission = ReportDeadlines.submission(r.year());
        LocalDate publication = ReportDeadlines.publication(r.year());
        String light;
        if (r.status() == AnnualReports.Status.PUBLISHED) {
            light = "grey";
        } else {
            LocalDate due = r.status() == AnnualReports.Status.SUBMITTED ? publication : submission;
            light = today.isAfter(due) ? "red" : !today.isBefore(due.minusDays(7)) ? "yellow" : "green";
        }
        return new Row(r, submission.toString(), publication.toString(), light);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('reports:edit')")
    String create(@RequestParam long unitId, @RequestParam int year,
                  @RequestParam(defaultValue = "false") boolean legalityChapter) {
        return "redirect:/reports/" + reports.create(unitId, year, legalityChapter, CurrentUser.require());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('reports:view')")
    String report(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.require();
        AnnualReports.Report report = reports.report(id, user.filter());
        model.addAttribute("report", report);
        model.addAttribute("row", row(report, LocalDate.now(clock)));
        model.addAttribute("sections", reports.sections(id));
        model.addAttribute("printed", reports.printed(report));
        List<Finding> findings = report.status() == AnnualReports.Status.PUBLISHED ? List.of() : reports.check(report);
        model.addAttribute("findings", findings);
        model.addAttribute("lastYear", reports.lastYear(report, user.filter()).orElse(null));
        model.addAttribute("canEdit", user.can("reports:edit") && report.editable());
        model.addAttribute("canReview", user.can("reports:review") && report.status() == AnnualReports.Status.IN_REVIEW);
        model.addAttribute("canSubmit", user.can("reports:publish") && report.status() == AnnualReports.Status.SIGNED);
        model.addAttribute("canOverride", user.can("reports:review"));
        model.addAttribute("canPublish", user.can("reports:publish") && report.status() == AnnualReports.Status.SUBMITTED);
        return "reports/report";
    }

    @PostMapping("/{id}/sections/{seq}")
    @PreAuthorize("hasAuthority('reports:edit')")
    String save(@PathVariable long id, @PathVariable int seq, @RequestParam String body, RedirectAttributes redirect) {
        return act(id, redirect, "第" + seq + "章已保存", () -> reports.saveSection(id, seq, body, CurrentUser.require()));
    }

    @PostMapping("/{id}/compile")
    @PreAuthorize("hasAuthority('reports:edit')")
    String compile(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "已汇总各单位报告情况", () -> reports.compile(id, CurrentUser.require()));
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasAuthority('reports:edit')")
    String sendForReview(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "已提交审核", () -> reports.sendForReview(id, CurrentUser.require()));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAuthority('reports:review')")
    String sendBack(@PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(id, redirect, "已退回修改", () -> reports.sendBack(id, comment, CurrentUser.require()));
    }

    @PostMapping("/{id}/sign")
    @PreAuthorize("hasAuthority('reports:review')")
    String sign(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "已审核签发，数字已定稿", () -> reports.sign(id, CurrentUser.require()));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('reports:publish')")
    String submit(@PathVariable long id, @RequestParam(required = false) String overrideReason,
                  RedirectAttributes redirect) {
        return act(id, redirect, "已报送，公文已生成", () -> reports.submit(id, overrideReason, CurrentUser.require()));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAuthority('reports:publish')")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "已在门户网站公开", () -> reports.publish(id, CurrentUser.require()));
    }

    @GetMapping("/{id}/docx")
    @PreAuthorize("hasAuthority('reports:view')")
    ResponseEntity<InputStreamResource> docx(@PathVariable long id) {
        Attachment file = reports.docx(id, CurrentUser.require().filter());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.originalName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(new InputStreamResource(attachments.open(file)));
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reports/" + id;
    }
}
