package org.fazhi.platform;

import org.fazhi.shared.BusinessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.util.stream.Collectors;

/**
 * Turns every API error into a {@link ProblemDetail} whose {@code detail} is Chinese (DESIGN §6). Applies to
 * {@code @RestController}s; pages get {@code templates/error/*.html}.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    @ExceptionHandler(BusinessException.class)
    ProblemDetail business(BusinessException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.kind().httpStatus()), e.getMessage());
    }

    /** Two users racing for the same unique value (username, unit name, 代字 …): the loser is told, nothing changed. */
    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ProblemDetail duplicate(org.springframework.dao.DuplicateKeyException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, DUPLICATE);
    }

    static final String DUPLICATE = "与已有记录重复（可能刚被他人录入），请刷新后核对";

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "参数“" + e.getName() + "”的值“" + e.getValue() + "”格式不正确" + hint(e.getRequiredType()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "缺少参数“" + e.getParameterName() + "”");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + "：" + f.getDefaultMessage()).collect(Collectors.joining("；"));
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "输入不合法：" + detail);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求内容不是合法的 JSON 或字段格式不正确");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "上传文件超过大小限制");
    }

    @ExceptionHandler(org.springframework.web.HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(org.springframework.web.HttpRequestMethodNotSupportedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED, ChineseStatus.detail(HttpStatus.METHOD_NOT_ALLOWED));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail denied(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "无权执行此操作");
    }

    private static String hint(Class<?> type) {
        if (type == null) {
            return "";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "，日期应为 YYYY-MM-DD";
            case "Integer", "int", "Long", "long" -> "，应为整数";
            default -> type.isEnum() ? "，可选值：" + java.util.Arrays.toString(type.getEnumConstants()) : "";
        };
    }
}
