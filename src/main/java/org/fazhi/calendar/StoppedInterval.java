package org.fazhi.calendar;

import org.fazhi.shared.BusinessException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A stretch of days excluded from a running period (停止计算的期间): 补正, 征询第三方意见, 中止 and the like, from the first to the
 * last excluded day, both inclusive. Whether a given procedure stops its clock is the caller's decision (for 行政复议 it is
 * UNCONFIRMED under the 2023 law; for 政府信息公开 the time to consult third parties is excluded by
 * 《中华人民共和国政府信息公开条例》第三十三条第三款).
 *
 * @param from first day not counted
 * @param to   last day not counted
 */
public record StoppedInterval(LocalDate from, LocalDate to) {

    public StoppedInterval {
        if (from == null || to == null) {
            throw BusinessException.invalid("停止计算的期间须填写开始日和结束日");
        }
        if (to.isBefore(from)) {
            throw BusinessException.invalid("停止计算的期间 " + from + " 至 " + to + " 的结束日早于开始日");
        }
    }

    /**
     * Parses {@code 2025-03-05~2025-03-12} (also {@code ～}, {@code 至} or {@code ,} as separator; a single date means one
     * day).
     */
    public static StoppedInterval parse(String text) {
        String trimmed = text.strip();
        String[] parts = trimmed.split("\\s*(?:~|～|至|,|，|/)\\s*");
        if (parts.length == 1) {
            LocalDate day = CalendarText.parseDate(parts[0], "停止计算的期间");
            return new StoppedInterval(day, day);
        }
        if (parts.length != 2) {
            throw BusinessException.invalid("停止计算的期间“" + trimmed + "”格式不正确，应为 YYYY-MM-DD~YYYY-MM-DD");
        }
        return new StoppedInterval(CalendarText.parseDate(parts[0], "停止计算的期间"),
                CalendarText.parseDate(parts[1], "停止计算的期间"));
    }

    /** Whether the day lies inside this interval. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Number of days in the interval. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    @Override
    public String toString() {
        return from + "~" + to;
    }
}
