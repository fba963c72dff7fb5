package org.fazhi.calendar;

import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What to compute (期限计算请求): a period of {@code amount} {@code unit}s running from the day after {@code start}, less
 * the stopped intervals, plus an approved extension in the same unit. Invalid input is rejected with a Chinese
 * {@link BusinessException} when the request is built, so nothing downstream sees it.
 *
 * @param start     the day of the triggering event (收到申请、受理、送达 …); the period starts the next day
 * @param amount    length of the period
 * @param unit      working days, calendar days or months
 * @param stops     stretches excluded from the count (补正、征询第三方、中止), after {@code start}, not overlapping
 * @param extension approved extension (延长), in {@code unit}; 0 when none
 * @param period    the statutory period this is, if any: it supplies the citation and the extension limit
 */
public record DeadlineRequest(LocalDate start, int amount, PeriodUnit unit, List<StoppedInterval> stops, int extension,
                              @Nullable StatutoryPeriod period) {

    /** Earliest start date accepted: older deadlines are of no practical use and have no holiday data. */
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    /** Latest date any computation may reach. */
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    static final int MAX_STOPS = 50;

    public DeadlineRequest {
        if (start == null) {
            throw BusinessException.invalid("请填写起算日期");
        }
        if (unit == null) {
            throw BusinessException.invalid("请选择期间单位（工作日、自然日或月）");
        }
        if (start.isBefore(EARLIEST) || start.isAfter(LATEST)) {
            throw BusinessException.invalid("起算日期须在 " + EARLIEST + " 至 " + LATEST + " 之间");
        }
        if (amount <= 0) {
            throw BusinessException.invalid("期间长度必须大于 0");
        }
        if (amount > max(unit)) {
            throw BusinessException.invalid("期间长度不能超过 " + unit.format(max(unit)));
        }
        if (period != null && (period.amount() != amount || period.unit() != unit)) {
            throw BusinessException.invalid("“" + period.label() + "”为 " + period.unit().format(period.amount())
                    + "，与填写的期间长度不一致");
        }
        checkExtension(extension, unit, amount, period);
        stops = checkStops(start, stops == null ? List.of() : stops);
    }

    /** A plain period without statutory context. */
    public static DeadlineRequest of(LocalDate start, int amount, PeriodUnit unit) {
        return new DeadlineRequest(start, amount, unit, List.of(), 0, null);
    }

    /** A statutory period running from the day after {@code start}. */
    public static DeadlineRequest of(StatutoryPeriod period, LocalDate start) {
        if (period == null) {
            throw BusinessException.invalid("请选择法定期间");
        }
        return new DeadlineRequest(start, period.amount(), period.unit(), List.of(), 0, period);
    }

    /** The same request with stopped-clock intervals (停止计算的期间). */
    public DeadlineRequest withStops(List<StoppedInterval> intervals) {
        return new DeadlineRequest(start, amount, unit, intervals, extension, period);
    }

    /** The same request with an approved extension in the same unit (经批准延长). */
    public DeadlineRequest withExtension(int extra) {
        return new DeadlineRequest(start, amount, unit, stops, extra, period);
    }

    /** Length including the extension. */
    public int total() {
        return amount + extension;
    }

    /** Upper bound for a period length, per unit: generous enough for the 20-year bar, small enough to stay sane. */
    static int max(PeriodUnit unit) {
        return switch (unit) {
            case WORKING_DAYS -> 1000;
            case CALENDAR_DAYS -> 7400;
            case MONTHS -> 240;
        };
    }

    private static void checkExtension(int extension, PeriodUnit unit, int amount, @Nullable StatutoryPeriod period) {
        if (extension < 0) {
            throw BusinessException.invalid("延长期限不能为负数");
        }
        if (extension > max(unit) - amount) { // not amount + extension: that overflows for huge input
            throw BusinessException.invalid("期间长度加延长期限不能超过 " + unit.format(max(unit)));
        }
        if (period == null || extension == 0) {
            return;
        }
        switch (period.extension()) {
            case NONE -> throw BusinessException.invalid("“" + period.label() + "”法律未规定可以延长（依据："
                    + period.citation() + "）");
            case LIMITED -> {
                if (extension > period.maxExtension()) {
                    throw BusinessException.invalid("“" + period.label() + "”最多延长 "
                            + unit.format(period.maxExtension()) + "（依据：" + period.citation() + "）");
                }
            }
            case REASONABLE -> {
                // the law allows a "reasonable" extension without a fixed limit: only the general bound applies
            }
        }
    }

    private static List<StoppedInterval> checkStops(LocalDate start, List<StoppedInterval> stops) {
        if (stops.size() > MAX_STOPS) {
            throw BusinessException.invalid("停止计算的期间最多 " + MAX_STOPS + " 段");
        }
        List<StoppedInterval> sorted = new ArrayList<>(stops);
        sorted.sort(Comparator.comparing(StoppedInterval::from));
        StoppedInterval previous = null;
        long total = 0;
        for (StoppedInterval stop : sorted) {
            if (!stop.from().isAfter(start)) {
                throw BusinessException.invalid("停止计算的期间 " + stop.from() + " 至 " + stop.to()
                        + " 应在起算日 " + start + " 之后");
            }
            if (stop.to().isAfter(LATEST)) {
                throw BusinessException.invalid("停止计算的期间不能晚于 " + LATEST);
            }
            if (previous != null && !stop.from().isAfter(previous.to())) {
                throw BusinessException.invalid("停止计算的期间 " + previous.from() + " 至 " + previous.to() + " 与 "
                        + stop.from() + " 至 " + stop.to() + " 重叠");
            }
            total += stop.days();
            previous = stop;
        }
        if (total > 3660) {
            throw BusinessException.invalid("停止计算的天数合计不能超过 3660 日");
        }
        return List.copyOf(sorted);
    }
}
