package org.fazhi.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The raw figures of one indicator (统计结果): the numerator and, for a rate, the denominator, as SQL returned them.
 * Rounding happens once, here, by the definition's precision and mode, so that every page and report shows the same.
 */
public record IndicatorCount(BigDecimal numerator, @Nullable BigDecimal denominator) {

    public static IndicatorCount of(long count) {
        return new IndicatorCount(BigDecimal.valueOf(count), null);
    }

    public static IndicatorCount rate(long numerator, long denominator) {
        return new IndicatorCount(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /**
     * The value as the definition states it: the count, or numerator ÷ denominator × 100 rounded; {@code null} for a
     * rate whose denominator is zero (nothing to measure — reports say 无, never 0% or 100%).
     */
    public @Nullable BigDecimal value(IndicatorDefinition definition) {
        if (definition.measure() != IndicatorDefinition.Measure.RATE) {
            return numerator.setScale(definition.precision(), definition.rounding());
        }
        if (denominator == null || denominator.signum() == 0) {
            return null;
        }
        // Divide with spare digits first so that truncation (截断) cuts the true quotient, not a rounded one.
        BigDecimal exact = numerator.multiply(BigDecimal.valueOf(100))
                .divide(denominator, definition.precision() + 6, RoundingMode.DOWN);
        return exact.setScale(definition.precision(), definition.rounding());
    }
}
