package org.fazhi.calendar;

import java.time.LocalDate;

/** Anything that can say what kind of day a date is (工作日历); the pure deadline rules depend only on this. */
interface WorkingDayCalendar {

    CalendarDay day(LocalDate date);
}
