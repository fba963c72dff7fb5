package org.fazhi.normdocs;

import jakarta.servlet.http.Cookie;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.FixedCaptchaConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pages and the public comment form: who may open what, and a comment tied to the draft version it read. */
@FazhiIntegrationTest
class NormdocsWebIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    ApiClient api;
    long market;

    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, users, json);
        market = jdbc.sql("SELECT id FROM org_unit WHERE name = '示范县市场监督管理局'").query(Long.class).single();
    }

    @Test
    void publicCommentIsTiedToTheVersionAndNeedsTheCaptcha() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long id = api.post("jingban", "/api/v1/normdocs", Map.of("unitId", market, "title", "示范县菜市场摊位租赁管理办法",
                "marketRelated", true, "text", "第一条 摊位租赁应当公开招租。")).body().get("document").get("id").asLong();
        api.post("jingban", "/api/v1/normdocs/" + id + "/versions", Map.of("text", "第一条 摊位租赁应当公开招租，租期不超过三年。"));
        assertThat(api.post("jingban", "/api/v1/normdocs/" + id + "/consultation",
                Map.of("from", today.toString(), "until", today.plusDays(40).toString())).status()).isEqualTo(200);

        String page = mvc.perform(get("/portal/normdocs/consultations/" + id)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("租期不超过三年");

        Cookie session = mvc.perform(get("/captcha")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/portal/normdocs/consultations/" + id + "/comments").cookie(session).with(csrf())
                        .param("commenter", "张三").param("content", "建议租期延长至五年").param("captcha", "wrong"))
                .andExpect(status().is4xxClientError());
        assertThat(count(id)).isZero();

        session = mvc.perform(get("/captcha")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/portal/normdocs/consultations/" + id + "/comments").cookie(session).with(csrf())
                        .param("commenter", "张三").param("content", "建议租期延长至五年")
                        .param("captcha", FixedCaptchaConfiguration.ANSWER))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT version_seq FROM nd_comment WHERE document_id = :d").param("d", id).query(Integer.class).single())
                .isEqualTo(2);
        var detail = api.get("jingban", "/api/v1/normdocs/" + id);
        long comment = detail.body().get("comments").get(0).get("id").asLong();
        assertThat(api.post("jingban", "/api/v1/normdocs/" + id + "/comments/" + comment + "/answer", Map.of("adoption", "NOT_ADOPTED")).status())
                .isEqualTo(400);
        assertThat(api.post("jingban", "/api/v1/normdocs/" + id + "/comments/" + comment + "/answer",
                Map.of("adoption", "PARTLY_ADOPTED", "reply", "租期调整为不超过五年，但须定期评估")).status()).isEqualTo(200);
        // the period has not ended: the consultation cannot be closed yet
        var early = api.post("jingban", "/api/v1/normdocs/" + id + "/consultation/close", Map.of("summary", "完成"));
        assertThat(early.status()).isEqualTo(409);
    }

    private int count(long id) {
        return jdbc.sql("SELECT count(*) FROM nd_comment WHERE document_id = :d").param("d", id).query(Integer.class).single();
    }

    @Test
    @WithUserDetails("shencha")
    void reviewersSeeTheReviewQueueButNotTheDocumentRegister() throws Exception {
        mvc.perform(get("/review/requests")).andExpect(status().isOk());
        mvc.perform(get("/normdocs")).andExpect(status().isForbidden());
        mvc.perform(get("/review/stats")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("lingdao")
    void leadersReadFiguresButCannotDraft() throws Exception {
        mvc.perform(get("/normdocs/stats")).andExpect(status().isOk());
        mvc.perform(get("/review/stats")).andExpect(status().isOk());
        mvc.perform(get("/normdocs/new")).andExpect(status().isForbidden());
        mvc.perform(get("/normdocs/cleanups")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("sifaju")
    void coordinatorPagesRender() throws Exception {
        mvc.perform(get("/normdocs")).andExpect(status().isOk());
        mvc.perform(get("/normdocs/search").param("q", "营商环境")).andExpect(status().isOk());
        mvc.perform(get("/normdocs/cleanups")).andExpect(status().isOk());
        mvc.perform(get("/normdocs/stats/ND_FILING_RATE").param("part", "DENOMINATOR")).andExpect(status().isOk());
        mvc.perform(get("/review/requests/new")).andExpect(status().isOk());
        mvc.perform(get("/portal/normdocs")).andExpect(status().isOk());
        String csv = mvc.perform(get("/normdocs/export")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF文件名称,文号,制定机关").contains("示范县");
    }

    @Test
    @WithUserDetails("sifaju")
    void cleanupCampaignRepealsAndPublishesItsLists() throws Exception {
        long gov = jdbc.sql("SELECT id FROM org_unit WHERE name = '示范县司法局'").query(Long.class).single();
        mvc.perform(post("/normdocs/cleanups").with(csrf()).param("unitId", Long.toString(gov)).param("name", "测试专项清理")
                .param("basis", "按照县政府部署")).andExpect(status().is3xxRedirection());
        long cleanup = jdbc.sql("SELECT max(id) FROM nd_cleanup WHERE name = '测试专项清理'").query(Long.class).single();
        mvc.perform(post("/normdocs/cleanups/" + cleanup + "/publish").with(csrf())).andExpect(status().isConflict());
        mvc.perform(post("/normdocs/cleanups/" + cleanup + "/documents").with(csrf())).andExpect(status().is3xxRedirection());
        var items = jdbc.sql("SELECT id, document_id FROM nd_cleanup_item WHERE cleanup_id = :c ORDER BY id").param("c", cleanup)
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).list();
        assertThat(items).isNotEmpty();
        for (int i = 0; i < items.size(); i++) {
            mvc.perform(post("/normdocs/cleanups/" + cleanup + "/items/" + items.get(i)[0]).with(csrf())
                    .param("decision", i == 0 ? "DECLARE_INVALID" : "RETAIN").param("reason", i == 0 ? "调整对象已消失" : "继续有效"))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/normdocs/cleanups/" + cleanup + "/publish").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM nd_document WHERE id = :id").param("id", items.get(0)[1]).query(String.class).single())
                .isEqualTo("INVALIDATED");
        String portal = mvc.perform(get("/portal/normdocs/cleanups/" + cleanup)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(portal).contains("宣布失效").contains("调整对象已消失");
    }
}
