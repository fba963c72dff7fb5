package org.fazhi.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.org.CountySettings;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;


/**
 * Gives every public page — the portal's own and those each case module serves under {@code /portal/...} — the
 * county it speaks for and the navigation of the sections that exist, so that a module adds a public page without
 * touching the portal layout.
 */
@ControllerAdvice
class PortalModelAdvice {

    private final CountySettings county;

    PortalModelAdvice(CountySettings county) {
        this.county = county;
    }

    @ModelAttribute
    void portalModel(HttpServletRequest request, org.springframework.ui.Model model) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/portal") || path.startsWith("/portal/")) {
            model.addAttribute("county", county);
            model.addAttribute("portalSections", PortalSection.ALL.stream().filter(PortalSection::available).toList());
        }
    }
}
