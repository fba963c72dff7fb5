package org.fazhi.worklist;

import java.time.LocalDate;
import java.util.function.ToIntBiFunction;

/**
 * Which light an open deadline shows on a given day (期限灯规则). Remaining time is counted in working days after today
 * up to and including the last day, on the legal calendar: a deadline due today has 0 left and is yellow; one due
 * yesterday is red.
 */
final class LightPolicy {

    private final ToIntBiFunction<LocalDate, LocalDate> workingDaysBetween;
    private final int yellowWorkingDays;

    /**
     * @param workingDaysBetween working days in {@code (from, to]}, e.g. {@code LegalCalendar::workingDaysBetween}
     * @param yellowWorkingDays  the yellow threshold
     */
    LightPolicy(ToIntBiFunction<LocalDate, LocalDate> workingDaysBetween, int yellowWorkingDays) {
        this.workingDaysBetween = workingDaysBetween;
        this.yellowWorkingDays = yellowWorkingDays;
    }

    Light light(LocalDate due, LocalDate today) {
        if (today.isAfter(due)) {
            return Light.RED;
        }
        return remaining(due, today) <= yellowWorkingDays ? Light.YELLOW : Light.GREEN;
    }

    /** Working days left after today up to the last day; 0 when due today or overdue. */
    int remaining(LocalDate due, LocalDate today) {
        return today.isAfter(due) ? 0 : workingDaysBetween.applyAsInt(today, due);
    }
}
