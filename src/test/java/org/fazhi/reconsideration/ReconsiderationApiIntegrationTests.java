package org.fazhi.reconsideration;

import com.jayway.jsonpath.JsonPath;
import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API of issue 3 on the demo county: registration returns the number and the deadlines with citations, computed on
 * the 2025 holiday calendar; steps out of order are refused in Chinese and change nothing; other units' cases are
 * invisible.
 */
@FazhiIntegrationTest
class ReconsiderationApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String register(long unit, String applicant, String receivedOn) throws Exception {
        return mvc.perform(post("/api/v1/reconsideration/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(ReconFixtures.application(unit, applicant, receivedOn)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private ResultActions act(Object id, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/reconsideration/cases/" + id + "/actions/" + action)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    @WithUserDetails("sifaju")
    void registrationReturnsNumberAndAcceptanceReviewAcrossNationalDay() throws Exception {
        long unit = ReconFixtures.unit(jdbc, ReconFixtures.MARKET);
        // Fri 2025-09-26: Sun 09-28 is a make-up working day, 10-01..10-08 are off: 09-28, 09-29, 09-30, 10-09, 10-10.
        String body = register(unit, "国庆测试人", "2025-09-26");
        assertThat((String) JsonPath.read(body, "$.number")).matches("示政复〔2025〕\\d+号");
        assertThat((String) JsonPath.read(body, "$.verificationCode")).hasSize(8);
        assertThat((String) JsonPath.read(body, "$.deadlines[0].kind")).isEqualTo("ACCEPTANCE_REVIEW");
        assertThat((String) JsonPath.read(body, "$.deadlines[0].due")).isEqualTo("2025-10-10");
        assertThat((String) JsonPath.read(body, "$.deadlines[0].citation")).contains("第三十条");
        Integer id = JsonPath.read(body, "$.id");

        // Deciding an unaccepted case is refused and changes nothing.
        act(id, "decide", "{\"date\":\"2025-10-09\",\"decisionType\":\"UPHOLD\",\"reason\":\"事实清楚，证据确凿，适用依据正确。\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不能办理")));
        mvc.perform(get("/api/v1/reconsideration/cases/" + id)).andExpect(jsonPath("$.status").value("RECEIVED"));

        // Accepted on the last day, ordinary procedure: copy within 7 WD (Sat 10-11 is a make-up day), decision 60 日.
        String accepted = act(id, "accept", "{\"date\":\"2025-10-10\",\"procedure\":\"ORDINARY\",\"serviceMethod\":\"DIRECT\"}")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(accepted, "$.deadlines[?(@.kind=='COPY_TO_RESPONDENT')].due")).containsExactly("2025-10-20");
        assertThat(JsonPath.<java.util.List<String>>read(accepted, "$.deadlines[?(@.kind=='DECISION')].due")).containsExactly("2025-12-09");
        assertThat((String) JsonPath.read(accepted, "$.documents[0].number")).matches("示政复受〔2025〕\\d+号");

        // No decision before the respondent has had the copy.
        act(id, "decide", "{\"date\":\"2025-10-15\",\"decisionType\":\"UPHOLD\",\"reason\":\"事实清楚，证据确凿，适用依据正确。\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("申请书副本")));

        // One extension only, at most 30 days.
        act(id, "extend", "{\"date\":\"2025-11-20\",\"days\":31,\"approver\":\"王主任\"}").andExpect(status().isBadRequest());
        act(id, "extend", "{\"date\":\"2025-11-20\",\"days\":30,\"approver\":\"王主任\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.kind=='DECISION')].due").value("2026-01-08"));
        act(id, "extend", "{\"date\":\"2025-11-21\",\"days\":5,\"approver\":\"王主任\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不得再次延长")));
        mvc.perform(get("/api/v1/reconsideration/cases/" + id)).andExpect(jsonPath("$.extensionDays").value(30));
    }

    @Test
    @WithUserDetails("sifaju")
    void reviewLapsingOverSpringFestivalIsDeemedAccepted() throws Exception {
        long unit = ReconFixtures.unit(jdbc, ReconFixtures.MARKET);
        // Fri 2025-01-24: Sun 01-26 is a make-up day, 01-28..02-04 are off: 01-26, 01-27, 02-05, 02-06, 02-07.
        String body = register(unit, "春节测试人", "2025-01-24");
        assertThat((String) JsonPath.read(body, "$.deadlines[0].due")).isEqualTo("2025-02-07");
        Integer id = JsonPath.read(body, "$.id");
        act(id, "accept", "{\"date\":\"2025-02-10\",\"procedure\":\"ORDINARY\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("视为受理")));
        act(id, "deem-accepted", "{\"procedure\":\"ORDINARY\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.acceptedOn").value("2025-02-07"))
                .andExpect(jsonPath("$.deemedAccepted").value(true))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='DECISION')].due").value("2025-04-08"));
    }

    @Test
    @WithUserDetails("danwei")
    void respondentUnitCannotSeeAnotherUnitsCase() throws Exception {
        long other = ReconFixtures.unit(jdbc, ReconFixtures.NATURAL_RESOURCES);
        long id = jdbc.sql("SELECT max(id) FROM recon_case").query(Long.class).optional().orElse(0L);
        long forged = jdbc.sql("SELECT id FROM recon_case WHERE unit_id = :u ORDER BY id LIMIT 1").param("u", other)
                .query(Long.class).optional().orElse(id + 1000);
        mvc.perform(get("/api/v1/reconsideration/cases/" + forged)).andExpect(status().isNotFound());
        act(forged, "accept", "{\"date\":\"2025-02-10\",\"procedure\":\"ORDINARY\"}").andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/reconsideration/cases").contentType(MediaType.APPLICATION_JSON)
                .content(ReconFixtures.application(other, "越权", "2025-03-03"))).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("danwei")
    void respondentMayAnswerButNotHandle() throws Exception {
        long own = jdbc.sql("SELECT id FROM recon_case WHERE applicant_summary = '李明' ORDER BY id LIMIT 1")
                .query(Long.class).single();
        mvc.perform(get("/api/v1/reconsideration/cases/" + own)).andExpect(status().isOk())
                .andExpect(jsonPath("$.allowedActions").isEmpty());
        // Answering is the respondent's step: refused here only because the case is not yet accepted.
        act(own, "record-answer", "{\"date\":\"2025-01-02\"}").andExpect(status().isConflict());
        act(own, "accept", "{\"date\":\"2025-01-02\",\"procedure\":\"ORDINARY\"}").andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("sifaju")
    void apiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("/api/v1/reconsideration/cases/{id}/actions/{action}")));
    }
}
