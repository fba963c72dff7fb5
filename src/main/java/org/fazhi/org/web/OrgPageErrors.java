package org.fazhi.org.web;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.shared.BusinessException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders a {@link BusinessException} thrown by an organisation page as a page with its Chinese message and the
 * matching status: a record outside the user's scope is a 404 exactly like a missing one. Form errors that the user
 * can correct are shown on the form by the controllers themselves; this catches the rest. Ordered before any
 * application-wide page handler.
 */
@ControllerAdvice(annotations = OrgPage.class)
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class OrgPageErrors {

    @ExceptionHandler(BusinessException.class)
    ModelAndView rejected(BusinessException e, HttpServletResponse response) {
        response.setStatus(e.kind().httpStatus());
        ModelAndView view = new ModelAndView("org/problem");
        view.addObject("status", e.kind().httpStatus());
        view.addObject("message", e.getMessage());
        return view;
    }
}
