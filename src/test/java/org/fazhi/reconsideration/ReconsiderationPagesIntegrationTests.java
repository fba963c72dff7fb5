package org.fazhi.reconsideration;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff pages render on the demo data for each role that may see them, are refused to the others, and keep a
 * respondent unit to the cases against it.
 */
@FazhiIntegrationTest
class ReconsiderationPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long demoCase(String applicant) {
        return jdbc.sql("SELECT id FROM recon_case WHERE county_code = '990121' AND applicant_summary = :a ORDER BY id LIMIT 1")
                .param("a", applicant).query(Long.class).single();
    }

    @Test
    @WithUserDetails("sifaju")
    void coordinatorSeesListDetailStatisticsAndLitigation() throws Exception {
        mvc.perform(get("/reconsideration/cases")).andExpect(status().isOk())
                .andExpect(content().string(containsString("李明")))
                .andExpect(content().string(containsString("fz-light")));
        mvc.perform(get("/reconsideration/cases").param("light", "green")).andExpect(status().isOk());
        mvc.perform(get("/reconsideration/cases/export.csv")).andExpect(status().isOk())
                .andExpect(content().string(containsString("陈静")));
        mvc.perform(get("/reconsideration/cases/" + demoCase("陈静"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("行政复议决定书")))
                .andExpect(content().string(containsString("撤销")));
        mvc.perform(get("/reconsideration/cases/" + demoCase("李明"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("第三十条")))
                .andExpect(content().string(containsString("action-accept")));
        mvc.perform(get("/reconsideration/cases/new")).andExpect(status().isOk());
        mvc.perform(get("/reconsideration/committee")).andExpect(status().isOk())
                .andExpect(content().string(containsString("冯志远")));
        mvc.perform(get("/reconsideration/statistics")).andExpect(status().isOk())
                .andExpect(content().string(containsString("纠错率")))
                .andExpect(content().string(containsString("负责人出庭应诉率")));
        mvc.perform(get("/reconsideration/statistics/records").param("code", "RECON_DECIDED")).andExpect(status().isOk())
                .andExpect(content().string(containsString("陈静")));
        mvc.perform(get("/reconsideration/statistics/export.csv")).andExpect(status().isOk());
        mvc.perform(get("/reconsideration/litigation")).andExpect(status().isOk())
                .andExpect(content().string(containsString("示范县人民法院")));
        long lawsuit = jdbc.sql("SELECT min(id) FROM recon_litigation").query(Long.class).single();
        mvc.perform(get("/reconsideration/litigation/" + lawsuit)).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("danwei")
    void respondentUnitSeesOnlyItsOwnCases() throws Exception {
        mvc.perform(get("/reconsideration/cases")).andExpect(status().isOk())
                .andExpect(content().string(containsString("李明")))
                .andExpect(content().string(not(containsString("赵强"))));
        mvc.perform(get("/reconsideration/cases/" + demoCase("赵强"))).andExpect(status().isNotFound());
        mvc.perform(get("/reconsideration/cases/" + demoCase("李明"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("action-accept"))));
        mvc.perform(post("/reconsideration/cases/" + demoCase("李明") + "/actions/accept").with(csrf())
                .param("date", "2025-01-01").param("procedure", "ORDINARY")).andExpect(status().isForbidden());
        mvc.perform(get("/reconsideration/cases/new")).andExpect(status().isForbidden());
        mvc.perform(get("/reconsideration/statistics")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("lingdao")
    void leaderReadsButCannotAct() throws Exception {
        mvc.perform(get("/reconsideration/statistics")).andExpect(status().isOk());
        mvc.perform(post("/reconsideration/cases/" + demoCase("李明") + "/actions/reject").with(csrf())
                .param("date", "2025-01-01").param("reason", "不属于行政复议范围的事项事项")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("sifaju")
    void refusedStepShowsChineseMessageAndChangesNothing() throws Exception {
        long id = demoCase("周敏");
        mvc.perform(post("/reconsideration/cases/" + id + "/actions/decide").with(csrf())
                        .param("date", "2025-01-01").param("decisionType", "UPHOLD").param("reason", "事实清楚证据确凿适用依据正确"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", containsString("中止审理")));
        mvc.perform(get("/reconsideration/cases/" + id)).andExpect(content().string(containsString("中止审理")));
    }

    @Test
    void portalPagesArePublic() throws Exception {
        mvc.perform(get("/portal/reconsideration")).andExpect(status().isOk())
                .andExpect(content().string(containsString("行政复议决定书公开")))
                .andExpect(content().string(not(containsString("陈静"))));
        mvc.perform(get("/portal/reconsideration/apply")).andExpect(status().isOk());
        mvc.perform(get("/portal/reconsideration/progress")).andExpect(status().isOk());
        long published = jdbc.sql("SELECT id FROM recon_case WHERE published ORDER BY id LIMIT 1").query(Long.class).single();
        mvc.perform(get("/portal/reconsideration/decisions/" + published)).andExpect(status().isOk())
                .andExpect(content().string(containsString("陈某")))
                .andExpect(content().string(not(containsString("陈静"))));
    }
}
