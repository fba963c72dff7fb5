package org.fazhi.portal;

import org.fazhi.org.CountySettings;
import org.fazhi.org.PublicOrgQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public portal (公开门户), no login: the county's public lists. Case modules add their sections (documents library,
 * applications, annual reports) as they land.
 */
@Controller
@RequestMapping("/portal")
class PortalController {

    private final CountySettings county;
    private final PublicOrgQueries org;

    PortalController(CountySettings county, PublicOrgQueries org) {
        this.county = county;
        this.org = org;
    }

    @GetMapping
    String home(Model model) {
        model.addAttribute("enforcementCount", org.enforcementBodies(county.code()).size());
        model.addAttribute("issuerCount", org.normativeDocumentIssuers(county.code()).size());
        model.addAttribute("sections", PortalSection.ALL);
        return "portal/home";
    }

    @GetMapping("/enforcement-bodies")
    String enforcementBodies(Model model) {
        model.addAttribute("units", org.enforcementBodies(county.code()));
        model.addAttribute("titleKey", "portal.enforcementBodies");
        return "portal/units";
    }

    @GetMapping("/issuers")
    String issuers(Model model) {
        model.addAttribute("units", org.normativeDocumentIssuers(county.code()));
        model.addAttribute("titleKey", "portal.issuers");
        return "portal/units";
    }
}
