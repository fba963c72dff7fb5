package org.fazhi.reconsideration;

import org.fazhi.calendar.Deadline;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.PeriodUnit;
import org.fazhi.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The procedural rules of 行政复议法 without Spring. */
class CaseRulesUnitTests {

    /** Weekends-only arithmetic, enough for the rules that only compare dates. */
    private static final Function<DeadlineRequest, Deadline> PLAIN = r -> {
        LocalDate due = switch (r.unit()) {
            case MONTHS -> r.start().plusMonths(r.total());
            case CALENDAR_DAYS -> r.start().plusDays(r.total());
            case WORKING_DAYS -> r.start().plusDays(r.total());
        };
        return new Deadline(r.start(), r.amount(), r.unit(), r.extension(), List.of(), r.period(), due, due, false,
                List.of(), r.period() == null ? "" : r.period().citation(), "");
    };

    private static int weekdaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int n = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }

    @Test
    void applicationWithinSixtyDaysIsInTime() {
        CaseRules.PeriodCheck check = CaseRules.applicationPeriod(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3),
                true, false, LocalDate.of(2025, 3, 4), PLAIN);
        assertThat(check.ok()).isTrue();
        assertThat(check.text()).contains("第二十条");
    }

    @Test
    void applicationAfterSixtyDaysIsLate() {
        CaseRules.PeriodCheck check = CaseRules.applicationPeriod(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3),
                true, false, LocalDate.of(2025, 3, 5), PLAIN);
        assertThat(check.ok()).isFalse();
        assertThat(check.text()).contains("超过申请期限");
    }

    @Test
    void uninformedApplicantHasOneYear() {
        assertThat(CaseRules.applicationPeriod(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3), false, false,
                LocalDate.of(2024, 12, 1), PLAIN).ok()).isTrue();
        assertThat(CaseRules.applicationPeriod(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3), false, false,
                LocalDate.of(2025, 1, 4), PLAIN).ok()).isFalse();
    }

    @Test
    void absoluteBarIsFiveYearsOrTwentyForRealProperty() {
        LocalDate act = LocalDate.of(2015, 6, 1);
        LocalDate known = LocalDate.of(2021, 6, 1);
        assertThat(CaseRules.applicationPeriod(act, known, true, false, LocalDate.of(2021, 6, 10), PLAIN).text())
                .contains("五年");
        assertThat(CaseRules.applicationPeriod(act, known, true, true, LocalDate.of(2021, 6, 10), PLAIN).ok()).isTrue();
    }

    @Test
    void extensionOnlyOnceAtMostThirtyDaysWithApprover() {
        LocalDate due = LocalDate.of(2025, 5, 9);
        assertThat(CaseRules.extension(Procedure.ORDINARY, 0, 30, "王主任", LocalDate.of(2025, 5, 1), due)).isEqualTo(30);
        assertThatThrownBy(() -> CaseRules.extension(Procedure.ORDINARY, 0, 31, "王主任", LocalDate.of(2025, 5, 1), due))
                .hasMessageContaining("三十日");
        assertThatThrownBy(() -> CaseRules.extension(Procedure.ORDINARY, 10, 5, "王主任", LocalDate.of(2025, 5, 1), due))
                .hasMessageContaining("不得再次延长");
        assertThatThrownBy(() -> CaseRules.extension(Procedure.SIMPLE, 0, 5, "王主任", LocalDate.of(2025, 5, 1), due))
                .hasMessageContaining("简易程序");
        assertThatThrownBy(() -> CaseRules.extension(Procedure.ORDINARY, 0, 5, " ", LocalDate.of(2025, 5, 1), due))
                .hasMessageContaining("负责人");
        assertThatThrownBy(() -> CaseRules.extension(Procedure.ORDINARY, 0, 5, "王主任", LocalDate.of(2025, 5, 10), due))
                .hasMessageContaining("届满");
    }

    @Test
    void hearingNoticeNeedsFiveWorkingDaysBetween() {
        // Notice Mon 2025-03-03; five working days 03-04..03-10 must lie before the hearing.
        CaseRules.hearingNotice(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 11), CaseRulesUnitTests::weekdaysBetween);
        assertThatThrownBy(() -> CaseRules.hearingNotice(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10),
                CaseRulesUnitTests::weekdaysBetween)).hasMessageContaining("第五十一条");
    }

    @Test
    void decisionNeedsTypeReasonsCopyAndHeldHearing() {
        assertThatThrownBy(() -> CaseRules.decision(DecisionType.MEDIATION, "理由理由理由理由理由理由", LocalDate.now(), null, null))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> CaseRules.decision(DecisionType.UPHOLD, "短", LocalDate.now(), null, null))
                .hasMessageContaining("过于简单");
        assertThatThrownBy(() -> CaseRules.decision(DecisionType.UPHOLD, "事实清楚，证据确凿，适用依据正确。", null, null, null))
                .hasMessageContaining("申请书副本");
        assertThatThrownBy(() -> CaseRules.decision(DecisionType.UPHOLD, "事实清楚，证据确凿，适用依据正确。",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 20), null)).hasMessageContaining("听证笔录");
        CaseRules.decision(DecisionType.DISMISS_APPLICATION, "受理后发现不符合受理条件，依法驳回。", null, null, null);
    }

    @Test
    void terminationAfterSixtyDaysOfSuspensionOnlyForItemsOneTwoFour() {
        LocalDate suspended = LocalDate.of(2025, 3, 1);
        CaseRules.termination(TerminationGround.SUSPENSION_LAPSED, SuspensionGround.DEATH, suspended,
                suspended.plusDays(60));
        assertThatThrownBy(() -> CaseRules.termination(TerminationGround.SUSPENSION_LAPSED, SuspensionGround.DEATH,
                suspended, suspended.plusDays(59))).hasMessageContaining("六十日");
        assertThatThrownBy(() -> CaseRules.termination(TerminationGround.SUSPENSION_LAPSED, SuspensionGround.MEDIATION,
                suspended, suspended.plusDays(90))).hasMessageContaining("第一项");
        assertThat(ChronoUnit.DAYS.between(suspended, suspended.plusDays(60))).isEqualTo(60);
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> CaseRules.allowed(CaseAction.DECIDE, CaseStatus.RECEIVED))
                .hasMessageContaining("受理审查中");
        assertThatThrownBy(() -> CaseRules.allowed(CaseAction.RESUME, CaseStatus.IN_REVIEW))
                .isInstanceOf(BusinessException.class);
        CaseRules.allowed(CaseAction.RESUME, CaseStatus.SUSPENDED);
        assertThat(CaseAction.fromSlug("deem-accepted")).isEqualTo(CaseAction.DEEM_ACCEPTED);
        assertThat(PeriodUnit.WORKING_DAYS).isNotNull();
    }
}
