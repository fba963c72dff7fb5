package org.fazhi.calendar;

import org.fazhi.shared.BusinessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The legal calendar (法定工作日历): which days are working days under the official holiday schedule, and working-day
 * arithmetic on it. The schedule is a tiny table held in memory and reloaded whenever a notice is entered here, and
 * within a minute when another instance enters one.
 *
 * <p>A year whose notice is unknown (not published or not entered) is computed as weekends-only; every answer about
 * such a day says so ({@link CalendarDay#knownYear()}), and {@link Deadlines} flags any deadline relying on it.
 */
@Service
public class LegalCalendar {

    private final HolidayNotices notices;
    private volatile Snapshot snapshot;

    LegalCalendar(HolidayNotices notices) {
        this.notices = notices;
    }

    private record Snapshot(HolidayTable table, long stamp) {
    }

    /** Whether work is done on that day (工作日或调休上班日). */
    public boolean isWorkingDay(LocalDate date) {
        return day(date).working();
    }

    /** The day's status with the holiday's name. */
    public CalendarDay day(LocalDate date) {
        return table().day(date);
    }

    /** Every day of a year, January 1st to December 31st. */
    public List<CalendarDay> year(int year) {
        checkYear(year);
        HolidayTable table = table();
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            days.add(table.day(d));
        }
        return days;
    }

    /** Whether the year's holiday notice has been published and entered. */
    public boolean isKnownYear(int year) {
        return table().isKnownYear(year);
    }

    /**
     * Working days in {@code (fromExclusive, toInclusive]}: how many working days remain after {@code fromExclusive}
     * up to and including {@code toInclusive}; 0 when {@code toInclusive} is not after {@code fromExclusive}.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        HolidayTable table = table();
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (table.day(d).working()) {
                count++;
            }
        }
        return count;
    }

    /** The n-th working day after {@code date} (day 1 is the first working day after it); n ≥ 1. */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        if (n < 1 || n > DeadlineRequest.max(PeriodUnit.WORKING_DAYS)) {
            throw BusinessException.invalid("工作日数须在 1 至 " + DeadlineRequest.max(PeriodUnit.WORKING_DAYS) + " 之间");
        }
        return new DeadlineRules(table()).workingDays(date, n, List.of()).due();
    }

    /** The current schedule snapshot, loaded on first use. */
    HolidayTable table() {
        Snapshot current = snapshot;
        if (current == null) {
            current = reload();
        }
        return current.table();
    }

    /** Reloads the schedule now (after a notice is entered on this instance). */
    synchronized Snapshot reload() {
        Snapshot fresh = new Snapshot(HolidayTable.of(notices.current()), notices.stamp());
        snapshot = fresh;
        return fresh;
    }

    /** Picks up notices entered on another instance; the check is one tiny query. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void refreshIfChanged() {
        Snapshot current = snapshot;
        if (current != null && current.stamp() != notices.stamp()) {
            reload();
        }
    }

    static void checkYear(int year) {
        if (year < DeadlineRequest.EARLIEST.getYear() || year > DeadlineRequest.LATEST.getYear()) {
            throw BusinessException.invalid("年份须在 " + DeadlineRequest.EARLIEST.getYear() + " 至 "
                    + DeadlineRequest.LATEST.getYear() + " 之间");
        }
    }
}
