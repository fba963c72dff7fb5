package org.fazhi.review;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.normdocs.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The review queue through its API: submission, assignment, stopped clock, opinions, 意见书, responses and scope. */
@FazhiIntegrationTest
class ReviewIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReviewRequests requests;

    ApiClient api;
    long market;

    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, users, json);
        market = jdbc.sql("SELECT id FROM org_unit WHERE name = '示范县市场监督管理局'").query(Long.class).single();
    }

    private long submit(String title, boolean complete) throws Exception {
        var r = api.post("jingban", "/api/v1/review/requests", Map.of("unitId", market, "kind", "CONTRACT",
                "title", title, "text", "甲方应当按期支付价款。乙方逾期交付的，每日按合同价款的千分之一支付违约金。",
                "materialsComplete", complete, "missingMaterials", "缺少采购文件"));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    @Test
    void reviewersSeeOnlyWhatIsAssignedToThem() throws Exception {
        long id = submit("办公设备采购合同", true);
        assertThat(api.get("shencha", "/api/v1/review/requests/" + id).status()).isEqualTo(404);
        assertThat(api.post("shencha", "/api/v1/review/requests/" + id + "/opinions", Map.of("opinion", "x")).status())
                .isIn(403, 404);

        var assigned = api.post("sifaju", "/api/v1/review/requests/" + id + "/assign", Map.of("assignee", "shencha"));
        assertThat(assigned.status()).as(assigned.raw()).isEqualTo(200);
        assertThat(assigned.body().get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(api.get("shencha", "/api/v1/review/requests/" + id).status()).isEqualTo(200);
        var list = api.get("shencha", "/api/v1/review/requests?size=200");
        assertThat(list.body().get("items").valueStream().map(n -> n.get("assignee").asString()).toList())
                .isNotEmpty().containsOnly("shencha");
        Integer wl = jdbc.sql("SELECT count(*) FROM wl_item WHERE source_module = 'review' AND source_id = :id AND assignee = 'shencha' AND status = 'OPEN'")
                .param("id", Long.toString(id)).query(Integer.class).single();
        assertThat(wl).isEqualTo(1);
    }

    @Test
    void opinionsConclusionDocumentAndResponses() throws Exception {
        long id = submit("物业服务合同", true);
        api.post("sifaju", "/api/v1/review/requests/" + id + "/assign", Map.of("assignee", "shencha"));
        var failedWithout = api.post("shencha", "/api/v1/review/requests/" + id + "/conclude",
                Map.of("outcome", "FAILED", "conclusion", "不合法"));
        assertThat(failedWithout.status()).isEqualTo(400);
        assertThat(failedWithout.body().get("detail").asString()).contains("至少提出一条");

        assertThat(api.post("shencha", "/api/v1/review/requests/" + id + "/opinions", Map.of("quotedText", "每日按合同价款的千分之一支付违约金",
                "opinion", "违约金标准过高，建议调整", "basis", "《中华人民共和国民法典》第五百八十五条")).status()).isEqualTo(201);
        assertThat(api.post("shencha", "/api/v1/review/requests/" + id + "/opinions", Map.of("opinion", "补充争议解决条款")).body()
                .get("seq").asInt()).isEqualTo(2);
        var concluded = api.post("shencha", "/api/v1/review/requests/" + id + "/conclude",
                Map.of("outcome", "PASSED_WITH_CHANGES", "conclusion", "按意见修改后可以签订"));
        assertThat(concluded.status()).as(concluded.raw()).isEqualTo(200);
        assertThat(concluded.body().get("opinionNumber").asString()).matches("示司法审〔\\d{4}〕\\d+号");
        assertThat(concluded.body().get("status").asString()).isEqualTo("CONCLUDED");
        Long doc = concluded.body().get("opinionDocumentId").asLong();
        assertThat(jdbc.sql("SELECT title FROM files_document WHERE id = :id").param("id", doc).query(String.class).single())
                .contains("合法性审核意见书");

        var detail = api.get("jingban", "/api/v1/review/requests/" + id);
        long first = detail.body().get("opinions").get(0).get("id").asLong();
        long second = detail.body().get("opinions").get(1).get("id").asLong();
        assertThat(api.post("jingban", "/api/v1/review/opinions/" + first + "/response", Map.of("response", "NOT_ADOPTED")).status())
                .isEqualTo(400);
        assertThat(api.post("xiangzhen", "/api/v1/review/opinions/" + first + "/response", Map.of("response", "ADOPTED")).status())
                .isEqualTo(404);
        assertThat(api.post("jingban", "/api/v1/review/opinions/" + first + "/response",
                Map.of("response", "PARTLY_ADOPTED", "reason", "违约金调整为万分之五")).status()).isEqualTo(200);
        assertThat(api.post("jingban", "/api/v1/review/opinions/" + second + "/response", Map.of("response", "ADOPTED")).status())
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM rv_opinion WHERE request_id = :id AND response IS NOT NULL").param("id", id)
                .query(Integer.class).single()).isEqualTo(2);
        // concluded: no more opinions
        assertThat(api.post("shencha", "/api/v1/review/requests/" + id + "/opinions", Map.of("opinion", "再补充")).status()).isEqualTo(409);
    }

    @Test
    void incompleteMaterialsStopTheClock() throws Exception {
        long id = submit("租赁合同", false);
        var before = api.get("sifaju", "/api/v1/review/requests/" + id);
        assertThat(before.body().get("request").get("status").asString()).isEqualTo("SUPPLEMENTING");
        assertThat(before.body().get("request").has("dueOn")).isFalse();
        assertThat(before.body().get("stops").get(0).get("reason").asString()).isEqualTo("缺少采购文件");
        var after = api.post("jingban", "/api/v1/review/requests/" + id + "/supplement-received", Map.of());
        assertThat(after.status()).as(after.raw()).isEqualTo(200);
        assertThat(after.body().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(after.body().get("dueOn").asString()).isNotBlank();
        assertThat(after.body().get("dueExplanation").asString()).contains("工作日");
    }

    @Test
    void deadlineSkipsStoppedDaysAndHolidays() {
        // received Fri 2025-09-26; 2025-09-28 (Sun) is a make-up working day, 10-01..10-08 National Day, 10-11 (Sat) make-up
        LocalDate received = LocalDate.of(2025, 9, 26);
        assertThat(requests.deadline(received, 15, List.of()).due()).isEqualTo(LocalDate.of(2025, 10, 23));
        var stop = new ReviewStop(1, "补正", LocalDate.of(2025, 9, 29), LocalDate.of(2025, 9, 30));
        assertThat(requests.deadline(received, 15, List.of(stop)).due()).isEqualTo(LocalDate.of(2025, 10, 27));
        // an open stop (materials still missing) does not count yet
        var open = new ReviewStop(2, "补正", LocalDate.of(2025, 9, 29), null);
        assertThat(requests.deadline(received, 15, List.of(open)).due()).isEqualTo(LocalDate.of(2025, 10, 23));
    }

    @Test
    void permissionsAndForgedIds() throws Exception {
        assertThat(api.post("lingdao", "/api/v1/review/requests", Map.of("unitId", market, "title", "x", "text", "y")).status())
                .isEqualTo(403);
        // a unit may not submit for another unit
        long town = jdbc.sql("SELECT id FROM org_unit WHERE name = '城关镇人民政府'").query(Long.class).single();
        var foreign = api.post("jingban", "/api/v1/review/requests", Map.of("unitId", town, "title", "x", "text", "y"));
        assertThat(foreign.status()).isEqualTo(404);
        long id = submit("咨询服务合同", true);
        assertThat(api.get("xiangzhen", "/api/v1/review/requests/" + id).status()).isEqualTo(404);
        assertThat(api.post("jingban", "/api/v1/review/requests/" + id + "/assign", Map.of("assignee", "shencha")).status())
                .isEqualTo(403);
        assertThat(api.post("sifaju", "/api/v1/review/requests/" + id + "/assign", Map.of("assignee", "jingban")).status())
                .isEqualTo(400);
        // a second open request for the same source is refused
        var dup = api.post("jingban", "/api/v1/review/requests", Map.of("unitId", market, "title", "重复", "text", "正文",
                "sourceModule", "contracts", "sourceType", "contract", "sourceId", "c-1"));
        assertThat(dup.status()).isEqualTo(201);
        var again = api.post("jingban", "/api/v1/review/requests", Map.of("unitId", market, "title", "重复", "text", "正文",
                "sourceModule", "contracts", "sourceType", "contract", "sourceId", "c-1"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void scanEndpointFlagsAFine() throws Exception {
        var r = api.post("jingban", "/api/v1/review/scan", Map.of("text", "第五条 违反本办法的，处1000元罚款。\n第六条 本办法自发布之日起施行。"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("findings").valueStream().map(n -> n.get("ruleCode").asString()).toList()).containsExactly("PENALTY");
    }
}
