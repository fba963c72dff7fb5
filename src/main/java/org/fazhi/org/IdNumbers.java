package org.fazhi.org;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Citizen identity numbers (公民身份号码) per GB 11643-1999: six digits of the 行政区划代码 where the number was first
 * issued, the birth date {@code yyyyMMdd}, a three-digit sequence (odd for men, even for women) and a check character
 * computed under ISO 7064 MOD 11-2.
 *
 * @see <a href="https://openstd.samr.gov.cn/">GB 11643-1999《公民身份号码》</a>
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private IdNumbers() {
    }

    /** Trims and upper-cases a trailing {@code x}; {@code null} stays {@code null}. */
    public static String normalize(String value) {
        return value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** The check character for the first 17 digits (GB 11643-1999 §7.4). */
    public static char checkCharacter(String first17) {
        if (first17 == null || !first17.matches("\\d{17}")) {
            throw new IllegalArgumentException("需要 17 位数字本体码");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /**
     * Why the value is not a valid identity number, or empty when it is.
     *
     * @param value a normalized value (see {@link #normalize(String)}), not blank
     */
    public static Optional<String> problem(String value) {
        if (value == null || !value.matches("\\d{17}[\\dX]")) {
            return Optional.of("身份证号应为18位，前17位为数字，末位为数字或X");
        }
        try {
            LocalDate.parse(value.substring(6, 14), BIRTH);
        } catch (DateTimeParseException e) {
            return Optional.of("身份证号中的出生日期“" + value.substring(6, 14) + "”不是有效日期");
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            return Optional.of("身份证号校验码不正确（GB 11643），请核对");
        }
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return problem(normalize(value)).isEmpty();
    }

    /** Gender encoded in the sequence digit: odd is 男, even is 女. */
    public static String gender(String validNumber) {
        return (validNumber.charAt(16) - '0') % 2 == 1 ? "男" : "女";
    }

    /** Masks all but the first 4 and last 4 characters (个人信息脱敏), e.g. {@code 9901**********1234}. */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (value.length() <= 8) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }
}
