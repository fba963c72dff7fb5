package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The queue's light uses working days (as the worklist does), so a holiday keeps a request green longer. */
class DisclosureRequestLightsUnitTests {

    // 国庆 2025: 10-01..10-08 off, make-up working days Sunday 09-28 and Saturday 10-11
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 2),
            LocalDate.of(2025, 10, 3), LocalDate.of(2025, 10, 4), LocalDate.of(2025, 10, 5), LocalDate.of(2025, 10, 6),
            LocalDate.of(2025, 10, 7), LocalDate.of(2025, 10, 8));
    private static final Set<LocalDate> MAKE_UP = Set.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));

    private static boolean working(LocalDate d) {
        if (MAKE_UP.contains(d)) {
            return true;
        }
        return !HOLIDAYS.contains(d) && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static int between(LocalDate fromExclusive, LocalDate toInclusive) {
        int n = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            n += working(d) ? 1 : 0;
        }
        return n;
    }

    private static String light(LocalDate due, LocalDate today) {
        return RequestLights.light(due, today, 3, DisclosureRequestLightsUnitTests::between);
    }

    @Test
    void boundaryAcrossNationalDay() {
        LocalDate today = LocalDate.of(2025, 9, 30);
        // 09-30 → 10-10: ten calendar days but only 10-09 and 10-10 are working days: yellow
        assertThat(light(LocalDate.of(2025, 10, 10), today)).isEqualTo("yellow");
        // 10-11 (make-up Saturday) is the 3rd working day: still yellow at the threshold
        assertThat(light(LocalDate.of(2025, 10, 11), today)).isEqualTo("yellow");
        // 10-13 is the 4th working day: green
        assertThat(light(LocalDate.of(2025, 10, 13), today)).isEqualTo("green");
    }

    @Test
    void calendarDaysWouldBeWrongAroundAWeekend() {
        // Friday 2025-09-19, due Wednesday 09-24: 5 calendar days but 3 working days → yellow
        assertThat(light(LocalDate.of(2025, 9, 24), LocalDate.of(2025, 9, 19))).isEqualTo("yellow");
        assertThat(light(LocalDate.of(2025, 9, 25), LocalDate.of(2025, 9, 19))).isEqualTo("green");
    }

    @Test
    void dueTodayIsYellowAndYesterdayRed() {
        LocalDate today = LocalDate.of(2025, 10, 9);
        assertThat(light(today, today)).isEqualTo("yellow");
        assertThat(light(today.minusDays(1), today)).isEqualTo("red");
    }

    @Test
    void thresholdIsConfigurable() {
        LocalDate today = LocalDate.of(2025, 9, 30);
        assertThat(RequestLights.light(LocalDate.of(2025, 10, 10), today, 1, DisclosureRequestLightsUnitTests::between))
                .isEqualTo("green");
        assertThat(RequestLights.light(LocalDate.of(2025, 10, 9), today, 1, DisclosureRequestLightsUnitTests::between))
                .isEqualTo("yellow");
    }
}
