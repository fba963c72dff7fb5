package org.fazhi.indicators;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One indicator's figure for a scope and year (指标值), compared with last year and the target.
 *
 * @param id              value id for drill-down: {@code <scope key>-<year>}, e.g. {@code county-990121-2024}
 * @param code            indicator code
 * @param name            indicator name
 * @param scope           the scope's name (示范县, 县司法局)
 * @param year            statistical year
 * @param origin          where this year's figure comes from: computed, or reported (also for a computed indicator in
 *                        a year before its transition year, when units reported it)
 * @param value           the figure as defined, rounded; {@code null} when nothing to measure or nothing reported
 * @param numerator       the raw numerator (count, or sum of reported numerators)
 * @param denominator     the raw denominator of a rate, when known
 * @param approximation   how exactly the figure is known (reported 余/近/约/以上)
 * @param figure          the figure in Chinese prose (16件, 1.34万余件, 100%), or 无
 * @param lastYear        last year's figure
 * @param lastYearFigure  last year's figure in prose
 * @param change          the change on last year in the definition's kind (%, difference or points)
 * @param changeText      the change in prose (同比增长50%)
 * @param target          the target in prose (达到100%)
 * @param targetMet       whether the figure meets the target
 * @param reported        for a computed indicator: the figure units reported for the same year (过渡年度比对)
 * @param reportedFigure  that figure in prose
 * @param contributors    number of approved forms (reported) that make up the figure
 * @param computedFigure  for a computed indicator units also reported: the module's count in prose
 * @param difference      computed minus reported (件 or percentage points)
 * @param differenceText  that difference in prose (计算值比填报值少1件, 计算值与填报值一致)
 */
public record IndicatorValue(String id, String code, String name, String scope, int year, CatalogEntry.Origin origin,
                             @Nullable BigDecimal value, @Nullable BigDecimal numerator,
                             @Nullable BigDecimal denominator, Approximation approximation, String figure,
                             @Nullable BigDecimal lastYear, @Nullable String lastYearFigure,
                             @Nullable BigDecimal change, @Nullable String changeText, @Nullable String target,
                             @Nullable Boolean targetMet, @Nullable BigDecimal reported,
                             @Nullable String reportedFigure, int contributors, @Nullable String computedFigure,
                             @Nullable BigDecimal difference,
                             @Nullable String differenceText) {

    public boolean known() {
        return value != null;
    }
}
