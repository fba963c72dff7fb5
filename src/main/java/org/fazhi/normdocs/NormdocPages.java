package org.fazhi.normdocs;

import org.fazhi.files.OfficialDocument;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.review.ReviewAssistant;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
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

import java.time.LocalDate;
import java.util.List;

/** Staff pages (规范性文件管理): list, new draft, the document page with the form of the next step, search. */
@Controller
@RequestMapping("/normdocs")
class NormdocPages {

    private final Lifecycle lifecycle;
    private final NormdocStore store;
    private final Library library;
    private final OrgDirectory org;
    private final ReviewAssistant assistant;
    private final ApplicationEventPublisher events;

    NormdocPages(Lifecycle lifecycle, NormdocStore store, Library library, OrgDirectory org, ReviewAssistant assistant,
                 ApplicationEventPublisher events) {
        this.events = events;
        this.lifecycle = lifecycle;
        this.store = store;
        this.library = library;
        this.org = org;
        this.assistant = assistant;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('normdocs:document:view')")
    String list(@RequestParam(required = false) String keyword, @RequestParam(required = false) String status,
                @RequestParam(required = false) String kind, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUser.require();
        DocStatus st = status == null || status.isBlank() ? null : DocStatus.valueOf(status);
        DocKind k = kind == null || kind.isBlank() ? null : DocKind.valueOf(kind);
        Page<NormDocument> result = store.list(user.filter(), new NormdocStore.Filter(keyword, st, k, year), PageQuery.of(page, 20));
        model.addAttribute("page", result);
        model.addAttribute("keyword", keyword);
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("statuses", DocStatus.values());
        model.addAttribute("kinds", DocKind.values());
        model.addAttribute("today", lifecycle.today());
        return "normdocs/list";
    }

    /** 导出: the filtered list as CSV (UTF-8 with BOM, opens in Excel), at most 5,000 rows, read page by page. */
    @GetMapping("/export")
    @PreAuthorize("hasAuthority('normdocs:document:view')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String keyword,
                                                           @RequestParam(required = false) String status,
                                                           @RequestParam(required = false) String kind,
                                                           @RequestParam(required = false) Integer year) {
        CurrentUser user = CurrentUser.require();
        NormdocStore.Filter filter = new NormdocStore.Filter(keyword,
                status == null || status.isBlank() ? null : DocStatus.valueOf(status),
                kind == null || kind.isBlank() ? null : DocKind.valueOf(kind), year);
        StringBuilder csv = new StringBuilder("\uFEFF文件名称,文号,制定机关,类别,环节,效力,公布日期,施行日期,有效期至\n");
        LocalDate today = lifecycle.today();
        int rows = 0;
        for (int p = 1; p <= 25; p++) {
            Page<NormDocument> page = store.list(user.filter(), filter, PageQuery.of(p, PageQuery.MAX_SIZE));
            for (NormDocument d : page.items()) {
                csv.append(String.join(",", cell(d.title()), cell(d.docNumber()), cell(d.unitName()), cell(d.kindLabel()),
                        cell(d.statusLabel()), cell(d.effect(today)), cell(d.publishedOn()), cell(d.effectiveOn()),
                        cell(d.expiresOn()))).append('\n');
                rows++;
            }
            if (!page.hasNext()) {
                break;
            }
        }
        events.publishEvent(new NormdocChanged(user.countyCode(), user.username(), "normdocs.document.exported", 0,
                "导出规范性文件清单 " + rows + " 条"));
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename*=UTF-8''normdocs.csv")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .body(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A CSV cell, quoted; a leading =, +, - or @ is defused so that a spreadsheet does not run it as a formula. */
    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('normdocs:document:draft')")
    String form(Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("units", org.units(user.filter(), 500));
        model.addAttribute("kinds", DocKind.values());
        model.addAttribute("inForce", store.list(user.filter(), new NormdocStore.Filter(null, DocStatus.PUBLISHED, null, null),
                PageQuery.of(1, PageQuery.MAX_SIZE)).items());
        return "normdocs/new";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('normdocs:document:draft')")
    String create(@RequestParam long unitId, @RequestParam DocKind kind, @RequestParam String title,
                  @RequestParam(required = false) String basis, @RequestParam(defaultValue = "false") boolean marketRelated,
                  @RequestParam(defaultValue = "false") boolean provisional, @RequestParam(required = false) Long supersedesId,
                  RedirectAttributes redirect) {
        long id = lifecycle.propose(new Lifecycle.Proposal(unitId, kind, title, basis, marketRelated, provisional,
                supersedesId), CurrentUser.require());
        return done(id, "已立项", redirect);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('normdocs:document:view')")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.require();
        NormDocument d = store.get(id, user.filter());
        String text = store.currentText(d);
        LocalDate today = lifecycle.today();
        model.addAttribute("d", d);
        model.addAttribute("effect", d.effect(today));
        model.addAttribute("text", text);
        model.addAttribute("versions", store.versions(id));
        model.addAttribute("comments", store.comments(id));
        model.addAttribute("filings", store.filings(id));
        model.addAttribute("evaluations", store.evaluations(id));
        model.addAttribute("steps", store.steps(id));
        model.addAttribute("findings", assistant.scan(text));
        model.addAttribute("citations", assistant.checkCitations(text));
        model.addAttribute("today", today);
        model.addAttribute("canDraft", user.can("normdocs:document:draft"));
        model.addAttribute("canIssue", user.can("normdocs:document:issue"));
        model.addAttribute("canReceipt", user.can("normdocs:filing:receipt"));
        model.addAttribute("adoptions", Adoption.values());
        model.addAttribute("results", EvaluationResult.values());
        model.addAttribute("commentUntilMin", d.status() == DocStatus.DRAFTING ? lifecycle.commentMinimum(d, today).due() : null);
        model.addAttribute("suggestedValidity", d.provisional() ? 2 : 5);
        return "normdocs/document";
    }

    @PostMapping("/{id}/versions")
    @PreAuthorize("hasAuthority('normdocs:document:draft')")
    String version(@PathVariable long id, @RequestParam String text, @RequestParam(required = false) String note,
                   RedirectAttributes redirect) {
        int seq = lifecycle.addVersion(id, text, note, CurrentUser.require());
        return done(id, "已保存第" + seq + "稿", redirect);
    }

    @PostMapping("/{id}/consultation")
    @PreAuthorize("hasAuthority('normdocs:document:draft')")
    String consultation(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
                        RedirectAttributes redirect) {
        OfficialDocument doc = lifecycle.openComment(id, from, until, CurrentUser.require());
        return done(id, "已公开征求意见，生成公告：" + doc.title(), redirect);
    }

    @PostMapping("/{id}/comments/{commentId}/answer")
    @PreAuthorize("hasAuthority('normdocs:document:draft')")
    String answer(@PathVariable long id, @PathVariable long commentId, @RequestParam Adoption adoption,
                  @RequestParam(required = false) String reply, RedirectAttributes redirect) {
        lifecycle.answerComment(id, commentId, adoption, reply, CurrentUser.require());
        return done(id, "已答复意见", redirect);
    }

    @PostMapping("/{id}/consultation/close")
    @PreAuthorize("hasAuthority('normdocs:document:draft')")
    String close(@PathVariable long id, @RequestParam String summary, RedirectAttributes redirect) {
        lifecycle.closeComment(id, summary, CurrentUser.require());
        return done(id, "征求意见已结束，采纳情况说明已公布", redirect);
    }

    @PostMapping("/{id}/fair-competition-review")
    @PreAuthorize("hasAuthority('normdocs:document:draft')")
    String fair(@PathVariable long id, @RequestParam boolean passes, @RequestParam String note,
                RedirectAttributes redirect) {
        lifecycle.fairReview(id, passes, note, CurrentUser.require());
        return done(id, "已记录公平竞争审查结论", redirect);
    }

    @PostMapping("/{id}/legality-review")
    @PreAuthorize("hasAuthority('normdocs:document:draft')")
    String review(@PathVariable long id, RedirectAttributes redirect) {
        lifecycle.submitReview(id, CurrentUser.require());
        return done(id, "已送请合法性审核", redirect);
    }

    @PostMapping("/{id}/deliberation")
    @PreAuthorize("hasAuthority('normdocs:document:issue')")
    String deliberation(@PathVariable long id, @RequestParam String meeting,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                        @RequestParam(defaultValue = "true") boolean approved, @RequestParam(required = false) String note,
                        RedirectAttributes redirect) {
        lifecycle.deliberate(id, meeting, date, approved, note, CurrentUser.require());
        return done(id, approved ? "已记录集体审议：通过" : "已记录集体审议：未通过", redirect);
    }

    @PostMapping("/{id}/registration")
    @PreAuthorize("hasAuthority('normdocs:document:issue')")
    String registration(@PathVariable long id, @RequestParam String signer,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
                        @RequestParam int validityYears, @RequestParam(required = false) String number,
                        RedirectAttributes redirect) {
        OfficialDocument doc = lifecycle.register(id, new Lifecycle.Registration(signer, issuedOn, effectiveOn,
                validityYears, number), CurrentUser.require());
        return done(id, "已登记编号并生成印发文本", redirect);
    }

    @PostMapping("/{id}/publication")
    @PreAuthorize("hasAuthority('normdocs:document:issue')")
    String publication(@PathVariable long id,
                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
                       @RequestParam String channel, RedirectAttributes redirect) {
        lifecycle.publish(id, publishedOn, channel, CurrentUser.require());
        return done(id, "已公布，报备期限开始计算", redirect);
    }

    @PostMapping("/{id}/filings/{target}/submission")
    @PreAuthorize("hasAuthority('normdocs:document:issue')")
    String file(@PathVariable long id, @PathVariable FilingTarget target,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedOn,
                @RequestParam(required = false) List<String> materials, RedirectAttributes redirect) {
        lifecycle.submitFiling(id, target, submittedOn, materials == null ? List.of() : materials, CurrentUser.require());
        return done(id, "已报" + target.label() + "备案，生成备案报告", redirect);
    }

    @PostMapping("/{id}/filings/{target}/result")
    @PreAuthorize("hasAuthority('normdocs:filing:receipt')")
    String filingResult(@PathVariable long id, @PathVariable FilingTarget target, @RequestParam boolean accepted,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                        @RequestParam String text, RedirectAttributes redirect) {
        lifecycle.recordFilingResult(id, target, accepted, on, text, CurrentUser.require());
        return done(id, accepted ? "已登记准予备案" : "已登记退回补正", redirect);
    }

    @PostMapping("/{id}/evaluations")
    @PreAuthorize("hasAuthority('normdocs:document:issue')")
    String evaluation(@PathVariable long id, @RequestParam EvaluationResult result, @RequestParam String report,
                      RedirectAttributes redirect) {
        lifecycle.evaluate(id, result, report, CurrentUser.require());
        return done(id, "已记录实施后评估，生成评估报告", redirect);
    }

    @PostMapping("/{id}/repeal")
    @PreAuthorize("hasAuthority('normdocs:document:issue')")
    String repeal(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                  @RequestParam String reason, RedirectAttributes redirect) {
        lifecycle.repeal(id, on, reason, false, CurrentUser.require());
        return done(id, "已废止，生成废止决定", redirect);
    }

    @GetMapping("/search")
    @PreAuthorize("hasAuthority('normdocs:document:view')")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String effect,
                  @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
                  Model model) {
        model.addAttribute("q", q);
        model.addAttribute("effect", effect);
        model.addAttribute("year", year);
        model.addAttribute("result", library.searchStaff(CurrentUser.require(), new LibrarySearch.Criteria(q, null, year,
                effect, null, page == null ? 1 : page, 20)));
        return "normdocs/search";
    }

    private static String done(long id, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", message);
        return "redirect:/normdocs/" + id;
    }
}
