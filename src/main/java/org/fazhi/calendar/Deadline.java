package org.fazhi.calendar;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * A computed deadline (期限计算结果) with everything a clerk needs to trust it.
 *
 * @param start         the event day the period runs from (excluded)
 * @param amount        the period's length before extension
 * @param unit          its unit
 * @param extension     approved extension in the same unit
 * @param stops         the stopped intervals that were excluded
 * @param period        the statutory period, if the request named one
 * @param due           the last day on which the act is still in time (期限届满日)
 * @param nominalEnd    the last day before rolling forward off a rest day (equals {@code due} when nothing rolled)
 * @param unknownYear   whether the computation relied on a year whose holiday notice is unknown (weekends-only guess)
 * @param unknownYears  those years
 * @param citation      legal basis of the period (or of the counting rule when no statutory period was named)
 * @param explanation   how the date was reached, in Chinese
 */
public record Deadline(LocalDate start, int amount, PeriodUnit unit, int extension, List<StoppedInterval> stops,
                       @Nullable StatutoryPeriod period, LocalDate due, LocalDate nominalEnd, boolean unknownYear,
                       List<Integer> unknownYears, String citation, String explanation) {

    public Deadline {
        stops = List.copyOf(stops);
        unknownYears = List.copyOf(unknownYears);
    }

    /** Whether the last day fell on a rest day and was moved to the next working day (顺延). */
    public boolean rolledForward() {
        return !due.equals(nominalEnd);
    }
}
