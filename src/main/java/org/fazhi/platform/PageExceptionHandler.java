package org.fazhi.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.shared.BusinessException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A rejected request on a page (not handled by the page's own form) shows the error page with the rule's Chinese
 * message and the matching status: another unit's record is a 404 like a missing one.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(BusinessException.class)
    String business(BusinessException e, Model model, HttpServletResponse response) {
        response.setStatus(e.kind().httpStatus());
        model.addAttribute("status", e.kind().httpStatus());
        model.addAttribute("message", e.getMessage());
        return "error";
    }

    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    String duplicate(Model model, HttpServletResponse response) {
        response.setStatus(409);
        model.addAttribute("status", 409);
        model.addAttribute("message", ApiExceptionHandler.DUPLICATE);
        return "error";
    }
}
