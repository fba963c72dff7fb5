package org.fazhi.reconsideration;

import org.fazhi.calendar.LegalCalendar;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Staff pages of 行政应诉: lawsuits with their defence, hearing and outcome, and the recommendations to answer. */
@Controller
@RequestMapping("/reconsideration/litigation")
class LitigationPages {

    private final Litigations litigations;
    private final OrgDirectory org;
    private final ReconsiderationCases cases;
    private final CaseDownloads downloads;
    private final LegalCalendar calendar;

    LitigationPages(Litigations litigations, OrgDirectory org, ReconsiderationCases cases, CaseDownloads downloads,
                    LegalCalendar calendar) {
        this.litigations = litigations;
        this.org = org;
        this.cases = cases;
        this.downloads = downloads;
        this.calendar = calendar;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('reconsideration:litigation:view')")
    String list(@RequestParam(required = false) String keyword, @RequestParam(required = false) Long unitId,
                @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        CurrentUser user = CurrentUser.require();
        Page<Litigation> result = litigations.list(user.filter(), new Litigations.ListFilter(keyword, unitId, status),
                PageQuery.of(page, size));
        model.addAttribute("lawsuits", result.items());
        model.addAttribute("page", result);
        model.addAttribute("keyword", keyword);
        model.addAttribute("unitId", unitId);
        model.addAttribute("status", status);
        model.addAttribute("pendingSuggestions", litigations.pendingSuggestions(user.filter()));
        model.addAttribute("units", org.units(user.filter(), 500));
        model.addAttribute("today", cases.today());
        return "reconsideration/litigation";
    }

    /** 司法建议与检察建议: paged, open ones with the nearest reply date first, filtered by status and kind. */
    @GetMapping("/suggestions")
    @PreAuthorize("hasAuthority('reconsideration:litigation:view')")
    String suggestions(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
                       @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                       Model model) {
        CurrentUser user = CurrentUser.require();
        Page<Litigation.Suggestion> result = litigations.suggestions(user.filter(),
                new Litigations.SuggestionFilter(status, kind), PageQuery.of(page, size));
        model.addAttribute("suggestions", result.items());
        model.addAttribute("page", result);
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("units", org.units(user.filter(), 500));
        LocalDate today = cases.today();
        model.addAttribute("today", today);
        model.addAttribute("yellowUntil", calendar.addWorkingDays(today, 4).minusDays(1));
        return "reconsideration/suggestions";
    }

    /** The filtered recommendations as CSV (UTF-8 with BOM), inside the caller's scope. */
    @GetMapping("/suggestions/export.csv")
    @PreAuthorize("hasAuthority('reconsideration:litigation:view')")
    ResponseEntity<byte[]> exportSuggestions(@RequestParam(required = false) String status,
                                             @RequestParam(required = false) String kind) {
        CurrentUser user = CurrentUser.require();
        List<Litigation.Suggestion> rows = litigations.exportSuggestions(user.filter(),
                new Litigations.SuggestionFilter(status, kind));
        StringBuilder csv = new StringBuilder("种类,建议书文号,发出机关,被建议单位,收到之日,办复期限,办复日期,办复情况,建议内容\r\n");
        for (Litigation.Suggestion s : rows) {
            csv.append(String.join(",", Arrays.asList(CaseDownloads.cell(s.kindLabel()),
                    CaseDownloads.cell(s.numberText()), CaseDownloads.cell(s.issuer()), CaseDownloads.cell(s.unitName()),
                    CaseDownloads.cell(s.receivedOn()), CaseDownloads.cell(s.replyDue()),
                    CaseDownloads.cell(s.repliedOn()), CaseDownloads.cell(s.reply()),
                    CaseDownloads.cell(s.content())))).append("\r\n");
        }
        return downloads.exportCsv(user, "recon_suggestion", "司法建议与检察建议", rows.size(), csv);
    }

    /** The filtered lawsuit list as CSV (UTF-8 with BOM, opens in Excel), inside the caller's scope. */
    @GetMapping("/export.csv")
    @PreAuthorize("hasAuthority('reconsideration:litigation:view')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String keyword,
                                  @RequestParam(required = false) Long unitId,
                                  @RequestParam(required = false) String status) {
        CurrentUser user = CurrentUser.require();
        List<Litigation> rows = litigations.export(user.filter(), new Litigations.ListFilter(keyword, unitId, status));
        StringBuilder csv = new StringBuilder(
                "法院案号,被告单位,原告,审理法院,审级,案件类别,复议案号,收到起诉状副本,答辩期限,提交答辩,开庭,负责人出庭,负责人发声,裁判结果,裁判日期\r\n");
        for (Litigation l : rows) {
            csv.append(String.join(",", Arrays.asList(CaseDownloads.cell(l.courtCaseNumber()),
                    CaseDownloads.cell(l.unitName()), CaseDownloads.cell(l.plaintiff()), CaseDownloads.cell(l.court()),
                    CaseDownloads.cell(l.instanceLabel()), CaseDownloads.cell(l.category()),
                    CaseDownloads.cell(l.reconCaseNumber()), CaseDownloads.cell(l.complaintServedOn()),
                    CaseDownloads.cell(l.defenceDue()), CaseDownloads.cell(l.defenceFiledOn()),
                    CaseDownloads.cell(l.hearingOn()), CaseDownloads.cell(l.headLabel()),
                    CaseDownloads.cell(Boolean.TRUE.equals(l.headSpoke()) ? "是" : ""),
                    CaseDownloads.cell(l.outcomeLabel()), CaseDownloads.cell(l.outcomeOn())))).append("\r\n");
        }
        return downloads.exportCsv(user, "recon_litigation", "行政应诉案件", rows.size(), csv);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('reconsideration:litigation:view')")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("l", litigations.get(id, CurrentUser.require().filter()));
        model.addAttribute("outcomes", Litigation.Outcome.values());
        model.addAttribute("today", cases.today());
        return "reconsideration/lawsuit";
    }

    private String attempt(RedirectAttributes redirect, String target, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND || e.kind() == BusinessException.Kind.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + target;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('reconsideration:litigation:manage')")
    String register(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String courtCaseNumber,
                    @RequestParam(required = false) String court, @RequestParam(required = false) String instance,
                    @RequestParam(required = false) String category, @RequestParam(required = false) String plaintiff,
                    @RequestParam(required = false) String claim, @RequestParam(required = false) String reconCaseNumber,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate complaintServedOn,
                    RedirectAttributes redirect) {
        long[] id = {0};
        String target = attempt(redirect, "/reconsideration/litigation", "已登记行政应诉案件", () -> id[0] = litigations.register(
                new Litigations.LawsuitDraft(unitId, courtCaseNumber, court, instance, category, plaintiff, claim,
                        reconCaseNumber, complaintServedOn), CurrentUser.require()));
        return id[0] > 0 ? "redirect:/reconsideration/litigation/" + id[0] : target;
    }

    @PostMapping("/{id}/defence")
    @PreAuthorize("hasAuthority('reconsideration:litigation:manage')")
    String defence(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                   RedirectAttributes redirect) {
        return attempt(redirect, "/reconsideration/litigation/" + id, "已登记答辩",
                () -> litigations.defence(id, date, CurrentUser.require()));
    }

    @PostMapping("/{id}/hearing")
    @PreAuthorize("hasAuthority('reconsideration:litigation:manage')")
    String hearing(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                   @RequestParam(required = false) String appeared, @RequestParam(required = false) String headName,
                   @RequestParam(defaultValue = "false") boolean spoke, RedirectAttributes redirect) {
        return attempt(redirect, "/reconsideration/litigation/" + id, "已登记开庭及出庭应诉情况",
                () -> litigations.hearing(id, date, appeared, headName, spoke, CurrentUser.require()));
    }

    @PostMapping("/{id}/outcome")
    @PreAuthorize("hasAuthority('reconsideration:litigation:manage')")
    String outcome(@PathVariable long id, @RequestParam(required = false) String outcome,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                   @RequestParam(required = false) String analysis, RedirectAttributes redirect) {
        return attempt(redirect, "/reconsideration/litigation/" + id, "已登记裁判结果",
                () -> litigations.outcome(id, outcome, date, analysis, CurrentUser.require()));
    }

    @PostMapping("/suggestions")
    @PreAuthorize("hasAuthority('reconsideration:litigation:manage')")
    String suggestion(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long litigationId,
                      @RequestParam(required = false) String kind, @RequestParam(required = false) String issuer,
                      @RequestParam(required = false) String numberText, @RequestParam(required = false) String content,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate replyDue,
                      RedirectAttributes redirect) {
        return attempt(redirect, "/reconsideration/litigation/suggestions", "已登记建议", () -> litigations.addSuggestion(
                new Litigations.SuggestionDraft(unitId, litigationId, kind, issuer, numberText, content, receivedOn,
                        replyDue), CurrentUser.require()));
    }

    @PostMapping("/suggestions/{id}/reply")
    @PreAuthorize("hasAuthority('reconsideration:litigation:manage')")
    String reply(@PathVariable long id, @RequestParam(required = false) String reply,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                 RedirectAttributes redirect) {
        return attempt(redirect, "/reconsideration/litigation/suggestions", "已登记办复情况",
                () -> litigations.reply(id, reply, date, CurrentUser.require()));
    }
}
