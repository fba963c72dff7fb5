package org.fazhi.indicators;

import java.time.LocalDate;

/**
 * The period an indicator is counted over (统计期间), both ends inclusive. Annual reports count the calendar year.
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

    public ReportingPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + ".." + to);
        }
    }

    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The same span one year earlier, for 同比. */
    public ReportingPeriod previousYear() {
        return new ReportingPeriod(from.minusYears(1), to.minusYears(1));
    }

    /** Exclusive upper bound, for SQL {@code date < :to} on timestamps. */
    public LocalDate toExclusive() {
        return to.plusDays(1);
    }
}
