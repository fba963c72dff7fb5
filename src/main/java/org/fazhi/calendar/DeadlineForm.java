package org.fazhi.calendar;

import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * The deadline calculator's form (期限计算表单) as typed: every field a string, so that malformed input gets a Chinese
 * message naming the field instead of a binding error.
 */
class DeadlineForm {

    private @Nullable String start;
    private @Nullable String amount;
    private @Nullable String unit;
    private @Nullable String period;
    private @Nullable String extension;
    private @Nullable String stops;

    /** Turns the typed fields into a validated request; a chosen statutory period supplies amount and unit. */
    DeadlineRequest toRequest() {
        java.time.LocalDate startDate = CalendarText.parseDate(start, "起算日期");
        DeadlineRequest request;
        if (period != null && !period.isBlank()) {
            StatutoryPeriod statutory = parseEnum(StatutoryPeriod.class, period, "法定期间");
            request = DeadlineRequest.of(statutory, startDate);
        } else {
            int length = parseInt(amount, "期间长度", null);
            PeriodUnit periodUnit = parseEnum(PeriodUnit.class, unit, "期间单位");
            request = DeadlineRequest.of(startDate, length, periodUnit);
        }
        List<StoppedInterval> intervals = new ArrayList<>();
        if (stops != null) {
            for (String line : stops.split("\\R")) {
                if (!line.isBlank()) {
                    intervals.add(StoppedInterval.parse(line));
                }
            }
        }
        return request.withStops(intervals).withExtension(parseInt(extension, "延长期限", 0));
    }

    private static int parseInt(@Nullable String text, String field, @Nullable Integer blank) {
        if (text == null || text.isBlank()) {
            if (blank != null) {
                return blank;
            }
            throw BusinessException.invalid("请填写" + field);
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid(field + "“" + text.strip() + "”不是整数");
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, @Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            throw BusinessException.invalid("请选择" + field);
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid(field + "“" + text.strip() + "”不存在");
        }
    }

    public @Nullable String getStart() {
        return start;
    }

    public void setStart(@Nullable String start) {
        this.start = start;
    }

    public @Nullable String getAmount() {
        return amount;
    }

    public void setAmount(@Nullable String amount) {
        this.amount = amount;
    }

    public @Nullable String getUnit() {
        return unit;
    }

    public void setUnit(@Nullable String unit) {
        this.unit = unit;
    }

    public @Nullable String getPeriod() {
        return period;
    }

    public void setPeriod(@Nullable String period) {
        this.period = period;
    }

    public @Nullable String getExtension() {
        return extension;
    }

    public void setExtension(@Nullable String extension) {
        this.extension = extension;
    }

    public @Nullable String getStops() {
        return stops;
    }

    public void setStops(@Nullable String stops) {
        this.stops = stops;
    }
}
