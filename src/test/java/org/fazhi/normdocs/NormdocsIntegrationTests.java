package org.fazhi.normdocs;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A normative document through its whole life over the API, with the order enforced, the legality review done in the
 * review module, the data scope guarded, the library searchable, and the filing and expiry deadlines on the worklist.
 */
@FazhiIntegrationTest
class NormdocsIntegrationTests {

    static final List<String> MATERIALS = List.of("备案报告", "正式文本", "起草说明", "合法性审核意见书");

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
    @Autowired
    Library library;

    ApiClient api;
    long market;
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, users, json);
        market = jdbc.sql("SELECT id FROM org_unit WHERE name = '示范县市场监督管理局'").query(Long.class).single();
        today = LocalDate.now(clock);
    }

    private long create(String title, String text, boolean market) throws Exception {
        var r = api.post("jingban", "/api/v1/normdocs", Map.of("unitId", this.market, "kind", "NORMATIVE", "title", title,
                "basis", "落实上级部署", "marketRelated", market, "text", text));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body().get("document").get("id").asLong();
    }

    private JsonNode ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body();
    }

    private void conflict(ApiClient.Response r, String message) {
        assertThat(r.status()).as(r.raw()).isEqualTo(409);
        assertThat(r.body().get("detail").asString()).contains(message);
    }

    /** Takes a document from draft to a passed review. */
    private void throughReview(long id, boolean market) throws Exception {
        String p = "/api/v1/normdocs/" + id;
        ok(api.post("jingban", p + "/consultation", Map.of("from", today.minusDays(50).toString(), "until", today.minusDays(10).toString())));
        ok(api.post("jingban", p + "/consultation/close", Map.of("summary", "未收到意见。")));
        if (market) {
            ok(api.post("jingban", p + "/fair-competition-review", Map.of("passes", true, "note", "未发现排除、限制竞争的内容。")));
        }
        JsonNode review = ok(api.post("jingban", p + "/legality-review", Map.of()));
        long request = review.get("document").get("reviewRequestId").asLong();
        ok(api.post("sifaju", "/api/v1/review/requests/" + request + "/assign", Map.of("assignee", "shencha")));
        ok(api.post("shencha", "/api/v1/review/requests/" + request + "/conclude", Map.of("outcome", "PASSED", "conclusion", "制定主体适格，内容合法。")));
    }

    @Test
    void draftToRepealInOrderWithADocumentAtEachStep() throws Exception {
        long id = create("示范县个体工商户登记便利化措施", "第一条 为便利个体工商户登记，制定本措施。\n第二条 登记机关应当推行全程电子化登记。", true);
        String p = "/api/v1/normdocs/" + id;

        conflict(api.post("jingban", p + "/deliberation", Map.of("meeting", "局务会", "date", today.toString())), "不得提交集体审议");
        conflict(api.post("jingban", p + "/publication", Map.of("publishedOn", today.toString(), "channel", "网站")), "不能公布");
        conflict(api.post("jingban", p + "/legality-review", Map.of()), "须先完成公开征求意见");
        var shortPeriod = api.post("jingban", p + "/consultation", Map.of("from", today.minusDays(20).toString(), "until", today.minusDays(5).toString()));
        assertThat(shortPeriod.status()).isEqualTo(400);
        assertThat(shortPeriod.body().get("detail").asString()).contains("优化营商环境条例》第六十二条");

        throughReview(id, true);
        JsonNode passed = ok(api.get("jingban", p));
        assertThat(passed.get("document").get("status").asString()).isEqualTo("REVIEW_PASSED");
        assertThat(passed.get("document").get("reviewNumber").asString()).startsWith("示司法审");

        ok(api.post("jingban", p + "/deliberation", Map.of("meeting", "局务会议", "date", today.toString(), "approved", true)));
        String used = jdbc.sql("SELECT doc_number FROM nd_document WHERE doc_number IS NOT NULL ORDER BY id LIMIT 1").query(String.class).single();
        conflict(api.post("jingban", p + "/registration", Map.of("signer", "局长", "issuedOn", today.toString(),
                "effectiveOn", today.toString(), "validityYears", 5, "number", used)), "已被使用");
        var tooLong = api.post("jingban", p + "/registration", Map.of("signer", "局长", "issuedOn", today.toString(),
                "effectiveOn", today.toString(), "validityYears", 8));
        assertThat(tooLong.status()).isEqualTo(400);
        JsonNode registered = ok(api.post("jingban", p + "/registration", Map.of("signer", "局长", "issuedOn", today.toString(),
                "effectiveOn", today.plusDays(10).toString(), "validityYears", 5)));
        assertThat(registered.get("document").get("docNumber").asString()).matches("示市监规〔\\d{4}〕\\d+号");
        conflict(api.post("jingban", p + "/filings/NPC/submission", Map.of("submittedOn", today.toString(), "materials", MATERIALS)),
                "未公布的文件不能报送备案");

        JsonNode published = ok(api.post("jingban", p + "/publication", Map.of("publishedOn", today.toString(), "channel", "县人民政府门户网站")));
        assertThat(published.get("effect").asString()).isEqualTo("尚未施行");
        assertThat(published.get("filings").size()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM wl_item WHERE source_module = 'normdocs' AND source_id = :id AND status = 'OPEN'")
                .param("id", Long.toString(id)).query(Integer.class).single()).isEqualTo(3); // two filings and the expiry

        var missing = api.post("jingban", p + "/filings/GOVERNMENT/submission", Map.of("submittedOn", today.toString(), "materials", List.of("备案报告")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("detail").asString()).contains("正式文本");
        ok(api.post("jingban", p + "/filings/GOVERNMENT/submission", Map.of("submittedOn", today.toString(), "materials", MATERIALS)));
        assertThat(api.post("jingban", p + "/filings/GOVERNMENT/result", Map.of("accepted", false, "on", today.toString(), "text", "x")).status())
                .isEqualTo(403);
        ok(api.post("sifaju", p + "/filings/GOVERNMENT/result", Map.of("accepted", false, "on", today.toString(), "text", "起草说明未载明制定依据")));
        assertThat(jdbc.sql("SELECT count(*) FROM wl_item WHERE source_module = 'normdocs' AND source_id = :id AND deadline_kind = 'filing-government' AND status = 'OPEN'")
                .param("id", Long.toString(id)).query(Integer.class).single()).isEqualTo(1);
        ok(api.post("jingban", p + "/filings/GOVERNMENT/submission", Map.of("submittedOn", today.toString(), "materials", MATERIALS)));
        JsonNode accepted = ok(api.post("sifaju", p + "/filings/GOVERNMENT/result", Map.of("accepted", true, "on", today.toString(), "text", "备2026-01")));
        JsonNode gov = accepted.get("filings").valueStream().filter(f -> f.get("target").asString().equals("GOVERNMENT")).findFirst().orElseThrow();
        assertThat(gov.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(gov.get("corrections").asInt()).isEqualTo(1);

        ok(api.post("jingban", p + "/evaluations", Map.of("result", "REPEAL", "report", "上位法已修改，建议废止。")));
        JsonNode repealed = ok(api.post("jingban", p + "/repeal", Map.of("on", today.toString(), "reason", "上位法修改")));
        assertThat(repealed.get("document").get("status").asString()).isEqualTo("REPEALED");
        assertThat(repealed.get("effect").asString()).isEqualTo("已废止");

        List<String> documented = jdbc.sql("SELECT step FROM nd_step WHERE document_id = :id AND files_document_id IS NOT NULL ORDER BY id")
                .param("id", id).query(String.class).list();
        assertThat(documented).contains("COMMENT_OPENED", "COMMENT_CLOSED", "FAIR_REVIEW", "REVIEW_CONCLUDED", "DELIBERATED",
                "REGISTERED", "PUBLISHED", "FILED", "EVALUATED", "REPEALED");
    }

    @Test
    void aFailedReviewBlocksDeliberationUntilResubmittedAndPassed() throws Exception {
        long id = create("示范县农贸市场管理办法", "第一条 经营户违反本办法的，处500元罚款。", false);
        String p = "/api/v1/normdocs/" + id;
        ok(api.post("jingban", p + "/consultation", Map.of("from", today.minusDays(30).toString(), "until", today.minusDays(10).toString())));
        ok(api.post("jingban", p + "/consultation/close", Map.of("summary", "未收到意见。")));
        long request = ok(api.post("jingban", p + "/legality-review", Map.of())).get("document").get("reviewRequestId").asLong();
        JsonNode detail = ok(api.get("sifaju", "/api/v1/review/requests/" + request));
        assertThat(detail.get("findings").valueStream().map(f -> f.get("ruleCode").asString()).toList()).contains("PENALTY");
        ok(api.post("sifaju", "/api/v1/review/requests/" + request + "/assign", Map.of("assignee", "sifaju")));
        assertThat(api.post("sifaju", "/api/v1/review/requests/" + request + "/opinions", Map.of("opinion", "规范性文件不得设定罚款，删除第一条",
                "basis", "《中华人民共和国行政处罚法》第十六条")).status()).isEqualTo(201);
        ok(api.post("sifaju", "/api/v1/review/requests/" + request + "/conclude", Map.of("outcome", "FAILED", "conclusion", "设定了行政处罚")));
        assertThat(ok(api.get("jingban", p)).get("document").get("status").asString()).isEqualTo("REVIEW_FAILED");
        conflict(api.post("jingban", p + "/deliberation", Map.of("meeting", "局务会", "date", today.toString())), "不得提交集体审议");

        ok(api.post("jingban", p + "/versions", Map.of("text", "第一条 经营户应当亮照经营。", "note", "删除罚款条款")));
        long again = ok(api.post("jingban", p + "/legality-review", Map.of())).get("document").get("reviewRequestId").asLong();
        assertThat(again).isNotEqualTo(request);
        ok(api.post("sifaju", "/api/v1/review/requests/" + again + "/assign", Map.of("assignee", "sifaju")));
        ok(api.post("sifaju", "/api/v1/review/requests/" + again + "/conclude", Map.of("outcome", "PASSED", "conclusion", "合法")));
        ok(api.post("jingban", p + "/deliberation", Map.of("meeting", "局务会", "date", today.toString())));
        assertThat(ok(api.get("jingban", p)).get("versions").size()).isEqualTo(2);
    }

    @Test
    void anotherUnitsDocumentLooksAbsent() throws Exception {
        long id = create("示范县市场监管内部文件", "第一条 本办法自发布之日起施行。", false);
        assertThat(api.get("xiangzhen", "/api/v1/normdocs/" + id).status()).isEqualTo(404);
        assertThat(api.post("xiangzhen", "/api/v1/normdocs/" + id + "/versions", Map.of("text", "篡改")).status()).isEqualTo(404);
        assertThat(api.get("lingdao", "/api/v1/normdocs/" + id).status()).isEqualTo(200);
        assertThat(api.post("lingdao", "/api/v1/normdocs/" + id + "/versions", Map.of("text", "x")).status()).isEqualTo(403);
        long office = jdbc.sql("SELECT id FROM org_unit WHERE name = '示范县市场监督管理局法规股'").query(Long.class).single();
        var internal = api.post("danwei", "/api/v1/normdocs", Map.of("unitId", office, "kind", "NORMATIVE", "title", "内设机构发文"));
        assertThat(internal.status()).isEqualTo(400);
        assertThat(internal.body().get("detail").asString()).contains("不是规范性文件制定主体");
    }

    @Test
    void libraryFindsPublishedDocumentsByLegalTermsAndStaffSeeTheirDrafts() throws Exception {
        long published = create("示范县公平竞争审查工作实施细则", "第一条 政策制定机关应当开展公平竞争审查，不得限定经营、购买、使用特定经营者提供的商品。", true);
        throughReview(published, true);
        String p = "/api/v1/normdocs/" + published;
        ok(api.post("jingban", p + "/deliberation", Map.of("meeting", "局务会议", "date", today.toString())));
        ok(api.post("jingban", p + "/registration", Map.of("signer", "局长", "issuedOn", today.toString(), "effectiveOn", today.toString(), "validityYears", 5)));
        ok(api.post("jingban", p + "/publication", Map.of("publishedOn", today.toString(), "channel", "县人民政府门户网站")));
        long draft = create("示范县公平竞争审查第三方评估办法（草稿）", "第一条 公平竞争审查可以引入第三方评估。", true);

        JsonNode staff = ok(api.get("jingban", "/api/v1/normdocs/search?q=公平竞争审查&size=50"));
        List<Long> staffIds = staff.get("hits").valueStream().map(h -> h.get("id").asLong()).toList();
        assertThat(staffIds).contains(published, draft);
        JsonNode hit = staff.get("hits").valueStream().filter(h -> h.get("id").asLong() == published).findFirst().orElseThrow();
        assertThat(hit.get("fragments").get(0).asString()).contains("<em>公平竞争审查</em>");
        assertThat(hit.get("titleHtml").asString()).contains("<em>");

        JsonNode town = ok(api.get("xiangzhen", "/api/v1/normdocs/search?q=公平竞争审查&size=50"));
        List<Long> townIds = town.get("hits").valueStream().map(h -> h.get("id").asLong()).toList();
        assertThat(townIds).contains(published).doesNotContain(draft);

        String portal = mvc.perform(get("/portal/normdocs").param("q", "公平竞争审查")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(portal).contains("示范县<em>公平竞争审查</em>工作实施细则").doesNotContain("第三方评估办法");
        assertThat(mvc.perform(get("/portal/normdocs/" + draft)).andReturn().getResponse().getStatus()).isEqualTo(404);

        library.index().clear();
        assertThat(ok(api.get("jingban", "/api/v1/normdocs/search?q=公平竞争审查")).get("total").asLong()).isZero();
        library.rebuildIfNeeded();
        assertThat(ok(api.get("jingban", "/api/v1/normdocs/search?q=公平竞争审查&size=50")).get("hits").valueStream()
                .map(h -> h.get("id").asLong()).toList()).contains(published, draft);
    }

    @Test
    void lateFilingAndApproachingExpiryTurnRedOnTheWorklist() throws Exception {
        long id = create("示范县早年发布的食品摊贩管理规定", "第一条 食品摊贩应当在划定区域经营。", false);
        // a document made more than a year ago: move its proposal back so the later steps may carry past dates
        jdbc.sql("UPDATE nd_document SET proposed_on = :d WHERE id = :id").param("d", today.minusDays(400)).param("id", id).update();
        throughReview(id, false);
        String p = "/api/v1/normdocs/" + id;
        ok(api.post("jingban", p + "/deliberation", Map.of("meeting", "局务会议", "date", today.minusDays(250).toString())));
        ok(api.post("jingban", p + "/registration", Map.of("signer", "局长", "issuedOn", today.minusDays(240).toString(),
                "effectiveOn", today.minusDays(230).toString(), "validityYears", 1)));
        ok(api.post("jingban", p + "/publication", Map.of("publishedOn", today.minusDays(230).toString(), "channel", "县人民政府门户网站")));
        List<Map<String, Object>> items = jdbc.sql("SELECT deadline_kind, light, due_date FROM wl_item WHERE source_module = 'normdocs' AND source_id = :id AND status = 'OPEN' ORDER BY deadline_kind")
                .param("id", Long.toString(id)).query().listOfRows();
        assertThat(items).extracting(r -> r.get("deadline_kind")).containsExactly("expiry-evaluation", "filing-government", "filing-npc");
        assertThat(items).extracting(r -> r.get("light")).containsOnly("RED");
        ok(api.post("jingban", p + "/filings/NPC/submission", Map.of("submittedOn", today.toString(), "materials", MATERIALS)));
        JsonNode filings = ok(api.get("jingban", p)).get("filings");
        JsonNode npc = filings.valueStream().filter(f -> f.get("target").asString().equals("NPC")).findFirst().orElseThrow();
        assertThat(npc.get("firstSubmittedOn").asString()).isEqualTo(today.toString());
        assertThat(LocalDate.parse(npc.get("dueOn").asString())).isBefore(today);
        assertThat(jdbc.sql("SELECT count(*) FROM wl_item WHERE source_module = 'normdocs' AND source_id = :id AND status = 'OPEN'")
                .param("id", Long.toString(id)).query(Integer.class).single()).isEqualTo(2);
    }
}
