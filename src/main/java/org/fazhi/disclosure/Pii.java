package org.fazhi.disclosure;

import org.jspecify.annotations.Nullable;

/**
 * Masking of an applicant's identity data (个人信息掩码) for users without {@code disclosure:request:pii}
 * (DESIGN §7): an ID number keeps its first 6 and last 4 characters, a phone number its first 3 and last 4.
 */
public final class Pii {

    public static final String PERMISSION = "disclosure:request:pii";

    private Pii() {
    }

    public static @Nullable String idNumber(@Nullable String value) {
        return mask(value, 6, 4);
    }

    public static @Nullable String phone(@Nullable String value) {
        return mask(value, 3, 4);
    }

    static @Nullable String mask(@Nullable String value, int head, int tail) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String v = value.strip();
        if (v.length() <= head + tail) {
            return "*".repeat(v.length());
        }
        return v.substring(0, head) + "*".repeat(v.length() - head - tail) + v.substring(v.length() - tail);
    }
}
