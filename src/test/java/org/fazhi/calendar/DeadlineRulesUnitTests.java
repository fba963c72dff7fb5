package org.fazhi.calendar;

import org.fazhi.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The counting rules of rules-digest §0 on the bundled holiday data, without Spring. */
class DeadlineRulesUnitTests {

    private static final HolidayTable TABLE = HolidayTable.of(BundledHolidays.read());

    private static Deadline compute(DeadlineRequest request) {
        return Deadlines.compute(request, TABLE);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    @DisplayName("摘要示例：2025-03-03 收到复议申请，5 个工作日受理审查期限届满于 2025-03-10（行政复议法第三十条）")
    void digestWorkedExampleAcceptanceReview() {
        Deadline deadline = compute(DeadlineRequest.of(StatutoryPeriod.RECONSIDERATION_ACCEPTANCE_REVIEW,
                date("2025-03-03")));

        assertThat(deadline.due()).isEqualTo(date("2025-03-10"));
        assertThat(deadline.unknownYear()).isFalse();
        assertThat(deadline.citation()).contains("《中华人民共和国行政复议法》第三十条");
        assertThat(deadline.explanation())
                .startsWith("自 2025-03-03 收到行政复议申请，次日起算 5 个工作日（跳过周末及法定节假日，调休上班日计入），"
                        + "期限届满日为 2025-03-10（星期一）。")
                .contains("其间跳过休息日 2 天")
                .contains("依据：《中华人民共和国行政复议法》第三十条");
    }

    @Test
    @DisplayName("摘要示例：2025-03-10 受理，60 日普通程序决定期限届满于 2025-05-09，五一假期不扣除（第六十二条）")
    void digestWorkedExampleDecisionPeriod() {
        Deadline deadline = compute(DeadlineRequest.of(StatutoryPeriod.RECONSIDERATION_DECISION, date("2025-03-10")));

        assertThat(deadline.due()).isEqualTo(date("2025-05-09"));
        assertThat(deadline.rolledForward()).isFalse();
        assertThat(deadline.explanation())
                .contains("次日起算 60 日（自然日，期间内的节假日不扣除）")
                .contains("期限届满日为 2025-05-09（星期五）")
                .contains("劳动节假期不扣除")
                .contains("第六十二条第一款");
    }

    @Test
    @DisplayName("春节：2025-01-24 起 5 个工作日，跳过春节假期，01-26 调休上班计入，届满 2025-02-07")
    void workingDaysAcrossSpringFestival() {
        Deadline deadline = compute(DeadlineRequest.of(date("2025-01-24"), 5, PeriodUnit.WORKING_DAYS));

        assertThat(deadline.due()).isEqualTo(date("2025-02-07"));
        assertThat(deadline.explanation()).contains("法定节假日 8 天").contains("调休上班日 2025-01-26（星期日，春节调休）按工作日计入");
    }

    @Test
    @DisplayName("调休上班的星期六计为工作日：2025-01-24 起 6 个工作日届满于 2025-02-08（星期六）")
    void makeUpSaturdayCountsAsWorkingDay() {
        Deadline deadline = compute(DeadlineRequest.of(date("2025-01-24"), 6, PeriodUnit.WORKING_DAYS));

        assertThat(deadline.due()).isEqualTo(date("2025-02-08"));
        assertThat(TABLE.day(date("2025-02-08")).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);
        assertThat(TABLE.day(date("2025-02-08")).working()).isTrue();
    }

    @Test
    @DisplayName("国庆：2025-09-15 收到信息公开申请，20 个工作日答复期限届满 2025-10-17（条例第三十三条）")
    void workingDaysAcrossNationalDay() {
        Deadline deadline = compute(DeadlineRequest.of(StatutoryPeriod.DISCLOSURE_REPLY, date("2025-09-15")));

        assertThat(deadline.due()).isEqualTo(date("2025-10-17"));
        assertThat(deadline.explanation()).contains("2025-09-28（星期日，国庆节、中秋节调休）、2025-10-11（星期六，国庆节、中秋节调休）")
                .contains("《中华人民共和国政府信息公开条例》第三十三条第二款");
    }

    @Test
    @DisplayName("自然日期间最后一日为国庆假期的，顺延至节后第一个工作日 2025-10-09")
    void calendarDaysRollForwardOffHoliday() {
        Deadline deadline = compute(DeadlineRequest.of(date("2025-09-04"), 30, PeriodUnit.CALENDAR_DAYS));

        assertThat(deadline.nominalEnd()).isEqualTo(date("2025-10-04"));
        assertThat(deadline.due()).isEqualTo(date("2025-10-09"));
        assertThat(deadline.rolledForward()).isTrue();
        assertThat(deadline.explanation())
                .contains("期间最后一日为 2025-10-04（星期六），该日为法定节假日（国庆节、中秋节），依法顺延至其后第一个工作日，"
                        + "期限届满日为 2025-10-09（星期四）");
    }

    @Test
    @DisplayName("自然日期间最后一日为周六的，顺延至下周一")
    void calendarDaysRollForwardOffWeekend() {
        Deadline deadline = compute(DeadlineRequest.of(date("2025-03-03"), 5, PeriodUnit.CALENDAR_DAYS));

        assertThat(deadline.due()).isEqualTo(date("2025-03-10"));
        assertThat(deadline.explanation()).contains("该日为休息日（星期六）");
    }

    @Test
    @DisplayName("月：到期月无对应日的以月末为届满日（民法典第二百零二条）")
    void monthsClampToMonthEnd() {
        assertThat(compute(DeadlineRequest.of(date("2025-01-31"), 1, PeriodUnit.MONTHS)).due())
                .isEqualTo(date("2025-02-28"));
        assertThat(compute(DeadlineRequest.of(date("2024-01-31"), 1, PeriodUnit.MONTHS)).due())
                .isEqualTo(date("2024-02-29"));
        Deadline clamped = compute(DeadlineRequest.of(date("2025-01-31"), 1, PeriodUnit.MONTHS));
        assertThat(clamped.explanation()).contains("到期月没有对应日，以该月最后一日 2025-02-28（星期五）为期间最后一日");
    }

    @Test
    @DisplayName("月：月末落在端午假期的，顺延至 2025-06-03")
    void monthsThenRollForward() {
        Deadline deadline = compute(DeadlineRequest.of(date("2025-03-31"), 2, PeriodUnit.MONTHS));

        assertThat(deadline.nominalEnd()).isEqualTo(date("2025-05-31"));
        assertThat(deadline.due()).isEqualTo(date("2025-06-03"));
    }

    @Test
    @DisplayName("月：同日对应，2025-05-28 加 3 个月为 2025-08-28")
    void monthsSameDayOfMonth() {
        assertThat(compute(DeadlineRequest.of(date("2025-05-28"), 3, PeriodUnit.MONTHS)).due())
                .isEqualTo(date("2025-08-28"));
    }

    @Test
    @DisplayName("停止计算：工作日期间扣除补正期间，清明假期跳过，届满 2025-04-08")
    void stoppedClockWorkingDays() {
        DeadlineRequest plain = DeadlineRequest.of(date("2025-03-03"), 20, PeriodUnit.WORKING_DAYS);
        assertThat(compute(plain).due()).isEqualTo(date("2025-03-31"));

        Deadline stopped = compute(plain.withStops(List.of(
                new StoppedInterval(date("2025-03-10"), date("2025-03-14")))));

        assertThat(stopped.due()).isEqualTo(date("2025-04-08"));
        assertThat(stopped.explanation()).contains("扣除停止计算的期间 2025-03-10 至 2025-03-14（其中在期间内的共 5 日）");
    }

    @Test
    @DisplayName("停止计算：自然日期间扣除 10 日，届满日相应后移")
    void stoppedClockCalendarDays() {
        Deadline deadline = compute(DeadlineRequest.of(StatutoryPeriod.RECONSIDERATION_DECISION, date("2025-03-10"))
                .withStops(List.of(StoppedInterval.parse("2025-03-20~2025-03-29"))));

        assertThat(deadline.due()).isEqualTo(date("2025-05-19"));
    }

    @Test
    @DisplayName("停止计算：月期间扣除的天数加在期末")
    void stoppedClockMonths() {
        Deadline deadline = compute(DeadlineRequest.of(date("2025-05-28"), 3, PeriodUnit.MONTHS)
                .withStops(List.of(StoppedInterval.parse("2025-06-10~2025-06-12"))));

        assertThat(deadline.due()).isEqualTo(date("2025-09-01"));
    }

    @Test
    @DisplayName("延长：复议决定期限经批准延长 30 日，共 90 日，届满日落在周日顺延至 2025-06-09")
    void approvedExtension() {
        Deadline deadline = compute(DeadlineRequest.of(StatutoryPeriod.RECONSIDERATION_DECISION, date("2025-03-10"))
                .withExtension(30));

        assertThat(deadline.due()).isEqualTo(date("2025-06-09"));
        assertThat(deadline.explanation()).contains("60 日，另经批准延长 30 日，共 90 日");
    }

    @Test
    @DisplayName("延长：超过法定上限或法律未规定延长的，拒绝并说明依据")
    void extensionLimits() {
        DeadlineRequest decision = DeadlineRequest.of(StatutoryPeriod.RECONSIDERATION_DECISION, date("2025-03-10"));
        assertThatThrownBy(() -> decision.withExtension(31))
                .isInstanceOf(BusinessException.class).hasMessageContaining("最多延长 30 日");
        DeadlineRequest review = DeadlineRequest.of(StatutoryPeriod.RECONSIDERATION_ACCEPTANCE_REVIEW, date("2025-03-03"));
        assertThatThrownBy(() -> review.withExtension(1))
                .isInstanceOf(BusinessException.class).hasMessageContaining("法律未规定可以延长");
        assertThat(compute(DeadlineRequest.of(StatutoryPeriod.DISCLOSURE_REPLY, date("2025-09-15")).withExtension(20))
                .due()).isAfter(date("2025-10-17"));
    }

    @Test
    @DisplayName("未知年度：2027 年通知尚未发布，跨入 2027 年的工作日期限标记为未知并提示复核")
    void unknownYearIsFlagged() {
        Deadline deadline = compute(DeadlineRequest.of(date("2026-12-25"), 5, PeriodUnit.WORKING_DAYS));

        assertThat(deadline.due()).isEqualTo(date("2027-01-01"));
        assertThat(deadline.unknownYear()).isTrue();
        assertThat(deadline.unknownYears()).containsExactly(2027);
        assertThat(deadline.explanation()).contains("注意：2027 年的国务院办公厅节假日安排通知尚未发布或尚未录入");
        assertThat(TABLE.isKnownYear(2026)).isTrue();
        assertThat(TABLE.isKnownYear(2027)).isFalse();
    }

    @Test
    @DisplayName("未知年度：期限完全落在已知年度内的不标记；自然日期间只看届满日所在年度")
    void knownYearsAreNotFlagged() {
        assertThat(compute(DeadlineRequest.of(date("2026-11-02"), 10, PeriodUnit.CALENDAR_DAYS)).unknownYear()).isFalse();
        assertThat(compute(DeadlineRequest.of(date("2026-12-20"), 30, PeriodUnit.CALENDAR_DAYS)).unknownYear()).isTrue();
        assertThat(compute(DeadlineRequest.of(date("2014-05-28"), 3, PeriodUnit.MONTHS)).unknownYears())
                .containsExactly(2014);
    }

    @Test
    @DisplayName("输入不合法：期间长度为 0、负数或过大，停止期间重叠或早于起算日，均以中文拒绝")
    void rejectsBadInput() {
        LocalDate start = date("2025-03-03");
        assertThatThrownBy(() -> DeadlineRequest.of(start, 0, PeriodUnit.WORKING_DAYS))
                .isInstanceOf(BusinessException.class).hasMessage("期间长度必须大于 0");
        assertThatThrownBy(() -> DeadlineRequest.of(start, -5, PeriodUnit.CALENDAR_DAYS))
                .isInstanceOf(BusinessException.class).hasMessage("期间长度必须大于 0");
        assertThatThrownBy(() -> DeadlineRequest.of(start, 241, PeriodUnit.MONTHS))
                .isInstanceOf(BusinessException.class).hasMessageContaining("不能超过 240 个月");
        assertThatThrownBy(() -> DeadlineRequest.of(date("1980-01-01"), 5, PeriodUnit.WORKING_DAYS))
                .isInstanceOf(BusinessException.class).hasMessageContaining("起算日期须在");
        DeadlineRequest request = DeadlineRequest.of(start, 20, PeriodUnit.WORKING_DAYS);
        assertThatThrownBy(() -> request.withStops(List.of(StoppedInterval.parse("2025-03-05~2025-03-10"),
                StoppedInterval.parse("2025-03-08~2025-03-12"))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("重叠");
        assertThatThrownBy(() -> request.withStops(List.of(StoppedInterval.parse("2025-03-01~2025-03-04"))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("应在起算日 2025-03-03 之后");
        assertThatThrownBy(() -> StoppedInterval.parse("2025-03-10~2025-03-05"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("结束日早于开始日");
        assertThatThrownBy(() -> StoppedInterval.parse("2025-02-30~2025-03-05"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("不是有效日期");
        assertThatThrownBy(() -> new DeadlineRequest(start, 10, PeriodUnit.WORKING_DAYS, List.of(), 0,
                StatutoryPeriod.RECONSIDERATION_ACCEPTANCE_REVIEW))
                .isInstanceOf(BusinessException.class).hasMessageContaining("不一致");
    }

    @Test
    @DisplayName("每个法定期间都有长度、单位、起算事件和引用条文")
    void everyStatutoryPeriodIsCited() {
        for (StatutoryPeriod period : StatutoryPeriod.values()) {
            assertThat(period.amount()).isPositive();
            assertThat(period.citation()).contains("《").contains("第");
            assertThat(period.startEvent()).isNotBlank();
            assertThat(compute(DeadlineRequest.of(period, date("2025-06-16"))).explanation())
                    .contains(period.citation());
        }
    }
}
