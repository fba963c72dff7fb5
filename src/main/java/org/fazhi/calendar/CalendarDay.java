package org.fazhi.calendar;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One date on the legal calendar (日历中的一天).
 *
 * @param date        the date
 * @param kind        workday, weekend, holiday or make-up workday
 * @param name        the holiday the notice names for a holiday or make-up workday (e.g. {@code 春节}), else {@code null}
 * @param knownYear   whether the holiday notice of the date's year has been published and entered; when {@code false}
 *                    the kind is a weekends-only guess
 */
public record CalendarDay(LocalDate date, DayKind kind, @Nullable String name, boolean knownYear) {

    /** Whether the date is a working day (工作日，含调休上班日). */
    public boolean working() {
        return kind.working();
    }

    /** A short Chinese description, e.g. {@code 法定节假日（春节）}. */
    public String describe() {
        return name == null ? kind.label() : kind.label() + "（" + name + "）";
    }
}
