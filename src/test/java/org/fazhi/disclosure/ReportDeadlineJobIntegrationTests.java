package org.fazhi.disclosure;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.org.Counties;
import org.fazhi.org.CountySettings;
import org.fazhi.worklist.DeadlineSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The annual disclosure report deadlines (条例第四十九条) are watched in every county of a province deployment. */
@FazhiIntegrationTest
class ReportDeadlineJobIntegrationTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Counties counties;

    @Test
    void everyCountysGovernmentGetsItsMarch31Deadline() {
        CountySettings second = new CountySettings("990177", "另一县", null, null, null, null);
        long government = counties.establish(second, "admin990177", "");
        List<Object> published = new ArrayList<>();
        Clock january = Clock.fixed(Instant.parse("2027-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

        new ReportDeadlineJob(jdbc, published::add, january).ensure();

        List<DeadlineSet> deadlines = published.stream().map(DeadlineSet.class::cast).toList();
        assertThat(deadlines).anySatisfy(d -> {
            assertThat(d.countyCode()).isEqualTo("990177");
            assertThat(d.unitId()).isEqualTo(government);
            assertThat(d.due()).isEqualTo(LocalDate.of(2027, 3, 31));
        });
        assertThat(deadlines).anySatisfy(d -> assertThat(d.countyCode()).isEqualTo("990121"));
    }
}
