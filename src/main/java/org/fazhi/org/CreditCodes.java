package org.fazhi.org;

import java.util.Locale;
import java.util.Optional;

/**
 * Unified social credit codes (统一社会信用代码) per GB 32100-2015: registration authority (1), organisation category (1),
 * 行政区划代码 of the registering authority (6), the organisation's identifier (9) and a check character (1). Characters
 * are digits and upper-case letters without I, O, Z, S and V; the check character is {@code 31 - (Σ Ci × Wi mod 31)}.
 *
 * @see <a href="https://openstd.samr.gov.cn/">GB 32100-2015《法人和其他组织统一社会信用代码编码规则》</a>
 */
public final class CreditCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    public static String normalize(String value) {
        return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("需要 17 位本体代码");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("字符不在 GB 32100 字符集内：" + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * Why the value is not a valid credit code, or empty when it is.
     *
     * @param value a normalized value (see {@link #normalize(String)}), not blank
     */
    public static Optional<String> problem(String value) {
        if (value == null || value.length() != 18) {
            return Optional.of("统一社会信用代码应为18位");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                return Optional.of("统一社会信用代码第" + (i + 1) + "位“" + value.charAt(i)
                        + "”不是允许的字符（数字或除 I、O、Z、S、V 外的大写字母）");
            }
        }
        if (!value.substring(2, 8).matches("\\d{6}")) {
            return Optional.of("统一社会信用代码第3至8位应为登记管理机关行政区划码（6位数字）");
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            return Optional.of("统一社会信用代码校验码不正确（GB 32100），请核对");
        }
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return problem(normalize(value)).isEmpty();
    }
}
