package org.fazhi.calendar;

import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The counting rules of rules-digest §0 (期间计算规则) as pure arithmetic on a {@link WorkingDayCalendar}: no Spring, no
 * clock, no database.
 *
 * <ul>
 *   <li>C1: the event day is excluded; day 1 is the next day (民事诉讼法第八十五条第二款，民法典第二百零一条).</li>
 *   <li>Working days: skip weekends and holidays, count official make-up working days (C4, C9).</li>
 *   <li>Calendar days: holidays inside are not deducted (C3); a last day on a rest day rolls forward to the next
 *       working day (C2: 民事诉讼法第八十五条第三款，民法典第二百零三条).</li>
 *   <li>Months: same day of the month or month end (C5: 民法典第二百零二条), then C2.</li>
 *   <li>Stopped intervals are left out of the count (the ledger the digest asks for).</li>
 * </ul>
 *
 * <p>Every day whose working status decides the result is "consulted"; a consulted day in a year whose notice is
 * unknown marks the result as relying on a weekends-only guess.
 */
final class DeadlineRules {

    private final WorkingDayCalendar calendar;

    DeadlineRules(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The raw result, before it is worded. */
    record Computation(LocalDate due, LocalDate nominalEnd, boolean monthEndClamped, @Nullable CalendarDay restEnd,
                       int restDaysSkipped, int holidaysSkipped, List<CalendarDay> makeupDaysCounted,
                       long stoppedDays, List<String> holidaysInside, SortedSet<Integer> unknownYears) {
    }

    Computation apply(LocalDate start, int total, PeriodUnit unit, List<StoppedInterval> stops) {
        return switch (unit) {
            case WORKING_DAYS -> workingDays(start, total, stops);
            case CALENDAR_DAYS -> calendarDays(start, total, stops, false);
            case MONTHS -> months(start, total, stops);
        };
    }

    /** The n-th working day after {@code start}, not counting stopped days. */
    Computation workingDays(LocalDate start, int n, List<StoppedInterval> stops) {
        Tally tally = new Tally();
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = next(day);
            if (stopped(day, stops)) {
                tally.stoppedDays++;
                continue;
            }
            CalendarDay status = tally.consult(calendar.day(day));
            if (status.working()) {
                counted++;
                if (status.kind() == DayKind.MAKEUP_WORKDAY) {
                    tally.makeups.add(status);
                }
            } else {
                tally.restDays++;
                if (status.kind() == DayKind.HOLIDAY) {
                    tally.holidays++;
                }
            }
        }
        return tally.result(day, day, false, null);
    }

    /** The n-th calendar day after {@code start} not counting stopped days, rolled forward off a rest day. */
    Computation calendarDays(LocalDate start, int n, List<StoppedInterval> stops, boolean monthEndClamped) {
        Tally tally = new Tally();
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = next(day);
            if (stopped(day, stops)) {
                tally.stoppedDays++;
                continue;
            }
            counted++;
            CalendarDay peek = calendar.day(day);
            if (counted < n && peek.kind() == DayKind.HOLIDAY && peek.name() != null) {
                tally.inside.add(peek.name());
            }
        }
        return rollForward(tally, day, stops, monthEndClamped);
    }

    /** Same day of the month {@code months} later (or month end), stopped days added back, rolled forward. */
    Computation months(LocalDate start, int months, List<StoppedInterval> stops) {
        LocalDate nominal = start.plusMonths(months);
        boolean clamped = nominal.getDayOfMonth() < start.getDayOfMonth();
        if (stops.isEmpty()) {
            return rollForward(new Tally(), nominal, stops, clamped);
        }
        // With stops the month period is converted to its length in days, then counted like calendar days.
        return calendarDays(start, (int) ChronoUnit.DAYS.between(start, nominal), stops, clamped);
    }

    private Computation rollForward(Tally tally, LocalDate nominalEnd, List<StoppedInterval> stops, boolean clamped) {
        LocalDate day = nominalEnd;
        CalendarDay status = tally.consult(calendar.day(day));
        CalendarDay restEnd = status.working() ? null : status;
        while (!status.working() || stopped(day, stops)) {
            day = next(day);
            status = tally.consult(calendar.day(day));
        }
        return tally.result(day, nominalEnd, clamped, restEnd);
    }

    private static LocalDate next(LocalDate day) {
        LocalDate next = day.plusDays(1);
        if (next.isAfter(DeadlineRequest.LATEST)) {
            throw BusinessException.invalid("计算结果超出 " + DeadlineRequest.LATEST + "，请检查期间长度");
        }
        return next;
    }

    private static boolean stopped(LocalDate day, List<StoppedInterval> stops) {
        for (StoppedInterval stop : stops) {
            if (stop.contains(day)) {
                return true;
            }
        }
        return false;
    }

    /** Running counts of one computation. */
    private static final class Tally {
        int restDays;
        int holidays;
        long stoppedDays;
        final List<CalendarDay> makeups = new ArrayList<>();
        final Set<String> inside = new LinkedHashSet<>();
        final SortedSet<Integer> unknownYears = new TreeSet<>();

        CalendarDay consult(CalendarDay day) {
            if (!day.knownYear()) {
                unknownYears.add(day.date().getYear());
            }
            return day;
        }

        Computation result(LocalDate due, LocalDate nominalEnd, boolean clamped, @Nullable CalendarDay restEnd) {
            return new Computation(due, nominalEnd, clamped, restEnd, restDays, holidays, List.copyOf(makeups),
                    stoppedDays, List.copyOf(inside), new TreeSet<>(unknownYears));
        }
    }
}
