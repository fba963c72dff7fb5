package org.fazhi.reports;

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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The report's workflow through the web: draft → review → sign → submit → publish, with the check and the portal. */
@FazhiIntegrationTest
class ReportsWorkflowIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    UserDetails sifaju;
    UserDetails danwei;
    UserDetails xiangzhen;
    UserDetails lingdao;
    long government;
    long market;

    @BeforeEach
    void users() {
        sifaju = accounts.loadUserByUsername("sifaju");
        danwei = accounts.loadUserByUsername("danwei");
        xiangzhen = accounts.loadUserByUsername("xiangzhen");
        lingdao = accounts.loadUserByUsername("lingdao");
        government = jdbc.sql("SELECT id FROM org_unit WHERE county_code = '990121' AND kind = 'GOVERNMENT' ORDER BY id LIMIT 1")
                .query(Long.class).single();
        market = jdbc.sql("SELECT unit_id FROM org_account WHERE username = 'danwei'").query(Long.class).single();
    }

    private long create(UserDetails who, long unit, int year) throws Exception {
        MvcResult r = mvc.perform(post("/reports").with(user(who)).with(csrf())
                        .param("unitId", Long.toString(unit)).param("year", Integer.toString(year)))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(r.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
    }

    private void write(UserDetails who, long id, int seq, String body) throws Exception {
        mvc.perform(post("/reports/" + id + "/sections/" + seq).with(user(who)).with(csrf()).param("body", body))
                .andExpect(flash().attribute("message", containsString("已保存")));
    }

    private String reportStatus(long id) {
        return jdbc.sql("SELECT status FROM rpt_report WHERE id = :id").param("id", id).query(String.class).single();
    }

    @Test
    @DisplayName("县本级报告：起草、审核退回、签发、报送（公文）、公开后出现在门户；不能再次报送；期限进入待办")
    void countyReportFromDraftToPortal() throws Exception {
        long id = create(sifaju, government, 2020);
        assertThat(jdbc.sql("SELECT count(*) FROM wl_item WHERE source_module = 'reports' AND source_id = :id AND status = 'OPEN'")
                .param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT due_date::text FROM wl_item WHERE source_module = 'reports' AND source_id = :id AND deadline_kind = 'annual-report-submission'")
                .param("id", Long.toString(id)).query(String.class).single()).isEqualTo("2021-03-01");

        // Required chapters must be written before review.
        mvc.perform(post("/reports/" + id + "/review").with(user(sifaju)).with(csrf()))
                .andExpect(flash().attribute("error", containsString("尚未填写")));
        write(sifaju, id, 1, "（一）完善依法行政制度体系。全年制定行政规范性文件3件，均经合法性审核。");
        write(sifaju, id, 2, "县政府主要负责人召开常务会议专题研究法治政府建设4次。");
        write(sifaju, id, 3, "部分乡镇法治工作力量薄弱。");
        write(sifaju, id, 4, "全面落实重大行政决策程序。");
        mvc.perform(post("/reports/" + id + "/compile").with(user(sifaju)).with(csrf()))
                .andExpect(flash().attribute("message", containsString("汇总")));
        mvc.perform(post("/reports/" + id + "/review").with(user(sifaju)).with(csrf()))
                .andExpect(flash().attribute("message", containsString("提交审核")));
        mvc.perform(post("/reports/" + id + "/return").with(user(sifaju)).with(csrf()).param("comment", "第二章补充述法情况"))
                .andExpect(flash().attribute("message", containsString("退回")));
        assertThat(reportStatus(id)).isEqualTo("RETURNED");
        write(sifaju, id, 2, "县政府主要负责人召开常务会议专题研究法治政府建设4次，组织部门主要负责人现场述法。");
        mvc.perform(post("/reports/" + id + "/review").with(user(sifaju)).with(csrf()));
        mvc.perform(post("/reports/" + id + "/publish").with(user(sifaju)).with(csrf()))
                .andExpect(flash().attribute("error", containsString("报送后才能公开")));
        mvc.perform(post("/reports/" + id + "/sign").with(user(sifaju)).with(csrf()))
                .andExpect(flash().attribute("message", containsString("签发")));
        mvc.perform(post("/reports/" + id + "/submit").with(user(sifaju)).with(csrf()))
                .andExpect(flash().attribute("message", containsString("报送")));
        assertThat(reportStatus(id)).isEqualTo("SUBMITTED");
        mvc.perform(get("/reports/" + id + "/docx").with(user(sifaju))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsByteArray()).startsWith('P', 'K'));
        mvc.perform(post("/reports/" + id + "/publish").with(user(sifaju)).with(csrf()))
                .andExpect(flash().attribute("message", containsString("公开")));
        mvc.perform(post("/reports/" + id + "/submit").with(user(sifaju)).with(csrf()))
                .andExpect(flash().attribute("error", containsString("不能再次报送")));
        assertThat(jdbc.sql("SELECT count(*) FROM wl_item WHERE source_module = 'reports' AND source_id = :id AND status = 'OPEN'")
                .param("id", Long.toString(id)).query(Long.class).single()).isZero();

        mvc.perform(get("/portal/reports")).andExpect(status().isOk())
                .andExpect(content().string(containsString("关于2020年度法治政府建设情况的报告")));
        mvc.perform(get("/portal/reports/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("组织部门主要负责人现场述法")));
        mvc.perform(get("/portal")).andExpect(content().string(containsString("/portal/reports")));
    }

    @Test
    @DisplayName("有一致性问题不能报送，审核人写明理由可以报送；检查接口逐句指出问题")
    void findingsBlockSubmissionUnlessOverridden() throws Exception {
        long id = create(danwei, market, 2021);
        mvc.perform(post("/reports/" + id + "/sections/1").with(user(danwei)).with(csrf())
                .param("body", "全年组织执法资格考试，70名执法人员参加考试，63名通过，考试通过率100%。"));
        for (int seq = 2; seq <= 4; seq++) {
            write(danwei, id, seq, "本单位按要求落实。");
        }
        mvc.perform(post("/api/v1/reports/annual/" + id + "/check").with(user(danwei)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.findings[0].kind").value("RATE_COUNT"))
                .andExpect(jsonPath("$.findings[0].section").value(1))
                .andExpect(jsonPath("$.findings[0].sentence").value(containsString("考试通过率100%")));
        mvc.perform(post("/api/v1/reports/annual/" + id + "/check").with(user(xiangzhen)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/" + id).with(user(xiangzhen))).andExpect(status().isNotFound());

        mvc.perform(post("/reports/" + id + "/review").with(user(danwei)).with(csrf()));
        mvc.perform(post("/reports/" + id + "/sign").with(user(danwei)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/reports/" + id + "/sign").with(user(sifaju)).with(csrf()));
        mvc.perform(post("/reports/" + id + "/submit").with(user(danwei)).with(csrf()))
                .andExpect(flash().attribute("error", containsString("一致性检查发现1个问题")));
        // A unit administrator cannot override; the reviewer can, with a reason.
        mvc.perform(post("/reports/" + id + "/submit").with(user(danwei)).with(csrf()).param("overrideReason", "已核实"))
                .andExpect(flash().attribute("error", containsString("没有审核签发年度报告的权限")));
        assertThat(reportStatus(id)).isEqualTo("SIGNED");
        mvc.perform(post("/reports/" + id + "/submit").with(user(sifaju)).with(csrf())
                        .param("overrideReason", "通过率按取得资格人数计，原文保留"))
                .andExpect(flash().attribute("message", containsString("报送")));
        assertThat(jdbc.sql("SELECT override_reason FROM rpt_report WHERE id = :id").param("id", id)
                .query(String.class).single()).contains("原文保留");
        mvc.perform(get("/reports/" + id).with(user(lingdao))).andExpect(status().isOk())
                .andExpect(content().string(containsString("原文保留")))
                .andExpect(content().string(not(containsString("report-sign"))));
        mvc.perform(post("/reports").with(user(lingdao)).with(csrf()).param("unitId", Long.toString(market))
                .param("year", "2021")).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("报告列表和报告接口")
    void listAndApi() throws Exception {
        long id = create(danwei, market, 2017);
        mvc.perform(get("/reports").with(user(danwei))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2017年度法治政府建设情况报告")));
        mvc.perform(get("/api/v1/reports/annual/" + id).with(user(danwei)))
                .andExpect(jsonPath("$.submissionDue").value("2018-03-01"))
                .andExpect(jsonPath("$.chapters[2].heading").value("三、2017年度推进法治政府建设存在的不足和原因"));
        mvc.perform(get("/api/v1/reports/annual/" + id).with(user(xiangzhen))).andExpect(status().isNotFound());
    }
}
