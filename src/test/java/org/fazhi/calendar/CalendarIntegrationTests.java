package org.fazhi.calendar;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The legal calendar on the real database: bundled data loaded once, working-day arithmetic on it. */
@FazhiIntegrationTest
class CalendarIntegrationTests {

    @Autowired
    LegalCalendar calendar;
    @Autowired
    Deadlines deadlines;
    @Autowired
    HolidayLoader loader;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("启动时载入 2019–2027 年数据；2027 年无通知原文，为未知年度；重复载入不产生新版本")
    void loadsBundledDataOnceAndIdempotently() {
        assertThat(jdbc.sql("SELECT count(*) FROM cal_notice WHERE is_current AND year BETWEEN 2019 AND 2027 AND origin = 'BUNDLED'")
                .query(Integer.class).single()).isEqualTo(9);
        assertThat(jdbc.sql("SELECT count(*) FROM cal_day d JOIN cal_notice n ON n.id = d.notice_id WHERE n.year = 2025 AND n.is_current")
                .query(Integer.class).single()).isEqualTo(33);
        assertThat(calendar.isKnownYear(2025)).isTrue();
        assertThat(calendar.isKnownYear(2027)).isFalse();

        int before = jdbc.sql("SELECT count(*) FROM cal_notice").query(Integer.class).single();
        loader.run(null);
        assertThat(jdbc.sql("SELECT count(*) FROM cal_notice").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    @DisplayName("工作日判断、日期状态、区间工作日数和加工作日")
    void workingDayQueries() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();
        assertThat(calendar.day(LocalDate.of(2025, 9, 28)).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);
        assertThat(calendar.day(LocalDate.of(2025, 10, 1)).describe()).isEqualTo("法定节假日（国庆节、中秋节）");
        assertThat(calendar.day(LocalDate.of(2025, 10, 12)).kind()).isEqualTo(DayKind.WEEKEND);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 9))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 9))).isEqualTo(4);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 9), LocalDate.of(2025, 10, 9))).isZero();
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 3, 3), 5)).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(calendar.year(2024)).hasSize(366);
    }

    @Test
    @DisplayName("公共服务：按法定期间计算，结果带依据和说明")
    void computesStatutoryPeriod() {
        Deadline deadline = deadlines.compute(StatutoryPeriod.RECONSIDERATION_DECISION, LocalDate.of(2025, 3, 10));
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2025, 5, 9));
        assertThat(deadline.citation()).isEqualTo("《中华人民共和国行政复议法》第六十二条第一款");
    }
}
