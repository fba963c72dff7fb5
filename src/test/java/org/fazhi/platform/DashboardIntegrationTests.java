package org.fazhi.platform;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.calendar.LegalCalendar;
import org.fazhi.worklist.DeadlineSet;
import org.fazhi.worklist.Light;
import org.fazhi.worklist.WorklistQueries;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.org.DataScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.LocalDate;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The home page shows real figures of the user's scope and today's legal-calendar status. */
@FazhiIntegrationTest
class DashboardIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LegalCalendar calendar;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    WorklistQueries worklist;

    @Test
    @WithUserDetails("admin")
    void countsAnOverdueItemAsRed() throws Exception {
        long government = jdbc.sql("SELECT id FROM org_unit WHERE county_code = '990121' AND parent_id IS NULL")
                .query(Long.class).single();
        ScopeFilter county = new ScopeFilter(DataScope.COUNTY, "990121", government, "/" + government + "/");
        long redBefore = worklist.lightCounts(county).getOrDefault(Light.RED, 0L);
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        tx.executeWithoutResult(s -> events.publishEvent(new DeadlineSet("990121", government, null, "platform",
                "dashboard-test", java.util.UUID.randomUUID().toString(), "reply", "首页测试事项", yesterday,
                null, "/")));
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"light-red\">" + (redBefore + 1) + "<")));
    }

    @Test
    @WithUserDetails("admin")
    void showsCountyFiguresAndTodaysCalendarStatus() throws Exception {
        long units = jdbc.sql("SELECT count(*) FROM org_unit WHERE county_code = '990121' AND status = 'ACTIVE'")
                .query(Long.class).single();
        LocalDate today = LocalDate.now(clock);
        int nextYear = today.getYear() + 1;
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"fig-units\">" + units + "<")))
                .andExpect(content().string(containsString(calendar.day(today).describe())))
                .andExpect(content().string(containsString(nextYear + " 年节假日安排"
                        + (calendar.isKnownYear(nextYear) ? "已录入" : "尚未录入"))));
    }

    @Autowired
    org.fazhi.indicators.IndicatorValues indicatorValues;

    @Test
    @WithUserDetails("sifaju")
    void headlineFiguresAreTheIndicatorsOfTheCountyAndOpenTheirRecords() throws Exception {
        int year = LocalDate.now(clock).getYear();
        var county = org.fazhi.indicators.ValueScopes.county("990121", "示范县");
        var recon = indicatorValues.value("RECON_APPLICATIONS", county, "county-990121", year);
        String html = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(html)
                .contains("id=\"dashboard-headline\"", year + " 年度主要指标")
                .contains("/indicators/values/RECON_APPLICATIONS?scope=county-990121&amp;year=" + year)
                .contains(recon.known() ? recon.figure() : "未填报")
                .contains("id=\"headline-TASK_PLAN_COMPLETION_RATE\"").doesNotContain("未填报");
    }
}
