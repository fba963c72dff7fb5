package org.fazhi.calendar;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pages and API of the legal calendar through MockMvc, including bad input and missing permissions. */
@FazhiIntegrationTest
@RecordApplicationEvents
class CalendarWebIntegrationTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    LegalCalendar calendar;
    @Autowired
    ApplicationEvents events;

    MockMvc mvc;

    /** MockMvc with Spring Security's test support, so that {@code @WithUserDetails} and {@code user()} apply. */
    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    @WithUserDetails("admin")
    @DisplayName("接口：2025-03-03 起 5 个工作日届满 2025-03-10，带说明和依据")
    void apiComputesWorkedExample() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2025-03-03").param("amount", "5")
                        .param("unit", "WORKING_DAYS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value("2025-03-10"))
                .andExpect(jsonPath("$.unknownYear").value(false))
                .andExpect(jsonPath("$.start").value("2025-03-03"))
                .andExpect(jsonPath("$.unit").value("WORKING_DAYS"))
                .andExpect(jsonPath("$.amount").value(5))
                .andExpect(jsonPath("$.explanation").value(containsString("期限届满日为 2025-03-10（星期一）")))
                .andExpect(jsonPath("$.citation").isNotEmpty());
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2025-03-10")
                        .param("period", "RECONSIDERATION_DECISION").param("extension", "30")
                        .param("stop", "2025-03-20~2025-03-29"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value("2025-06-18"))
                .andExpect(jsonPath("$.citation").value("《中华人民共和国行政复议法》第六十二条第一款"));
    }

    @Test
    @WithUserDetails("admin")
    @DisplayName("接口：未知年度 2027 标记 unknownYear=true")
    void apiFlagsUnknownYear() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2026-12-25").param("amount", "5")
                        .param("unit", "WORKING_DAYS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value("2027-01-01"))
                .andExpect(jsonPath("$.unknownYear").value(true))
                .andExpect(jsonPath("$.explanation").value(containsString("2027 年")));
    }

    @Test
    @WithUserDetails("admin")
    @DisplayName("接口：日期格式错误、单位不存在、长度为负、缺少参数均返回 400 和中文说明")
    void apiRejectsBadInput() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2025-02-30").param("amount", "5")
                        .param("unit", "WORKING_DAYS"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("格式不正确")));
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2025-03-03").param("amount", "5")
                        .param("unit", "YEARS"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("unit")));
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2025-03-03").param("amount", "-3")
                        .param("unit", "CALENDAR_DAYS"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("期间长度必须大于 0"));
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2025-03-03"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("期间长度")));
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2025-03-03").param("amount", "5")
                        .param("unit", "WORKING_DAYS").param("stop", "2025-03-09~2025-03-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("结束日早于开始日")));
        mvc.perform(get("/api/v1/calendar/days").param("year", "3000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("年份须在")));
    }

    @Test
    @DisplayName("接口：未登录返回 401")
    void apiNeedsLogin() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2025-03-03").param("amount", "5")
                        .param("unit", "WORKING_DAYS"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @WithUserDetails("admin")
    @DisplayName("接口：列出某年每一天的状态")
    void apiListsDaysOfYear() throws Exception {
        mvc.perform(get("/api/v1/calendar/days").param("year", "2025"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.known").value(true))
                .andExpect(jsonPath("$.days.length()").value(365))
                .andExpect(jsonPath("$.days[0].status").value("HOLIDAY"))
                .andExpect(jsonPath("$.days[0].name").value("元旦"))
                .andExpect(jsonPath("$.days[25].status").value("MAKEUP_WORKDAY"))
                .andExpect(jsonPath("$.days[25].working").value(true));
        mvc.perform(get("/api/v1/calendar/days").param("year", "2027"))
                .andExpect(jsonPath("$.known").value(false));
        mvc.perform(get("/api/v1/calendar/periods"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'DISCLOSURE_REPLY')].amount").value(20));
    }

    @Test
    @WithUserDetails("admin")
    @DisplayName("页面：表单计算期限，届满日和说明显示在约定的元素中")
    void deadlinePageComputes() throws Exception {
        mvc.perform(get("/calendar/deadline"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"deadline-form\"")))
                .andExpect(content().string(containsString("id=\"compute\"")));
        mvc.perform(post("/calendar/deadline").with(csrf()).param("start", "2025-03-03").param("amount", "5")
                        .param("unit", "WORKING_DAYS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span id=\"deadline-due\">2025-03-10</span>")))
                .andExpect(content().string(containsString("id=\"deadline-explanation\"")))
                .andExpect(content().string(containsString("次日起算 5 个工作日")));
        mvc.perform(post("/calendar/deadline").with(csrf()).param("start", "2025-09-04")
                        .param("period", "RECONSIDERATION_SIMPLE_DECISION"))
                .andExpect(content().string(containsString("<span id=\"deadline-due\">2025-10-09</span>")))
                .andExpect(content().string(containsString("第六十二条第二款")));
    }

    @Test
    @WithUserDetails("admin")
    @DisplayName("页面：输入错误时在表单旁显示中文原因，不显示结果")
    void deadlinePageShowsChineseErrors() throws Exception {
        mvc.perform(post("/calendar/deadline").with(csrf()).param("start", "2025/03/03").param("amount", "5")
                        .param("unit", "WORKING_DAYS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"deadline-error\"")))
                .andExpect(content().string(containsString("不是有效日期")))
                .andExpect(content().string(not(containsString("id=\"deadline-due\""))));
        mvc.perform(post("/calendar/deadline").with(csrf()).param("start", "2025-03-03").param("amount", "0")
                        .param("unit", "WORKING_DAYS"))
                .andExpect(content().string(containsString("期间长度必须大于 0")));
    }

    @Test
    @DisplayName("权限：没有节假日管理权限的经办人不能打开节假日页面，也不能提交通知")
    void holidayPageNeedsPermission() throws Exception {
        var clerk = users.loadUserByUsername(clerk());
        mvc.perform(get("/calendar/holidays").with(user(clerk))).andExpect(status().isForbidden());
        mvc.perform(post("/calendar/holidays").with(user(clerk)).with(csrf()).param("year", "2033")
                        .param("url", "https://www.gov.cn/x").param("title", "通知").param("offDays", "2033-01-03 元旦"))
                .andExpect(status().isForbidden());
        assertThat(calendar.isKnownYear(2033)).isFalse();
        mvc.perform(get("/calendar/deadline").with(user(clerk))).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("admin")
    @DisplayName("节假日页面：月历显示放假、调休，列出通知原文；未知年度给出提示")
    void holidayPageShowsYear() throws Exception {
        mvc.perform(get("/calendar/holidays").param("year", "2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"month-12\"")))
                .andExpect(content().string(containsString("data-date=\"2025-01-26\" data-kind=\"MAKEUP_WORKDAY\"")))
                .andExpect(content().string(containsString("data-date=\"2025-10-01\" data-kind=\"HOLIDAY\"")))
                .andExpect(content().string(containsString("content_6986383.htm")))
                .andExpect(content().string(containsString("holiday-cn")));
        mvc.perform(get("/calendar/holidays").param("year", "2027"))
                .andExpect(content().string(containsString("id=\"holiday-unknown\"")));
        mvc.perform(get("/calendar/holidays").param("year", "3000")).andExpect(status().isBadRequest());
    }

    @Test
    @WithUserDetails("admin")
    @DisplayName("录入通知：保存后立即生效、留存历史版本并记入审计；错误输入以中文列出且不改变数据")
    void enteringANoticeTakesEffectImmediately() throws Exception {
        int year = 2031;
        mvc.perform(post("/calendar/holidays").with(csrf()).param("year", String.valueOf(year))
                        .param("url", "ftp://example").param("title", "")
                        .param("offDays", "2031-01-01 元旦\n2031-01-01 元旦\n2031-13-01 春节\n2029-05-01 劳动节\n五一放假")
                        .param("workDays", "2031-01-08 春节"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"notice-errors\"")))
                .andExpect(content().string(containsString("通知原文网址应以 http:// 或 https:// 开头")))
                .andExpect(content().string(containsString("请填写通知标题")))
                .andExpect(content().string(containsString("重复填写")))
                .andExpect(content().string(containsString("不在 2031 年及其相邻月份")))
                .andExpect(content().string(containsString("调休上班日应为周六或周日")))
                .andExpect(content().string(containsString("第 3 行“2031-13-01 春节”中的日期不存在")))
                .andExpect(content().string(containsString("第 5 行“五一放假”格式不正确")));
        assertThat(jdbc.sql("SELECT count(*) FROM cal_notice WHERE year = :y").param("y", year)
                .query(Integer.class).single()).isZero();
        assertThat(calendar.isKnownYear(year)).isFalse();

        mvc.perform(post("/calendar/holidays").with(csrf()).param("year", String.valueOf(year))
                        .param("url", "https://www.gov.cn/zhengce/content/2030-11/test.htm")
                        .param("title", "国务院办公厅关于2031年部分节假日安排的通知")
                        .param("offDays", "2031-01-01 元旦\n2031-01-22~2031-01-28 春节")
                        .param("workDays", "2031-01-19 春节\n2031-02-08 春节"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/calendar/holidays?year=2031"));

        assertThat(calendar.isKnownYear(year)).isTrue();
        assertThat(calendar.day(LocalDate.of(2031, 1, 23)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.day(LocalDate.of(2031, 1, 19)).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);
        assertThat(events.stream(HolidayNoticeEntered.class))
                .anySatisfy(e -> {
                    assertThat(e.year()).isEqualTo(year);
                    assertThat(e.actor()).isEqualTo("admin");
                    assertThat(e.summary()).contains("放假 8 天，调休上班 2 天");
                });

        mvc.perform(post("/calendar/holidays").with(csrf()).param("year", String.valueOf(year))
                        .param("url", "https://www.gov.cn/zhengce/content/2031-01/supplement.htm")
                        .param("title", "补充通知")
                        .param("offDays", "2031-01-01 元旦\n2031-01-22~2031-01-29 春节")
                        .param("workDays", "2031-01-19 春节"))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.day(LocalDate.of(2031, 1, 29)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.day(LocalDate.of(2031, 2, 8)).kind()).isEqualTo(DayKind.WEEKEND);
        assertThat(jdbc.sql("SELECT count(*) FROM cal_notice WHERE year = :y").param("y", year)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM cal_notice_paper p JOIN cal_notice n ON n.id = p.notice_id "
                + "WHERE n.year = :y AND n.is_current").param("y", year).query(Integer.class).single()).isEqualTo(2);
        mvc.perform(get("/calendar/holidays").param("year", String.valueOf(year)))
                .andExpect(content().string(containsString("补充通知")))
                .andExpect(content().string(containsString("2031-01-22~2031-01-29 春节")));
    }

    /** A clerk of a new unit: calendar:deadline:compute but not calendar:holiday:manage. */
    private String clerk() {
        String name = "calclerk" + System.nanoTime();
        Timestamp now = Timestamp.from(Instant.parse("2025-01-01T00:00:00Z"));
        long government = jdbc.sql("SELECT id FROM org_unit WHERE county_code = '990121' AND parent_id IS NULL")
                .query(Long.class).single();
        long unit = jdbc.sql("""
                        INSERT INTO org_unit (county_code, parent_id, ancestors, name, kind, created_at, created_by,
                                              updated_at, updated_by)
                        VALUES ('990121', :p, :a, :n, 'DEPARTMENT', :t, 'test', :t, 'test') RETURNING id""")
                .param("p", government).param("a", "/" + government + "/").param("n", "日历测试单位" + name)
                .param("t", now).query(Long.class).single();
        long account = jdbc.sql("""
                        INSERT INTO org_account (county_code, username, password_hash, display_name, unit_id,
                                                 created_at, created_by, updated_at, updated_by)
                        VALUES ('990121', :u, 'x', '测试经办人', :unit, :t, 'test', :t, 'test') RETURNING id""")
                .param("u", name).param("unit", unit).param("t", now).query(Long.class).single();
        jdbc.sql("INSERT INTO org_account_role (account_id, role_id) SELECT :a, id FROM org_role WHERE code = 'CLERK'")
                .param("a", account).update();
        return name;
    }
}
