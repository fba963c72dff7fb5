package org.fazhi.review;

import org.fazhi.files.OfficialDocument;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
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
    private final Clock clock;

    ReviewPages(ReviewRequests requests, ReviewWork work, ReviewAssistant assistant, ReviewFigures figures,
                OrgDirectory org, Clock clock) {
        this.requests = requests;
        this.work = work;
        this.assistant = assistant;
        this.figures = figures;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping("/requests")
    @PreAuthorize("hasAnyAuthority('review:request:view','review:request:review')")
    String list(@RequestParam(required = false) String keyword, @RequestParam(required = false) String status,
                @RequestParam(required = false) String kind, @RequestParam(required = false) Integer page,
                Model model) {
        CurrentUser user = CurrentUser.require();
        ReviewStatusCode st = status == null || status.isBlank() ? null : ReviewStatusCode.valueOf(status);
        ReviewKind k = kind == null || kind.isBlank() ? null : ReviewKind.valueOf(kind);
        Page<ReviewRequestView> result = work.list(user, new ReviewWork.Filter(keyword, st, k), PageQuery.of(page, 20));
        model.addAttribute("page", result);
        model.addAttribute("keyword", keyword);
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("statuses", ReviewStatusCode.values());
        model.addAttribute("kinds", ReviewKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "review/requests";
    }

    @GetMapping("/requests/new")
    @PreAuthorize("hasAuthority('review:request:submit')")
    String form(Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("units", org.units(user.filter(), 500));
        model.addAttribute("kinds", ReviewKind.values());
        return "review/new";
    }

    @PostMapping("/requests")
    @PreAuthorize("hasAuthority('review:request:submit')")
    String submit(@RequestParam long unitId, @RequestParam ReviewKind kind, @RequestParam String title,
                  @RequestParam String text, @RequestParam(defaultValue = "true") boolean materialsComplete,
                  @RequestParam(required = false) String missingMaterials, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        long id = requests.submit(new ReviewSubmission("review", "direct", "direct-" + user.username() + "-"
                + clock.millis(), unitId, kind, title, text, List.of(), materialsComplete, missingMaterials, null));
        redirect.addFlashAttribute("message", "已送审，审查机构已收件");
        return "redirect:/review/requests/" + id;
    }

    @GetMapping("/requests/{id}")
    @PreAuthorize("hasAnyAuthority('review:request:view','review:request:review')")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.require();
        ReviewRequestView r = work.get(id, user);
        model.addAttribute("r", r);
        model.addAttribute("opinions", work.opinions(id));
        model.addAttribute("stops", requests.stops(id));
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

    @GetMapping("/stats")
    @PreAuthorize("hasAuthority('review:stats:view')")
    String stats(@RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = CurrentUser.require();
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
        model.addAttribute("year", y);
        model.addAttribute("byKind", labelled);
        model.addAttribute("total", byKind.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("opinions", figures.opinions(user.filter(), from, to));
        model.addAttribute("adopted", responses[0]);
        model.addAttribute("partly", responses[1]);
        model.addAttribute("notAdopted", responses[2]);
        model.addAttribute("adoptionRate", answered == 0 ? "无" : String.format("%.2f%%", (responses[0] + responses[1]) * 100.0 / answered));
        model.addAttribute("rows", figures.requestRows(user.filter(), from, to, null, 200));
        return "review/stats";
    }

    private static String done(long id, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", message);
        return "redirect:/review/requests/" + id;
    }
}
