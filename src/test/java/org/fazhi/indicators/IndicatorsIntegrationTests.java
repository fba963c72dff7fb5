package org.fazhi.indicators;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FazhiIntegrationTest
class IndicatorsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    UserDetails danwei;
    UserDetails sifaju;
    UserDetails jingban;
    UserDetails xiangzhen;
    UserDetails lingdao;
    long market;

    @BeforeEach
    void users() {
        danwei = accounts.loadUserByUsername("danwei");
        sifaju = accounts.loadUserByUsername("sifaju");
        jingban = accounts.loadUserByUsername("jingban");
        xiangzhen = accounts.loadUserByUsername("xiangzhen");
        lingdao = accounts.loadUserByUsername("lingdao");
        market = jdbc.sql("SELECT unit_id FROM org_account WHERE username = 'danwei'").query(Long.class).single();
    }

    private long openForm(int year) throws Exception {
        MvcResult r = mvc.perform(post("/indicators/forms").with(user(danwei)).with(csrf())
                        .param("unitId", Long.toString(market)).param("year", Integer.toString(year)))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(r.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
    }

    private String formStatus(long id) {
        return jdbc.sql("SELECT status FROM ind_form WHERE id = :id").param("id", id).query(String.class).single();
    }

    @Test
    @DisplayName("目录接口列出全部指标及其口径")
    void catalogApi() throws Exception {
        mvc.perform(get("/api/v1/indicators").with(user(lingdao)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(greaterThanOrEqualTo(100)))
                .andExpect(jsonPath("$[?(@.code == 'RECON_DIRECT_CORRECTION_RATE')].basis")
                        .value(org.hamcrest.Matchers.hasItem(containsString("审结"))))
                .andExpect(jsonPath("$[?(@.code == 'NORMDOC_REVIEW_RATE')].target").value(org.hamcrest.Matchers.hasItem("达到100%")));
        mvc.perform(get("/api/v1/indicators")).andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("单位填报、司法局退回、单位改正后审核通过；每一步都有记录")
    void fillReturnCorrectApprove() throws Exception {
        long id = openForm(2019);
        assertThat(openForm(2019)).isEqualTo(id);

        // Parts above their whole: refused, nothing stored.
        mvc.perform(post("/indicators/forms/" + id).with(user(danwei)).with(csrf())
                        .param("num_ENF_CERTIFIED_OFFICERS", "40")
                        .param("num_RECON_APPLICATIONS", "6").param("num_RECON_CONCLUDED", "4")
                        .param("num_RECON_RESOLVED_BEFORE_ACCEPTANCE", "3"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", containsString("之和7件超过「收到行政复议申请」6件")));
        assertThat(jdbc.sql("SELECT count(*) FROM ind_form_value WHERE form_id = :id").param("id", id)
                .query(Long.class).single()).isZero();

        mvc.perform(post("/indicators/forms/" + id).with(user(danwei)).with(csrf()).param("action", "submit")
                        .param("num_ENF_CERTIFIED_OFFICERS", "40")
                        .param("num_RECON_APPLICATIONS", "6").param("num_RECON_CONCLUDED", "4"))
                .andExpect(flash().attribute("message", containsString("报送")));
        assertThat(formStatus(id)).isEqualTo("SUBMITTED");

        // A clerk may not review; a return needs a reason.
        mvc.perform(post("/indicators/forms/" + id + "/review").with(user(jingban)).with(csrf())
                .param("decision", "approve")).andExpect(status().isForbidden());
        mvc.perform(post("/indicators/forms/" + id + "/review").with(user(sifaju)).with(csrf())
                        .param("decision", "return").param("comment", " "))
                .andExpect(flash().attribute("error", containsString("退回理由")));
        mvc.perform(post("/indicators/forms/" + id + "/review").with(user(sifaju)).with(csrf())
                        .param("decision", "return").param("comment", "持证人数与执法证管理系统不符，应为42名"))
                .andExpect(flash().attribute("message", containsString("退回")));
        assertThat(formStatus(id)).isEqualTo("RETURNED");
        mvc.perform(get("/indicators/forms/" + id).with(user(danwei)))
                .andExpect(content().string(containsString("应为42名")));

        mvc.perform(post("/indicators/forms/" + id).with(user(danwei)).with(csrf()).param("action", "submit")
                        .param("num_ENF_CERTIFIED_OFFICERS", "42"))
                .andExpect(flash().attribute("message", containsString("报送")));
        mvc.perform(post("/indicators/forms/" + id + "/review").with(user(sifaju)).with(csrf())
                .param("decision", "approve")).andExpect(flash().attribute("message", containsString("审核通过")));
        assertThat(formStatus(id)).isEqualTo("APPROVED");
        // Approved forms are closed.
        mvc.perform(post("/indicators/forms/" + id).with(user(danwei)).with(csrf()).param("num_ENF_CERTIFIED_OFFICERS", "1"))
                .andExpect(flash().attribute("error", containsString("不能修改")));

        assertThat(jdbc.sql("SELECT action || ':' || coalesce(old_text, '') || '>' || coalesce(new_text, '') FROM ind_form_change WHERE form_id = :id ORDER BY id")
                .param("id", id).query(String.class).list())
                .contains("VALUE:40名>42名", "RETURN:已报送待审核>已退回待修改", "APPROVE:已报送待审核>审核通过");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = 'ind_form' AND object_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isGreaterThanOrEqualTo(6);

        // The figure, last year and drill-down to the form.
        mvc.perform(get("/api/v1/indicators/ENF_CERTIFIED_OFFICERS/values").with(user(danwei))
                        .param("scope", "unit-" + market).param("year", "2019"))
                .andExpect(jsonPath("$.figure").value("42名"))
                .andExpect(jsonPath("$.id").value("unit-" + market + "-2019"))
                .andExpect(jsonPath("$.definition.unitWord").value("名"));
        mvc.perform(get("/api/v1/indicators/ENF_CERTIFIED_OFFICERS/values/unit-" + market + "-2019/records").with(user(sifaju)))
                .andExpect(jsonPath("$.records[0].link").value("/indicators/forms/" + id))
                .andExpect(jsonPath("$.records[0].title").value(containsString("42名")));
        mvc.perform(get("/indicators/values/ENF_CERTIFIED_OFFICERS").with(user(sifaju))
                        .param("scope", "unit-" + market).param("year", "2019"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("42名")));
    }

    @Test
    @DisplayName("其他单位不能看、不能填本单位的填报表，也不能越权统计")
    void otherUnitsAreRefused() throws Exception {
        long id = openForm(2018);
        mvc.perform(get("/indicators/forms/" + id).with(user(xiangzhen))).andExpect(status().isNotFound());
        mvc.perform(post("/indicators/forms/" + id).with(user(xiangzhen)).with(csrf()).param("num_ENF_CERTIFIED_OFFICERS", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/indicators/forms").with(user(xiangzhen)).with(csrf())
                .param("unitId", Long.toString(market)).param("year", "2018")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/indicators/ENF_CERTIFIED_OFFICERS/values").with(user(xiangzhen)).param("scope", "county"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/indicators/ENF_CERTIFIED_OFFICERS/values").with(user(xiangzhen))
                .param("scope", "unit-" + market)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/indicators/ENF_CERTIFIED_OFFICERS/values/unit-" + market + "-2018/records")
                .with(user(xiangzhen))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/indicators/NO_SUCH_CODE/values").with(user(sifaju))).andExpect(status().isNotFound());
        mvc.perform(get("/indicators/forms").with(user(lingdao))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("看板、目录与开放数据导出")
    void dashboardAndExport() throws Exception {
        mvc.perform(get("/indicators").with(user(lingdao))).andExpect(status().isOk())
                .andExpect(content().string(containsString("chart-families")));
        mvc.perform(get("/indicators/catalog").with(user(jingban))).andExpect(status().isOk())
                .andExpect(content().string(containsString("行政复议案件直接纠错率")));
        mvc.perform(get("/indicators/export.csv").with(user(lingdao)).param("year", "2019"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("统计对象（分子）")))
                .andExpect(content().string(containsString("审结的行政复议案件数")));
        mvc.perform(get("/api/v1/indicators/export").with(user(lingdao)).param("year", "2019"))
                .andExpect(jsonPath("$.values[0].definition.numerator").exists());
        mvc.perform(get("/indicators/export.csv").with(user(jingban))).andExpect(status().isForbidden());
    }
}
