package org.fazhi.indicators;

import java.util.List;

/**
 * The SPI through which a module computes its indicators (指标来源). One bean per module; the indicator catalog
 * collects every bean's {@link #definitions()} at start-up and refuses duplicate codes.
 *
 * <p>Both methods must aggregate or page in SQL and apply {@link IndicatorScope#filter()} in the WHERE clause: a
 * source never streams rows into Java to count them (DESIGN §8), and never counts outside the scope it is given.
 */
public interface IndicatorSource {

    /** The indicators this source computes, each with its exact definition. */
    List<IndicatorDefinition> definitions();

    /**
     * Counts one of {@link #definitions()} over a scope and period.
     *
     * @throws IllegalArgumentException when {@code code} is not one of this source's indicators
     */
    IndicatorCount count(String code, IndicatorScope scope, ReportingPeriod period);

    /**
     * The records behind {@link #count}: those counted in the numerator ({@link IndicatorRecord.Part#NUMERATOR}) or the
     * denominator, newest first, at most {@code limit} of them.
     */
    List<IndicatorRecord> records(String code, IndicatorScope scope, ReportingPeriod period,
                                  IndicatorRecord.Part part, int limit);
}
