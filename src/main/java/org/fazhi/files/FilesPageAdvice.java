package org.fazhi.files;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.shared.BusinessException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows a rejected page request as the error page with the rejection's status, so that another unit's attachment or
 * document is a plain 404 (不在数据范围内的记录与不存在的记录一样).
 */
@ControllerAdvice(assignableTypes = {AttachmentsPageController.class, DocumentsPageController.class})
class FilesPageAdvice {

    @ExceptionHandler(BusinessException.class)
    ModelAndView rejected(BusinessException e, HttpServletResponse response) {
        response.setStatus(e.kind().httpStatus());
        ModelAndView view = new ModelAndView("error/error");
        view.addObject("status", e.kind().httpStatus());
        view.addObject("detail", e.getMessage());
        return view;
    }
}
