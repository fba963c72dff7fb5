package org.fazhi.org;

import java.util.Optional;

/** Mainland mobile numbers (手机号码): 11 digits beginning with 13 to 19. */
public final class Mobiles {

    private Mobiles() {
    }

    public static String normalize(String value) {
        return value == null ? null : value.trim().replace(" ", "").replace("-", "");
    }

    public static Optional<String> problem(String value) {
        if (value == null || !value.matches("1[3-9]\\d{9}")) {
            return Optional.of("手机号应为以13至19开头的11位数字");
        }
        return Optional.empty();
    }

    /** Masks the middle four digits (个人信息脱敏), e.g. {@code 139****1234}. */
    public static String mask(String value) {
        if (value == null || value.length() < 7) {
            return value == null ? null : "*".repeat(value.length());
        }
        return value.substring(0, 3) + "****" + value.substring(7);
    }
}
