package org.fazhi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable snapshot of the holiday schedule (节假日表): every date the current notices name, and which years are
 * known. Dates not named follow the ordinary week: Monday to Friday work, Saturday and Sunday rest
 * (《全国年节及纪念日放假办法》第六条、第七条; C4: the actual rest days count, an official make-up Saturday is a working day).
 */
final class HolidayTable implements WorkingDayCalendar {

    private final Map<LocalDate, HolidayEntry> entries;
    private final Set<Integer> knownYears;

    private HolidayTable(Map<LocalDate, HolidayEntry> entries, Set<Integer> knownYears) {
        this.entries = Map.copyOf(entries);
        this.knownYears = Set.copyOf(knownYears);
    }

    /**
     * Builds the table from notices. A date named by its own year's notice wins over the same date named by the next
     * year's notice (which may list the end of December for 元旦).
     */
    static HolidayTable of(Collection<HolidayNotice> notices) {
        Map<LocalDate, HolidayEntry> entries = new HashMap<>();
        Set<Integer> known = new TreeSet<>();
        notices.stream().sorted(Comparator.comparingInt(HolidayNotice::year)).forEach(notice -> {
            if (notice.published()) {
                known.add(notice.year());
            }
            for (HolidayEntry entry : notice.days()) {
                if (entry.date().getYear() == notice.year()) {
                    entries.put(entry.date(), entry);
                } else {
                    entries.putIfAbsent(entry.date(), entry);
                }
            }
        });
        return new HolidayTable(entries, known);
    }

    static HolidayTable empty() {
        return new HolidayTable(Map.of(), Set.of());
    }

    @Override
    public CalendarDay day(LocalDate date) {
        boolean known = knownYears.contains(date.getYear());
        HolidayEntry entry = entries.get(date);
        if (entry != null) {
            return new CalendarDay(date, entry.offDay() ? DayKind.HOLIDAY : DayKind.MAKEUP_WORKDAY, entry.name(), known);
        }
        DayOfWeek dow = date.getDayOfWeek();
        boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
        return new CalendarDay(date, weekend ? DayKind.WEEKEND : DayKind.WORKDAY, null, known);
    }

    boolean isKnownYear(int year) {
        return knownYears.contains(year);
    }

    Set<Integer> knownYears() {
        return knownYears;
    }
}
