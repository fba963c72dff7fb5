package org.fazhi.reconsideration;

import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 行政复议委员会与专家库 page. */
@Controller
@RequestMapping("/reconsideration/committee")
class CommitteePages {

    private final Committee committee;

    CommitteePages(Committee committee) {
        this.committee = committee;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('reconsideration:case:handle')")
    String page(Model model) {
        model.addAttribute("members", committee.members(CurrentUser.require().countyCode(), false));
        return "reconsideration/committee";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('reconsideration:case:handle')")
    String add(@RequestParam(required = false) String kind, @RequestParam(required = false) String name,
               @RequestParam(required = false) String organisation, @RequestParam(required = false) String expertise,
               RedirectAttributes redirect) {
        try {
            committee.add(CurrentUser.require().countyCode(), kind, name, organisation, expertise, Actor.current());
            redirect.addFlashAttribute("message", "已登记");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reconsideration/committee";
    }

    @PostMapping("/{id}/leave")
    @PreAuthorize("hasAuthority('reconsideration:case:handle')")
    String leave(@PathVariable long id, RedirectAttributes redirect) {
        committee.deactivate(CurrentUser.require().countyCode(), id, Actor.current());
        redirect.addFlashAttribute("message", "已退出");
        return "redirect:/reconsideration/committee";
    }
}
