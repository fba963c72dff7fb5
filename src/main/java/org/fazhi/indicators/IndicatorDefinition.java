package org.fazhi.indicators;

import java.math.RoundingMode;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an indicator means (指标定义), stated exactly enough that two people counting by hand get the same figure.
 *
 * @param code        stable code, upper snake case with the family prefix (e.g. {@code RECON_CORRECTION_RATE})
 * @param name        Chinese name as reports write it (纠错率)
 * @param family      the family it is reported under
 * @param measure     count, amount or rate
 * @param unitWord    measure word or unit as written in reports: 件, 项, 名, 次, 人, 学时, 元, 万元, %
 * @param numerator   what is counted (分子) — for a count, the count itself
 * @param denominator what it is divided by (分母); {@code null} unless {@link Measure#RATE}
 * @param basis       where practice differs, the basis chosen and why (口径), e.g. "÷ 审结 (全国通行口径)"
 * @param precision   decimal places shown
 * @param rounding    {@link RoundingMode#HALF_UP} (四舍五入) or {@link RoundingMode#DOWN} (截断)
 * @param change      how the year-on-year change is expressed
 * @param levels      the levels at which the indicator is meaningful
 * @param citation    the rule or document that requires it, if any
 */
public record IndicatorDefinition(String code, String name, IndicatorFamily family, Measure measure, String unitWord,
                                  String numerator, @Nullable String denominator, @Nullable String basis,
                                  int precision, RoundingMode rounding, ChangeKind change, Set<Level> levels,
                                  @Nullable String citation) {

    public IndicatorDefinition {
        Objects.requireNonNull(code);
        if (!code.matches("[A-Z][A-Z0-9_]{2,63}")) {
            throw new IllegalArgumentException("indicator code must be upper snake case: " + code);
        }
        if ((measure == Measure.RATE) != (denominator != null)) {
            throw new IllegalArgumentException(code + ": a rate needs a denominator and only a rate has one");
        }
        if (precision < 0 || precision > 4) {
            throw new IllegalArgumentException(code + ": precision must be 0..4");
        }
        levels = Set.copyOf(levels);
    }

    /** A count (件/项/名/次) at every level, compared year on year as a percentage. */
    public static IndicatorDefinition count(String code, String name, IndicatorFamily family, String unitWord,
                                            String numerator, @Nullable String citation) {
        return new IndicatorDefinition(code, name, family, Measure.COUNT, unitWord, numerator, null, null, 0,
                RoundingMode.HALF_UP, ChangeKind.PERCENT, Set.of(Level.values()), citation);
    }

    /** A rate in per cent with two decimals rounded half up, compared year on year in percentage points. */
    public static IndicatorDefinition rate(String code, String name, IndicatorFamily family, String numerator,
                                           String denominator, @Nullable String basis, @Nullable String citation) {
        return new IndicatorDefinition(code, name, family, Measure.RATE, "%", numerator, denominator, basis, 2,
                RoundingMode.HALF_UP, ChangeKind.POINTS, Set.of(Level.values()), citation);
    }

    /** Kinds of figure. */
    public enum Measure {
        /** 数量: a whole count of records. */
        COUNT,
        /** 金额或时长: a sum (元, 学时). */
        AMOUNT,
        /** 比率: numerator ÷ denominator × 100. */
        RATE
    }

    /** How a year-on-year change is stated (同比). */
    public enum ChangeKind {
        /** 同比增长 x%: relative change. */
        PERCENT,
        /** 增加 n 件: absolute difference. */
        DIFFERENCE,
        /** 提高 x 个百分点: difference of two rates. */
        POINTS
    }

    /** Levels of the administrative hierarchy an indicator is computed for (适用层级). */
    public enum Level {
        UNIT("单位"), TOWNSHIP("乡镇（街道）"), COUNTY("县（区）"), PROVINCE("省");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
