package org.fazhi.worklist;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A to-do item as a list shows it: with its unit's name and the time left as of today.
 *
 * @param remaining   working days left after today (0 when due today), {@code null} when overdue or done
 * @param overdueDays calendar days past the last day, {@code null} unless open and overdue
 */
record ItemRow(WorkItem item, String unitName, @Nullable Integer remaining, @Nullable Long overdueDays) {

    static ItemRow of(WorkItem item, String unitName, WorklistLights lights, LocalDate today) {
        if (!item.open()) {
            return new ItemRow(item, unitName, null, null);
        }
        if (today.isAfter(item.due())) {
            return new ItemRow(item, unitName, null, ChronoUnit.DAYS.between(item.due(), today));
        }
        return new ItemRow(item, unitName, lights.remaining(item.due(), today), null);
    }
}
