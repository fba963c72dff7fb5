package org.fazhi.calendar;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One month of the holiday page (月历): weeks from Monday to Sunday, padded with empty cells.
 *
 * @param month 1 to 12
 * @param weeks rows of seven cells
 */
record MonthGrid(int month, List<List<Cell>> weeks) {

    /** One cell; {@code date} is {@code null} for padding. */
    record Cell(@Nullable LocalDate date, @Nullable DayKind kind, @Nullable String name) {

        /** Bootstrap classes that colour the cell by kind. */
        public String css() {
            if (kind == null) {
                return "";
            }
            return switch (kind) {
                case HOLIDAY -> "bg-danger-subtle text-danger-emphasis fw-semibold";
                case WEEKEND -> "bg-body-tertiary text-secondary";
                case MAKEUP_WORKDAY -> "bg-warning-subtle text-warning-emphasis fw-semibold";
                case WORKDAY -> "";
            };
        }

        /** Tooltip: the date and what it is. */
        public String title() {
            if (date == null || kind == null) {
                return "";
            }
            return date + " " + CalendarText.weekday(date) + " " + (name == null ? kind.label() : kind.label() + "（" + name + "）");
        }
    }

    /** The twelve months of a year from its days (January 1st to December 31st, in order). */
    static List<MonthGrid> of(List<CalendarDay> year) {
        List<MonthGrid> months = new ArrayList<>();
        int index = 0;
        for (int month = 1; month <= 12; month++) {
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            int lead = year.get(index).date().getDayOfWeek().getValue() - 1;
            for (int i = 0; i < lead; i++) {
                week.add(new Cell(null, null, null));
            }
            while (index < year.size() && year.get(index).date().getMonthValue() == month) {
                CalendarDay day = year.get(index++);
                week.add(new Cell(day.date(), day.kind(), day.name()));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(new Cell(null, null, null));
                }
                weeks.add(week);
            }
            months.add(new MonthGrid(month, weeks));
        }
        return months;
    }
}
