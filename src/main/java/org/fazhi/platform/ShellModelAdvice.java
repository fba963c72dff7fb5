package org.fazhi.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page what the shell needs: the current path (to highlight the menu entry) and query (for the shared
 * pager's links).
 */
@ControllerAdvice
class ShellModelAdvice {

    private final PageLinks pageLinks;

    ShellModelAdvice(PageLinks pageLinks) {
        this.pageLinks = pageLinks;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Model attribute rather than {@code @pageLinks}: Thymeleaf 3.1 refuses bean references inside link URLs. */
    @ModelAttribute("pageLinks")
    PageLinks pageLinks() {
        return pageLinks;
    }

    @ModelAttribute("currentQuery")
    String currentQuery(HttpServletRequest request) {
        return request.getQueryString();
    }
}
