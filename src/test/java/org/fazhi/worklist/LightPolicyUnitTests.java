package org.fazhi.worklist;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The light rule on a small made-up calendar: weekends off, plus a three-day holiday. */
class LightPolicyUnitTests {

    /** Monday 2030-06-03 to Wednesday 06-05 off; the Saturday before (06-01) is a make-up working day. */
    private static final Set<LocalDate> OFF = Set.of(LocalDate.of(2030, 6, 3), LocalDate.of(2030, 6, 4),
            LocalDate.of(2030, 6, 5));
    private static final LocalDate MAKEUP = LocalDate.of(2030, 6, 1);

    private static int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (d.equals(MAKEUP) || (!weekend && !OFF.contains(d))) {
                n++;
            }
        }
        return n;
    }

    private final LightPolicy policy = new LightPolicy(LightPolicyUnitTests::workingDaysBetween, 3);
    private final LocalDate due = LocalDate.of(2030, 6, 7);

    @Test
    @DisplayName("剩余工作日超过 3 天为绿灯，3 天及以内为黄灯，过了届满日为红灯")
    void boundaries() {
        assertThat(policy.light(due, LocalDate.of(2030, 5, 30))).isEqualTo(Light.GREEN);
        assertThat(policy.remaining(due, LocalDate.of(2030, 5, 30))).isEqualTo(4);
        assertThat(policy.light(due, LocalDate.of(2030, 5, 31))).isEqualTo(Light.YELLOW);
        assertThat(policy.light(due, due)).isEqualTo(Light.YELLOW);
        assertThat(policy.remaining(due, due)).isZero();
        assertThat(policy.light(due, due.plusDays(1))).isEqualTo(Light.RED);
    }

    @Test
    @DisplayName("跨节假日：自然日还有一周，但只剩 3 个工作日，已是黄灯；调休的周六计入")
    void countsWorkingDaysAcrossHoliday() {
        assertThat(policy.remaining(due, LocalDate.of(2030, 5, 31))).isEqualTo(3);
        assertThat(policy.light(due, LocalDate.of(2030, 5, 31))).isEqualTo(Light.YELLOW);
        assertThat(policy.remaining(due, LocalDate.of(2030, 6, 1))).isEqualTo(2);
    }

    @Test
    @DisplayName("黄灯阈值可配置")
    void thresholdIsConfigurable() {
        LightPolicy five = new LightPolicy(LightPolicyUnitTests::workingDaysBetween, 5);
        assertThat(five.light(due, LocalDate.of(2030, 5, 29))).isEqualTo(Light.YELLOW);
        assertThat(five.light(due, LocalDate.of(2030, 5, 28))).isEqualTo(Light.GREEN);
    }
}
