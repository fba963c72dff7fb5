package org.fazhi.normdocs;

import jakarta.servlet.http.HttpSession;
import org.fazhi.org.Captchas;
import org.fazhi.org.CountySettings;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public library (行政规范性文件库) on the portal, no login: published documents with full text and history, full-text
 * search, drafts open for public comment (with the comment form), and published clean-up results. Drafts and
 * unpublished documents are never shown here.
 */
@Controller
@RequestMapping("/portal/normdocs")
class NormdocPortal {

    private final CountySettings county;
    private final NormdocStore store;
    private final Library library;
    private final Lifecycle lifecycle;
    private final Cleanups cleanups;
    private final Captchas captchas;

    NormdocPortal(CountySettings county, NormdocStore store, Library library, Lifecycle lifecycle, Cleanups cleanups,
                  Captchas captchas) {
        this.county = county;
        this.store = store;
        this.library = library;
        this.lifecycle = lifecycle;
        this.cleanups = cleanups;
        this.captchas = captchas;
    }

    @GetMapping
    String library(@RequestParam(required = false) String q, @RequestParam(required = false) String issuer,
                   @RequestParam(required = false) Integer year, @RequestParam(required = false) String effect,
                   @RequestParam(required = false) String number, @RequestParam(required = false) Integer page,
                   Model model) {
        boolean searching = (q != null && !q.isBlank()) || (issuer != null && !issuer.isBlank()) || year != null
                || (number != null && !number.isBlank());
        model.addAttribute("q", q);
        model.addAttribute("issuer", issuer);
        model.addAttribute("year", year);
        model.addAttribute("effect", effect);
        model.addAttribute("number", number);
        model.addAttribute("searching", searching);
        if (searching) {
            model.addAttribute("result", library.searchPublic(county.code(), new LibrarySearch.Criteria(q, issuer, year,
                    effect, number, page == null ? 1 : page, 20)));
        } else {
            model.addAttribute("page", store.library(county.code(), effect, PageQuery.of(page, 20)));
        }
        model.addAttribute("today", lifecycle.today());
        model.addAttribute("consultations", store.commenting(county.code()));
        model.addAttribute("cleanups", cleanups.published(county.code()));
        return "portal/normdocs";
    }

    @GetMapping("/{id}")
    String document(@PathVariable long id, Model model) {
        NormDocument d = store.published(county.code(), id)
                .orElseThrow(() -> BusinessException.notFound("文件不存在或尚未公布"));
        model.addAttribute("d", d);
        model.addAttribute("effect", d.effect(lifecycle.today()));
        model.addAttribute("text", store.currentText(d));
        model.addAttribute("supersedes", d.supersedesId() == null ? null : store.published(county.code(), d.supersedesId()).orElse(null));
        model.addAttribute("supersededBy", d.supersededById() == null ? null : store.published(county.code(), d.supersededById()).orElse(null));
        return "portal/normdoc";
    }

    @GetMapping("/consultations/{id}")
    String consultation(@PathVariable long id, Model model) {
        NormDocument d = store.commenting(county.code()).stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> BusinessException.notFound("该文件不在公开征求意见期间内"));
        model.addAttribute("d", d);
        model.addAttribute("text", store.currentText(d));
        return "portal/normdoc-consultation";
    }

    @PostMapping("/consultations/{id}/comments")
    String comment(@PathVariable long id, @RequestParam String commenter,
                   @RequestParam(defaultValue = "false") boolean business, @RequestParam String content,
                   @RequestParam(required = false) String captcha, HttpSession session, RedirectAttributes redirect) {
        captchas.verify(session, captcha);
        lifecycle.addPublicComment(county.code(), id, commenter, business, content);
        redirect.addFlashAttribute("message", "意见已提交，感谢您的参与。起草单位将逐条研究并公布采纳情况。");
        return "redirect:/portal/normdocs/consultations/" + id;
    }

    @GetMapping("/cleanups/{id}")
    String cleanup(@PathVariable long id, Model model) {
        Cleanups.Campaign c = cleanups.publishedCampaign(county.code(), id);
        model.addAttribute("c", c);
        model.addAttribute("items", cleanups.items(id));
        return "portal/normdoc-cleanup";
    }
}
