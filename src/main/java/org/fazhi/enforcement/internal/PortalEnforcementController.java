package org.fazhi.enforcement.internal;

import org.fazhi.org.CountySettings;
import org.fazhi.shared.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The enforcement section of the public portal (行政执法公示, no login): search of published decisions by party, credit
 * code, decision number, body and date; a decision's page; the published discretion standards and lenient lists; and
 * the same search as JSON at {@code GET /api/v1/portal/enforcement/publicity}.
 */
@Controller
class PortalEnforcementController {

    private final CountySettings county;
    private final PortalPublicity publicity;
    private final RegistryQueries registries;
    private final Clock clock;

    PortalEnforcementController(CountySettings county, PortalPublicity publicity, RegistryQueries registries, Clock clock) {
        this.county = county;
        this.publicity = publicity;
        this.registries = registries;
        this.clock = clock;
    }

    /**
     * The search as JSON: {@code total} counts matches up to 200; {@code more} says that there are more (narrow the
     * search).
     */
    record PublicPage(List<PortalPublicity.PublicDecision> items, long total, boolean more, int page, int size) {
    }

    @GetMapping("/api/v1/portal/enforcement/publicity")
    @ResponseBody
    PublicPage api(@RequestParam(required = false) String q,
                                             @RequestParam(required = false) String county,
                                             @RequestParam(required = false) Long body,
                                             @RequestParam(required = false) String kind,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        PortalPublicity.Found found = publicity.search(county == null ? this.county.code() : county,
                new PortalPublicity.Search(q, body, from, to, kind), page == null ? 1 : page, size == null ? 20 : size);
        Page<PortalPublicity.PublicDecision> p = found.page();
        return new PublicPage(p.items(), p.total(), found.more(), p.page(), p.size());
    }

    @GetMapping("/portal/enforcement")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) Long body,
                  @RequestParam(required = false) String kind,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("county", county);
        model.addAttribute("q", q);
        model.addAttribute("body", body);
        model.addAttribute("kind", kind);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("bodies", publicity.bodies(county.code()));
        model.addAttribute("kinds", RecordKind.values());
        PortalPublicity.Found found = publicity.search(county.code(), new PortalPublicity.Search(q, body, from, to, kind),
                page == null ? 1 : page, 20);
        model.addAttribute("page", found.page());
        model.addAttribute("more", found.more());
        model.addAttribute("capped", Integer.toString(PortalPublicity.COUNT_CAP));
        model.addAttribute("withdrawn", publicity.withdrawn(county.code(), LocalDate.now(clock).minusYears(1)));
        return "enforcement/portal-search";
    }

    @GetMapping("/portal/enforcement/decisions/{id}")
    String decision(@PathVariable long id, Model model) {
        model.addAttribute("county", county);
        model.addAttribute("d", publicity.decision(county.code(), id));
        return "enforcement/portal-decision";
    }

    @GetMapping("/portal/enforcement/standards")
    String standards(Model model) {
        model.addAttribute("county", county);
        model.addAttribute("sets", registries.publishedStandardSets(county.code()));
        return "enforcement/portal-standards";
    }

    @GetMapping("/portal/enforcement/standards/{id}")
    String standard(@PathVariable long id, Model model) {
        model.addAttribute("county", county);
        model.addAttribute("set", registries.standardSet(id, null, county.code()));
        model.addAttribute("items", registries.standardItems(id, county.code()));
        return "enforcement/portal-standard";
    }
}
