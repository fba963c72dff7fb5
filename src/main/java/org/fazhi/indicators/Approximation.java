package org.fazhi.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How exactly a figure is stated (约数表述). Reports write 2700余件, 近百件, 约30人, 200处以上 when the exact count is not
 * known or not wanted; each wording promises something about the exact value, which the consistency check tests.
 */
public enum Approximation {
    /** 准确数. */
    EXACT(""),
    /** 余/多: more than the stated figure ("2700余件" means more than 2700, fewer than 2800). */
    MORE_THAN("余"),
    /** 近: somewhat fewer than the stated figure, within a tenth. */
    NEARLY("近"),
    /** 约: close to the stated figure, within a tenth either way. */
    ABOUT("约"),
    /** 以上: at least the stated figure. */
    AT_LEAST("以上");

    private final String word;

    Approximation(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Parses the Chinese word (余, 多, 近, 约, 以上) or the constant name; blank is {@link #EXACT}. */
    public static Approximation parse(String text) {
        if (text == null || text.isBlank()) {
            return EXACT;
        }
        String t = text.trim();
        if ("多".equals(t)) {
            return MORE_THAN;
        }
        for (Approximation a : values()) {
            if (a.word.equals(t) || a.name().equalsIgnoreCase(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException("无法识别的约数表述：" + text);
    }

    /** Puts the wording around a number with its measure word: 2700余件, 近100件, 约30人, 200处以上. */
    public String wrap(String number, String unitWord) {
        return switch (this) {
            case EXACT -> number + unitWord;
            case MORE_THAN -> number + "余" + unitWord;
            case NEARLY -> "近" + number + unitWord;
            case ABOUT -> "约" + number + unitWord;
            case AT_LEAST -> number + unitWord + "以上";
        };
    }

    /**
     * Whether stating {@code stated} with this wording is true of the exact value {@code exact} (e.g. 2700余 is true of
     * 2743, false of 2650 and of 2800). 余 allows up to the next step of the stated figure's last significant digit.
     */
    public boolean holdsFor(BigDecimal stated, BigDecimal exact) {
        return switch (this) {
            case EXACT -> stated.compareTo(exact) == 0;
            case MORE_THAN -> exact.compareTo(stated) > 0 && exact.compareTo(stated.add(step(stated))) < 0;
            case AT_LEAST -> exact.compareTo(stated) >= 0;
            case NEARLY -> exact.compareTo(stated) < 0
                    && exact.compareTo(stated.multiply(new BigDecimal("0.9"))) >= 0;
            case ABOUT -> exact.subtract(stated).abs().compareTo(stated.abs().multiply(new BigDecimal("0.1"))) <= 0;
        };
    }

    /** The place value of the last non-zero digit: 2700 → 100, 360 → 10, 16 → 1, 1.34 → 0.01. */
    static BigDecimal step(BigDecimal stated) {
        BigDecimal stripped = stated.stripTrailingZeros();
        return BigDecimal.ONE.scaleByPowerOfTen(-stripped.scale()).setScale(Math.max(0, stripped.scale()),
                RoundingMode.UNNECESSARY);
    }
}
