package org.fazhi.indicators;

import org.jspecify.annotations.Nullable;

/**
 * What a unit types into one field of its form (填报内容): the value or numerator, the denominator of a rate, a rate
 * stated directly when the counts are not at hand, the wording (余/近/约/以上) and a note. Blank fields mean "not
 * reported".
 */
public record FormInput(@Nullable String numerator, @Nullable String denominator, @Nullable String stated,
                        @Nullable String approximation, @Nullable String note) {

    public static FormInput of(String numerator) {
        return new FormInput(numerator, null, null, null, null);
    }

    public static FormInput approx(String numerator, String wording) {
        return new FormInput(numerator, null, null, wording, null);
    }

    public static FormInput rate(String stated) {
        return new FormInput(null, null, stated, null, null);
    }

    public boolean blank() {
        return isBlank(numerator) && isBlank(denominator) && isBlank(stated);
    }

    static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
