package org.fazhi.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * Figures in Chinese prose (数字的中文表述), the one place that decides how a value is written in pages, exports and
 * reports: whole counts without separators (16件), counts of ten thousand and more that are round to the hundred in
 * 万 (1.34万余件, 2.1万条), rates with the definition's precision and trailing zeros dropped (100%, 10.1%, 97.62%),
 * year-on-year change as the definition says (同比增长50%, 同比增加3件, 同比下降6个百分点).
 */
public final class IndicatorText {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorText() {
    }

    /** The number alone, rounded by the definition, without measure word. */
    public static String number(BigDecimal value, IndicatorDefinition definition) {
        BigDecimal rounded = value.setScale(definition.precision(), definition.rounding());
        if (definition.measure() != IndicatorDefinition.Measure.RATE && rounded.abs().compareTo(TEN_THOUSAND) >= 0
                && rounded.remainder(HUNDRED).signum() == 0) {
            return plain(rounded.divide(TEN_THOUSAND)) + "万";
        }
        return plain(rounded);
    }

    /** The figure with its measure word and wording: 16件, 1.34万余件, 100%, 近百件. */
    public static String figure(BigDecimal value, IndicatorDefinition definition, Approximation approximation) {
        return approximation.wrap(number(value, definition), definition.unitWord());
    }

    /**
     * The computed figure against the figure units reported for the same year (过渡年度比对): 一致, or by how much the
     * module's count is higher or lower (件 for counts, 个百分点 for rates), with the reported figure's wording noted.
     */
    public static String difference(BigDecimal computed, BigDecimal reported, IndicatorDefinition definition,
                                    Approximation reportedWording) {
        BigDecimal diff = computed.setScale(definition.precision(), definition.rounding())
                .subtract(reported.setScale(definition.precision(), definition.rounding()));
        if (diff.signum() == 0) {
            return reportedWording == Approximation.EXACT ? "计算值与填报值一致" : "计算值与填报的约数相同";
        }
        boolean rate = definition.measure() == IndicatorDefinition.Measure.RATE;
        String amount = plain(diff.abs()) + (rate ? "个百分点" : definition.unitWord());
        String text = "计算值比填报值" + (diff.signum() > 0 ? (rate ? "高" : "多") : (rate ? "低" : "少")) + amount;
        return reportedWording == Approximation.EXACT ? text : text + "（填报值为约数）";
    }

    /** The figure, or 无 when there is nothing to measure (a rate over zero cases). */
    public static String figureOrNone(@Nullable BigDecimal value, IndicatorDefinition definition,
                                      Approximation approximation) {
        return value == null ? "无" : figure(value, definition, approximation);
    }

    /**
     * The change on last year as the definition states it; {@code null} when last year is unknown, or for a
     * percentage when last year was zero (no percentage of nothing: the difference is stated instead).
     */
    public static @Nullable String change(@Nullable BigDecimal current, @Nullable BigDecimal last,
                                          IndicatorDefinition definition) {
        BigDecimal delta = change(current, last, definition.change(), definition.precision());
        if (delta == null) {
            if (current != null && last != null && last.signum() == 0) {
                return change(current, last, withChange(definition, IndicatorDefinition.ChangeKind.DIFFERENCE));
            }
            return null;
        }
        if (delta.signum() == 0) {
            return "与上年持平";
        }
        String up = delta.signum() > 0 ? "增长" : "下降";
        String more = delta.signum() > 0 ? "增加" : "减少";
        BigDecimal abs = delta.abs();
        return switch (definition.change()) {
            case PERCENT -> "同比" + up + plain(abs) + "%";
            case POINTS -> "同比" + (delta.signum() > 0 ? "提高" : "下降") + plain(abs) + "个百分点";
            case DIFFERENCE -> "同比" + more + number(abs, definition) + definition.unitWord();
        };
    }

    /**
     * The change as a number: per cent (two decimals, half up), percentage points or difference; {@code null} when
     * either value is unknown or a percentage of zero is asked for.
     */
    public static @Nullable BigDecimal change(@Nullable BigDecimal current, @Nullable BigDecimal last,
                                              IndicatorDefinition.ChangeKind kind, int precision) {
        if (current == null || last == null) {
            return null;
        }
        return switch (kind) {
            case PERCENT -> last.signum() == 0 ? null
                    : current.subtract(last).multiply(HUNDRED).divide(last.abs(), 2, RoundingMode.HALF_UP);
            case POINTS -> current.subtract(last).setScale(Math.max(precision, 2), RoundingMode.HALF_UP);
            case DIFFERENCE -> current.subtract(last);
        };
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0, RoundingMode.UNNECESSARY);
        }
        return stripped.toPlainString();
    }

    private static IndicatorDefinition withChange(IndicatorDefinition d, IndicatorDefinition.ChangeKind kind) {
        return new IndicatorDefinition(d.code(), d.name(), d.family(), d.measure(), d.unitWord(), d.numerator(),
                d.denominator(), d.basis(), d.precision(), d.rounding(), kind, d.levels(), d.citation());
    }
}
