package org.fazhi.shared;

/**
 * A rejected request (业务校验失败) whose message is the Chinese text shown to the user.
 *
 * <p>Thrown before anything changes, so a rejected request leaves no trace but its audit entry. The web layer turns it
 * into a {@code ProblemDetail} (API) or a form error (pages) carrying {@link #getMessage()} as its detail.
 */
public class BusinessException extends RuntimeException {

    private final Kind kind;

    public BusinessException(Kind kind, String chineseMessage) {
        super(chineseMessage);
        this.kind = kind;
    }

    public static BusinessException invalid(String chineseMessage) {
        return new BusinessException(Kind.INVALID, chineseMessage);
    }

    public static BusinessException notFound(String chineseMessage) {
        return new BusinessException(Kind.NOT_FOUND, chineseMessage);
    }

    public static BusinessException conflict(String chineseMessage) {
        return new BusinessException(Kind.CONFLICT, chineseMessage);
    }

    public static BusinessException forbidden(String chineseMessage) {
        return new BusinessException(Kind.FORBIDDEN, chineseMessage);
    }

    public Kind kind() {
        return kind;
    }

    /** What went wrong, mapped to an HTTP status by the web layer. */
    public enum Kind {
        /** 输入不合法 (400). */
        INVALID(400),
        /** 对象不存在或不在本人数据范围内 (404): another unit's record looks exactly like a missing one. */
        NOT_FOUND(404),
        /** 与现有数据冲突 (409), e.g. a duplicate import. */
        CONFLICT(409),
        /** 无权限 (403). */
        FORBIDDEN(403);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }
}
