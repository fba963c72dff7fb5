package org.fazhi.calendar;

import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * Words a computed deadline for a clerk (期限计算说明), e.g. "自 2025-03-03 收到行政复议申请，次日起算 5 个工作日（跳过周末及
 * 法定节假日，调休上班日计入），期限届满日为 2025-03-10（星期一）。依据：……". Pure: no Spring.
 */
final class DeadlineExplainer {

    private DeadlineExplainer() {
    }

    /** The counting rule's own legal basis, cited when the request names no statutory period. */
    static String countingBasis(PeriodUnit unit) {
        return switch (unit) {
            case WORKING_DAYS -> "《全国年节及纪念日放假办法》及国务院办公厅当年节假日安排通知（工作日不含法定节假日，调休上班日计入）；"
                    + "期间从次日起算（《中华人民共和国民法典》第二百零一条）";
            case CALENDAR_DAYS -> "《中华人民共和国民事诉讼法》第八十五条；《中华人民共和国民法典》第二百零一条、第二百零三条";
            case MONTHS -> "《中华人民共和国民法典》第二百零一条至第二百零三条";
        };
    }

    static String explain(DeadlineRequest request, DeadlineRules.Computation c) {
        StringBuilder text = new StringBuilder();
        StatutoryPeriod period = request.period();
        text.append("自 ").append(request.start());
        text.append(period == null ? " 的次日起算" : " " + period.startEvent() + "，次日起算");
        text.append(length(request));
        if (!request.stops().isEmpty()) {
            text.append("，扣除停止计算的期间 ")
                    .append(request.stops().stream().map(s -> s.from() + " 至 " + s.to())
                            .collect(Collectors.joining("、")))
                    .append("（其中在期间内的共 ").append(c.stoppedDays()).append(" 日）");
        }
        switch (request.unit()) {
            case WORKING_DAYS -> workingDayEnd(text, c);
            case CALENDAR_DAYS, MONTHS -> calendarEnd(text, c);
        }
        if (period != null) {
            text.append("依据：").append(period.citation()).append("；期间计算：")
                    .append(countingBasis(request.unit())).append("。");
        } else {
            text.append("依据：").append(countingBasis(request.unit())).append("。");
        }
        if (!c.unknownYears().isEmpty()) {
            text.append(unknownWarning(c.unknownYears()));
        }
        return text.toString();
    }

    private static String length(DeadlineRequest request) {
        PeriodUnit unit = request.unit();
        String rule = switch (unit) {
            case WORKING_DAYS -> "（跳过周末及法定节假日，调休上班日计入）";
            case CALENDAR_DAYS -> "（自然日，期间内的节假日不扣除）";
            case MONTHS -> "（至到期月的对应日，无对应日的以该月最后一日为届满日）";
        };
        if (request.extension() == 0) {
            return " " + unit.format(request.amount()) + rule;
        }
        return " " + unit.format(request.amount()) + "，另经批准延长 " + unit.format(request.extension()) + "，共 "
                + unit.format(request.total()) + rule;
    }

    private static void workingDayEnd(StringBuilder text, DeadlineRules.Computation c) {
        text.append("，期限届满日为 ").append(CalendarText.withWeekday(c.due())).append("。");
        if (c.restDaysSkipped() > 0) {
            text.append("其间跳过休息日 ").append(c.restDaysSkipped()).append(" 天");
            if (c.holidaysSkipped() > 0) {
                text.append("（其中法定节假日 ").append(c.holidaysSkipped()).append(" 天）");
            }
            text.append("。");
        }
        if (!c.makeupDaysCounted().isEmpty()) {
            text.append("调休上班日 ").append(c.makeupDaysCounted().stream()
                            .map(d -> d.date() + "（" + CalendarText.weekday(d.date())
                                    + (d.name() == null ? "" : "，" + d.name() + "调休") + "）")
                            .collect(Collectors.joining("、")))
                    .append("按工作日计入。");
        }
    }

    private static void calendarEnd(StringBuilder text, DeadlineRules.Computation c) {
        if (c.monthEndClamped()) {
            text.append("，到期月没有对应日，以该月最后一日 ").append(CalendarText.withWeekday(c.nominalEnd()))
                    .append("为期间最后一日");
        }
        if (c.due().equals(c.nominalEnd())) {
            text.append("，期限届满日为 ").append(CalendarText.withWeekday(c.due())).append("。");
        } else {
            text.append("，期间最后一日为 ").append(CalendarText.withWeekday(c.nominalEnd())).append("，该日为")
                    .append(restReason(c.restEnd()))
                    .append("，依法顺延至其后第一个工作日，期限届满日为 ").append(CalendarText.withWeekday(c.due()))
                    .append("。");
        }
        if (!c.holidaysInside().isEmpty()) {
            text.append("期间内的").append(String.join("、", c.holidaysInside())).append("假期不扣除。");
        }
    }

    private static String restReason(@org.jspecify.annotations.Nullable CalendarDay day) {
        if (day == null) {
            return "停止计算的日期";
        }
        return day.kind() == DayKind.WEEKEND ? "休息日（" + CalendarText.weekday(day.date()) + "）" : day.describe();
    }

    static String unknownWarning(SortedSet<Integer> years) {
        String list = years.stream().map(y -> y + " 年").collect(Collectors.joining("、"));
        return "注意：" + list + "的国务院办公厅节假日安排通知尚未发布或尚未录入，该年暂按仅周末休息推算，"
                + "期限届满日可能变化，请在通知录入后重新计算。";
    }
}
