package org.fazhi.enforcement.internal;

import org.fazhi.org.IdNumbers;
import org.jspecify.annotations.Nullable;

/**
 * Masking of natural persons' personal information in published decisions (公示信息去标识化): identity numbers keep
 * the first 4 and last 4 characters, phone numbers are never shown on the portal, addresses keep the first 6 characters (the
 * administrative area) — 《中华人民共和国个人信息保护法》第五十一条, 国办发〔2018〕118号 (公示不得泄露个人隐私).
 */
public final class Masking {

    private Masking() {
    }

    public static @Nullable String idNumber(@Nullable String value) {
        return value == null ? null : IdNumbers.mask(value);
    }

    public static @Nullable String phone(@Nullable String value) {
        if (value == null || value.length() < 7) {
            return value == null ? null : "****";
        }
        return value.substring(0, 3) + "****" + value.substring(value.length() - 4);
    }

    public static @Nullable String address(@Nullable String value) {
        if (value == null) {
            return null;
        }
        return value.length() <= 6 ? "******" : value.substring(0, 6) + "******";
    }

    /** A natural person's name as the portal shows it: the surname and 某某 (张三 → 张某). */
    public static String personName(String name) {
        if (name.isEmpty()) {
            return name;
        }
        return name.charAt(0) + (name.length() > 2 ? "某某" : "某");
    }

    /** {@code value%} for LIKE with the wildcard characters of the value escaped. */
    public static String likePrefix(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
