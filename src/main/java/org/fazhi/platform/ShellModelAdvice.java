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

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("currentQuery")
    String currentQuery(HttpServletRequest request) {
        return request.getQueryString();
    }
}
