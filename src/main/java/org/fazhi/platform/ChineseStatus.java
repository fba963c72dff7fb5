package org.fazhi.platform;

import org.springframework.http.HttpStatus;

/** Chinese wording of the HTTP statuses a user may meet. */
final class ChineseStatus {

    private ChineseStatus() {
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "请求内容不正确，请检查后重试";
            case UNAUTHORIZED -> "未登录或令牌无效，请先获取令牌";
            case FORBIDDEN -> "无权执行此操作";
            case NOT_FOUND -> "请求的地址或记录不存在，或不在您的数据范围内";
            case METHOD_NOT_ALLOWED -> "不支持该请求方法";
            case CONFLICT -> "与现有数据冲突";
            case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> "上传内容超过大小限制";
            case UNSUPPORTED_MEDIA_TYPE -> "不支持的内容类型";
            case TOO_MANY_REQUESTS -> "访问过于频繁，请稍后再试";
            default -> status.is5xxServerError() ? "系统出现错误，请稍后再试；如持续出现请联系管理员" : "请求未能完成";
        };
    }
}
