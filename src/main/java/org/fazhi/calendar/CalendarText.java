package org.fazhi.calendar;

import org.fazhi.shared.BusinessException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;

/** Chinese date wording shared by explanations, pages and parsers (日期的中文表述). */
final class CalendarText {

    private CalendarText() {
    }

    /** {@code 2025-03-10（星期一）}. */
    static String withWeekday(LocalDate date) {
        return date + "（" + weekday(date) + "）";
    }

    /** {@code 星期一}. */
    static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA);
    }

    /** Parses an ISO date (YYYY-MM-DD), rejecting anything else with a Chinese message naming the field. */
    static LocalDate parseDate(String text, String field) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw BusinessException.invalid(field + "不能为空");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(field + "“" + value + "”不是有效日期，应为 YYYY-MM-DD 格式（如 2025-03-03）");
        }
    }
}
