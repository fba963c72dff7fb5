package org.fazhi.audit;

import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/**
 * Masks personal identifiers that slipped into audit text (敏感个人信息脱敏, DESIGN §7; 《中华人民共和国个人信息保护法》
 * 第二十八条、第五十一条). Publishers must not put PII into summaries at all; this is the safety net, applied before
 * an entry is hashed so that the unmasked number is never stored.
 *
 * <ul>
 *   <li>an 18-character 公民身份号码 keeps its first six and last four characters: {@code 110101********123X};</li>
 *   <li>an 11-digit mainland mobile number (optionally {@code +86}-prefixed) keeps its first three and last four digits:
 *       {@code 138****5678}.</li>
 * </ul>
 * A number only counts when it is not part of a longer run of digits.
 */
final class PiiMasking {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<!\\d)(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9Xx])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)((?:\\+?86[- ]?)?1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");

    private PiiMasking() {
    }

    static @Nullable String mask(@Nullable String text) {
        if (text == null || text.length() < 11) {
            return text;
        }
        String masked = ID_NUMBER.matcher(text).replaceAll("$1********$2");
        return MOBILE.matcher(masked).replaceAll("$1****$2");
    }
}
