package org.fazhi.calendar;

import java.time.LocalDate;

/**
 * A date an annual holiday notice names (通知列明的日期): a day off, or a make-up working day (调休上班日).
 *
 * @param date   the date
 * @param offDay {@code true} for a day off (放假), {@code false} for a make-up working day
 * @param name   the holiday it belongs to, e.g. {@code 国庆节、中秋节}
 */
record HolidayEntry(LocalDate date, boolean offDay, String name) {
}
