package org.fazhi.calendar;

import com.tyme.holiday.LegalHoliday;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled holiday data against an independent source. */
class HolidayTableUnitTests {

    private static final HolidayTable TABLE = HolidayTable.of(BundledHolidays.read());

    @Test
    @DisplayName("2019–2026 每一天的上班/休息状态与 tyme4j 内置法定节假日表一致")
    void agreesWithTyme4jEveryDayOf2019To2026() {
        List<String> differences = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2019, 1, 1); d.getYear() <= 2026; d = d.plusDays(1)) {
            LegalHoliday holiday = LegalHoliday.fromYmd(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean expectedWorking = holiday == null ? !weekend : holiday.isWork();
            if (TABLE.day(d).working() != expectedWorking) {
                differences.add(d + " 本系统=" + TABLE.day(d).describe() + " tyme4j=" + holiday);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    @DisplayName("2019 年通知列明的 2018 年末调休也生效；2018 年本身仍为未知年度")
    void adjacentEntriesApply() {
        assertThat(TABLE.day(LocalDate.of(2018, 12, 29)).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);
        assertThat(TABLE.day(LocalDate.of(2018, 12, 31)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(TABLE.day(LocalDate.of(2018, 12, 31)).knownYear()).isFalse();
        assertThat(TABLE.day(LocalDate.of(2022, 12, 31)).describe()).isEqualTo("法定节假日（元旦）");
    }

    @Test
    @DisplayName("空的 2027 年文件表示通知未发布：按周末推算并标记为未知，而不是“2027 年没有节假日”")
    void emptyNoticeMeansUnknownYear() {
        CalendarDay newYear = TABLE.day(LocalDate.of(2027, 1, 1));
        assertThat(newYear.knownYear()).isFalse();
        assertThat(newYear.kind()).isEqualTo(DayKind.WORKDAY);
        assertThat(TABLE.knownYears()).containsExactlyInAnyOrder(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
    }
}
