package org.fazhi.indicators;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * An indicator as the catalog knows it (指标目录条目): its exact definition, where its figure comes from, and the
 * rules forms and reports check it against.
 *
 * @param definition     the definition (from the computing module, or from the reported catalog)
 * @param origin         computed by a module's {@link IndicatorSource}, or reported by units (填报)
 * @param partOf         the whole this indicator is a disjoint part of (分项 ≤ 总数, Σ 分项 ≤ 总数), if any
 * @param min            lowest value a form accepts
 * @param max            highest value a form accepts (100 for rates), if bounded
 * @param targetOperator how the target is stated, if there is one
 * @param targetValue    the target
 * @param sortOrder      order within the catalog
 */
public record CatalogEntry(IndicatorDefinition definition, Origin origin, @Nullable String partOf, BigDecimal min,
                           @Nullable BigDecimal max, @Nullable TargetOperator targetOperator,
                           @Nullable BigDecimal targetValue, int sortOrder) {

    /** Where a figure comes from (数据来源). */
    public enum Origin {
        COMPUTED("系统计算"), REPORTED("单位填报");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public String code() {
        return definition.code();
    }

    public String name() {
        return definition.name();
    }

    public boolean isRate() {
        return definition.measure() == IndicatorDefinition.Measure.RATE;
    }

    /** The target as reports write it (达到100%), or {@code null}. */
    public @Nullable String targetText() {
        if (targetOperator == null || targetValue == null) {
            return null;
        }
        return targetOperator.word() + IndicatorText.number(targetValue, definition) + definition.unitWord();
    }

    /** Whether the value meets the target; {@code null} without a target or a value. */
    public @Nullable Boolean targetMet(@Nullable BigDecimal value) {
        if (targetOperator == null || targetValue == null || value == null) {
            return null;
        }
        return targetOperator.met(value, targetValue);
    }
}
