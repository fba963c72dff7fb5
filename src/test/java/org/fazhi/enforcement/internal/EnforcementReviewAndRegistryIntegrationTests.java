package org.fazhi.enforcement.internal;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.normdocs.ApiClient;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgFixtures;
import org.fazhi.shared.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 重大执法决定法制审核 through the review module, ending registry entries (撤销/终止、废止、收回), whole-process record
 * items entered by hand, and the portal search's capped count.
 */
@FazhiIntegrationTest
class EnforcementReviewAndRegistryIntegrationTests {

    static final String MARKET = "示范县市场监督管理局";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Registries registries;
    @Autowired
    RegistryActions actions;
    @Autowired
    RecordIngest ingest;
    @Autowired
    Publicity publicity;
    @Autowired
    UserDetailsService users;
    @Autowired
    JsonMapper json;
    @Autowired
    java.time.Clock clock;

    EnforcementFixtures fixtures;
    ApiClient api;

    @BeforeEach
    void setUp() {
        fixtures = new EnforcementFixtures(registries, users);
        api = new ApiClient(mvc, users, json);
    }

    RecordInput input(EnforcementFixtures.Setup s, String number, LocalDate day, boolean reviewRequired, boolean reviewDone) {
        return new RecordInput(s.body(), s.penalty(), "PENALTY", number, day, "ORG", "测试企业" + number,
                EnforcementFixtures.creditCode(EnforcementFixtures.SEQ.incrementAndGet()), null, null, null,
                "《中华人民共和国食品安全法》第一百二十四条", "经营超过保质期的食品", "罚款二十万元", new BigDecimal("200000"), null, null,
                reviewRequired, reviewDone, reviewDone ? "部门审〔2025〕1号" : null, reviewDone ? day : null,
                List.of(s.certA(), s.certB()), null, List.of());
    }

    long store(RecordInput in, String source, CurrentUser user) {
        BatchResult r = ingest.ingest(OrgFixtures.unique("K"), List.of(in), source, null, user);
        assertThat(r.accepted()).as(r.toString()).isTrue();
        return r.rows().get(0).id();
    }

    String todo(long id) {
        return jdbc.sql("SELECT status FROM wl_item WHERE source_module = 'enforcement' AND source_type = 'record' "
                        + "AND source_id = :id AND deadline_kind = 'publicity'")
                .param("id", Long.toString(id)).query(String.class).optional().orElse("NONE");
    }

    @Test
    void aMajorDecisionEnteredByHandAwaitsItsReviewAndIsMarkedDoneWhenTheReviewPasses() throws Exception {
        var s = fixtures.setup(MARKET, LocalDate.of(2020, 1, 1));
        CurrentUser clerk = fixtures.user("jingban");
        LocalDate day = LocalDate.now(clock).minusDays(3);
        // a department's batch must carry its completed review (行政处罚法第五十八条)
        BatchResult refused = ingest.ingest(OrgFixtures.unique("K"), List.of(input(s, "重〔2025〕1号", day, true, false)),
                "API", null, clerk);
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.rows().get(0).errors()).extracting(RecordRules.FieldError::message)
                .anyMatch(m -> m.contains("第五十八条"));
        // entered by hand it waits for the review: stored, not on the publicity worklist, not publishable
        long id = store(input(s, "重〔2025〕2号", day, true, false), "MANUAL", clerk);
        assertThat(todo(id)).isEqualTo("NONE");
        assertThatThrownBy(() -> publicity.publish(id, fixtures.user("sifaju")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("第五十八条");

        var submitted = api.post("jingban", "/api/v1/enforcement/records/" + id + ":submit-review", Map.of());
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        long request = submitted.body().get("reviewRequestId").asLong();
        assertThat(jdbc.sql("SELECT review_item_id FROM enf_record WHERE id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(request);
        assertThat(jdbc.sql("SELECT kind || '/' || source_module || '/' || source_id FROM rv_request WHERE id = :id")
                .param("id", request).query(String.class).single()).isEqualTo("ENFORCEMENT_DECISION/enforcement/" + id);
        // submitted twice: refused while the first is open
        assertThat(api.post("jingban", "/api/v1/enforcement/records/" + id + ":submit-review", Map.of()).status())
                .isEqualTo(409);
        // another department cannot submit it (scope)
        assertThat(api.post("xiangzhen", "/api/v1/enforcement/records/" + id + ":submit-review", Map.of()).status())
                .isIn(403, 404);

        assertThat(api.post("sifaju", "/api/v1/review/requests/" + request + "/assign", Map.of("assignee", "shencha"))
                .status()).isEqualTo(200);
        var concluded = api.post("shencha", "/api/v1/review/requests/" + request + "/conclude",
                Map.of("outcome", "PASSED", "conclusion", "事实清楚，证据确凿，适用依据正确，程序合法，同意作出决定"));
        assertThat(concluded.status()).as(concluded.raw()).isEqualTo(200);
        String number = concluded.body().get("opinionNumber").asString();

        var row = jdbc.sql("SELECT review_done, review_date, review_ref, review_outcome FROM enf_record WHERE id = :id")
                .param("id", id).query().singleRow();
        assertThat(row.get("review_done")).isEqualTo(true);
        assertThat(row.get("review_date")).isNotNull();
        assertThat(row.get("review_ref")).isEqualTo(number);
        assertThat(row.get("review_outcome")).isEqualTo("PASSED");
        // now the publicity clock is on the worklist
        assertThat(todo(id)).isEqualTo("OPEN");
        // and the indicator's SQL counts it as reviewed
        assertThat(jdbc.sql("SELECT count(*) FROM enf_record WHERE id = :id AND review_required AND review_done")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/enforcement/records/" + id).with(user(users.loadUserByUsername("jingban"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("第五十八条")));
    }

    @Test
    void aFailedReviewKeepsTheDecisionUnreviewed() throws Exception {
        var s = fixtures.setup(MARKET, LocalDate.of(2020, 1, 1));
        long id = store(input(s, "重〔2025〕9号", LocalDate.now(clock).minusDays(1), true, false), "MANUAL",
                fixtures.user("jingban"));
        long request = api.post("jingban", "/api/v1/enforcement/records/" + id + ":submit-review", Map.of()).body()
                .get("reviewRequestId").asLong();
        api.post("sifaju", "/api/v1/review/requests/" + request + "/assign", Map.of("assignee", "shencha"));
        api.post("shencha", "/api/v1/review/requests/" + request + "/opinions", Map.of("opinion", "罚款数额超出裁量基准"));
        var r = api.post("shencha", "/api/v1/review/requests/" + request + "/conclude",
                Map.of("outcome", "FAILED", "conclusion", "裁量明显不当"));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT review_done || '/' || review_outcome FROM enf_record WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("false/FAILED");
        assertThat(todo(id)).isEqualTo("NONE");
        // it may be revised and submitted again
        assertThat(api.post("jingban", "/api/v1/enforcement/records/" + id + ":submit-review", Map.of()).status())
                .isEqualTo(200);
    }

    @Test
    void aClosedBodyKeepsItsRecordsAndRefusesLaterDecisions() throws Exception {
        var s = fixtures.setup(MARKET, LocalDate.of(2020, 1, 1));
        CurrentUser clerk = fixtures.user("jingban");
        CurrentUser admin = fixtures.user("sifaju");
        long before = store(input(s, "闭〔2025〕1号", LocalDate.of(2025, 3, 3), false, false), "MANUAL", clerk);
        long body = jdbc.sql("SELECT id FROM enf_body WHERE name = :n").param("n", s.body()).query(Long.class).single();
        // a closure before a decision already made is refused
        assertThatThrownBy(() -> actions.closeBody(body, "REVOKED", LocalDate.of(2025, 3, 1), "机构改革", admin))
                .isInstanceOf(BusinessException.class).hasMessageContaining("2025-03-03");
        assertThatThrownBy(() -> actions.closeBody(body, "REVOKED", LocalDate.of(2025, 4, 1), " ", admin))
                .isInstanceOf(BusinessException.class).hasMessageContaining("理由");
        actions.closeBody(body, "TERMINATED", LocalDate.of(2025, 4, 1), "机构改革，职责划入综合行政执法局", admin);
        assertThatThrownBy(() -> actions.closeBody(body, "REVOKED", LocalDate.of(2025, 4, 2), "再次", admin))
                .isInstanceOf(BusinessException.class).hasMessageContaining("已经撤销或终止");
        // records remain
        assertThat(jdbc.sql("SELECT count(*) FROM enf_record WHERE id = :id").param("id", before).query(Long.class).single())
                .isEqualTo(1);
        // a late report of a decision made before the closure is accepted, one made after it refused with the reason
        store(input(s, "闭〔2025〕2号", LocalDate.of(2025, 3, 31), false, false), "API", clerk);
        BatchResult after = ingest.ingest(OrgFixtures.unique("K"), List.of(input(s, "闭〔2025〕3号",
                LocalDate.of(2025, 4, 2), false, false)), "API", null, clerk);
        assertThat(after.accepted()).isFalse();
        assertThat(after.rows().get(0).errors()).extracting(RecordRules.FieldError::message)
                .anyMatch(m -> m.contains("已于 2025-04-01 撤销或终止"));
        // in the history and its export, audited
        assertThat(jdbc.sql("SELECT action || '|' || reason FROM enf_registry_event WHERE object_type = 'enf_body' "
                + "AND object_id = :id").param("id", body).query(String.class).list())
                .containsExactly("BODY_TERMINATED|机构改革，职责划入综合行政执法局");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'enforcement.body.closed' AND object_id = :id")
                .param("id", Long.toString(body)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/enforcement/registry").param("tab", "history").with(user(users.loadUserByUsername("sifaju"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("机构改革，职责划入综合行政执法局")));
        mvc.perform(get("/enforcement/registry/export/history").with(user(users.loadUserByUsername("sifaju"))))
                .andExpect(status().isOk());
        // another unit's clerk cannot close a body outside its scope
        assertThatThrownBy(() -> actions.closeBody(body, "REVOKED", LocalDate.of(2025, 4, 1), "x",
                fixtures.user("xiangzhen"))).isInstanceOf(BusinessException.class);
    }

    @Test
    void aRepealedPowerAndARevokedDelegationRefuseLaterDecisions() throws Exception {
        var s = fixtures.setup(MARKET, LocalDate.of(2020, 1, 1));
        CurrentUser clerk = fixtures.user("jingban");
        CurrentUser admin = fixtures.user("sifaju");
        long power = jdbc.sql("SELECT id FROM enf_power WHERE code = :c").param("c", s.penalty()).query(Long.class).single();
        store(input(s, "废〔2025〕1号", LocalDate.of(2025, 5, 6), false, false), "API", clerk);
        assertThatThrownBy(() -> actions.repealPower(power, LocalDate.of(2025, 5, 1), "上位法修改", admin))
                .isInstanceOf(BusinessException.class).hasMessageContaining("废止日期不能早于");
        int version = jdbc.sql("SELECT version FROM enf_power WHERE id = :id").param("id", power).query(Integer.class).single();
        actions.repealPower(power, LocalDate.of(2025, 6, 1), "《条例》修订，该事项取消", admin);
        assertThat(jdbc.sql("SELECT status || '|' || effective_to || '|' || version FROM enf_power WHERE id = :id")
                .param("id", power).query(String.class).single()).isEqualTo("REPEALED|2025-06-01|" + (version + 1));
        BatchResult after = ingest.ingest(OrgFixtures.unique("K"), List.of(input(s, "废〔2025〕2号",
                LocalDate.of(2025, 6, 2), false, false)), "API", null, clerk);
        assertThat(after.rows().get(0).errors()).extracting(RecordRules.FieldError::message)
                .anyMatch(m -> m.contains("已于 2025-06-01 废止"));
        store(input(s, "废〔2025〕3号", LocalDate.of(2025, 5, 30), false, false), "API", clerk);

        // a delegation to a township, taken back
        long township = jdbc.sql("SELECT id FROM org_unit WHERE county_code = '990121' AND kind = 'TOWNSHIP' "
                + "ORDER BY id LIMIT 1").query(Long.class).single();
        long licence = jdbc.sql("SELECT id FROM enf_power WHERE code = :c").param("c", s.licence()).query(Long.class).single();
        jdbc.sql("INSERT INTO enf_power_delegation (county_code, power_id, township_unit_id, basis, delegated_on, created_at, "
                        + "created_by) VALUES ('990121', :p, :t, '县政府赋权决定', DATE '2024-01-01', now(), 'test')")
                .param("p", licence).param("t", township).update();
        assertThatThrownBy(() -> actions.revokeDelegation(licence, township, LocalDate.of(2023, 12, 1), "承接不了", admin))
                .isInstanceOf(BusinessException.class).hasMessageContaining("晚于赋权日期");
        actions.revokeDelegation(licence, township, LocalDate.of(2025, 7, 1), "乡镇不能有效承接，依法收回", admin);
        assertThat(jdbc.sql("SELECT revoked_on FROM enf_power_delegation WHERE power_id = :p AND township_unit_id = :t")
                .param("p", licence).param("t", township).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThatThrownBy(() -> actions.revokeDelegation(licence, township, LocalDate.of(2025, 7, 2), "再次", admin))
                .isInstanceOf(BusinessException.class);
        assertThat(jdbc.sql("SELECT action FROM enf_registry_event WHERE object_type IN ('enf_power', 'enf_power_delegation') "
                + "AND object_name LIKE :n ORDER BY id").param("n", "%" + s.penalty() + "%").query(String.class).list())
                .containsExactly("POWER_REPEALED");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'enforcement.delegation.revoked'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void processItemsAreEnteredByHandWithAnUploadedFileOrALocation() throws Exception {
        var s = fixtures.setup(MARKET, LocalDate.of(2020, 1, 1));
        long id = store(input(s, "全〔2025〕1号", LocalDate.of(2025, 3, 3), false, false), "MANUAL", fixtures.user("jingban"));
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/enforcement/records/" + id + "/items")
                        .file(new MockMultipartFile("file", "询问笔录.pdf", "application/pdf", pdf))
                        .param("stage", "INVESTIGATION").param("media", "TEXT").param("title", "询问笔录")
                        .param("recordedAt", "2025-03-01T10:00")
                        .with(user(users.loadUserByUsername("jingban"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/enforcement/records/" + id + "/items")
                        .param("stage", "INVESTIGATION").param("media", "VIDEO").param("title", "现场执法记录仪录像")
                        .param("uri", "vod://market/2025/0301.mp4").param("sha256", "A".repeat(64)).param("size", "1048576")
                        .with(user(users.loadUserByUsername("jingban"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // no file and no hash: refused with a Chinese message, nothing stored
        mvc.perform(multipart("/enforcement/records/" + id + "/items")
                        .param("stage", "SERVICE").param("media", "TEXT").param("title", "送达回证")
                        .with(user(users.loadUserByUsername("jingban"))).with(csrf()))
                .andExpect(status().isBadRequest());
        var items = jdbc.sql("SELECT title, sha256, attachment_id, storage_uri FROM enf_record_item WHERE record_id = :id "
                + "ORDER BY id").param("id", id).query().listOfRows();
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("sha256")).isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(items.get(0).get("attachment_id")).isNotNull();
        assertThat(items.get(1).get("sha256")).isEqualTo("a".repeat(64));
        // another unit cannot add to it
        mvc.perform(multipart("/enforcement/records/" + id + "/items")
                        .param("stage", "SERVICE").param("media", "TEXT").param("title", "x").param("uri", "x")
                        .param("sha256", "b".repeat(64))
                        .with(user(users.loadUserByUsername("xiangzhen"))).with(csrf()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
    }

    @Test
    void thePortalSearchCountsUpTo200AndSaysThereAreMore() throws Exception {
        var s = fixtures.setup(MARKET, LocalDate.of(2020, 1, 1));
        String party = "封顶测试" + EnforcementFixtures.SEQ.incrementAndGet() + "有限公司";
        // 205 published decisions of one party, straight into the table (the search reads the table)
        jdbc.sql("INSERT INTO enf_record (county_code, unit_id, body_id, power_id, kind, decision_no, decision_date, "
                        + "party_type, party_name, legal_basis, result, source, content_sha256, publicity_due, published_on, "
                        + "created_at, created_by, updated_at, updated_by) "
                        + "SELECT b.county_code, b.unit_id, b.id, p.id, 'PENALTY', 'CAP' || g, DATE '2025-01-01' + g, 'ORG', :party, "
                        + "'依据', '罚款', 'MANUAL', repeat('0', 64), DATE '2025-12-31', DATE '2025-12-31', now(), 't', now(), 't' "
                        + "FROM enf_body b JOIN enf_power p ON p.body_id = b.id AND p.code = :code, generate_series(1, 205) g "
                        + "WHERE b.name = :body")
                .param("party", party).param("code", s.penalty()).param("body", s.body()).update();
        mvc.perform(get("/api/v1/portal/enforcement/publicity").param("q", party).with(r -> {
                    r.setRemoteAddr("10.8.0.1");
                    return r;
                }))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(200))
                .andExpect(jsonPath("$.more").value(true))
                .andExpect(jsonPath("$.items.length()").value(20))
                .andExpect(jsonPath("$.items[0].decisionNo").value("CAP205"))
                .andExpect(jsonPath("$.items[0].bodyName").value(s.body()));
        mvc.perform(get("/api/v1/portal/enforcement/publicity").param("q", party).param("page", "11").with(r -> {
                    r.setRemoteAddr("10.8.0.1");
                    return r;
                }))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/portal/enforcement/publicity").param("q", "CAP7").with(r -> {
                    r.setRemoteAddr("10.8.0.1");
                    return r;
                }))
                .andExpect(jsonPath("$.more").value(false));
        mvc.perform(get("/portal/enforcement").param("q", party).with(r -> {
                    r.setRemoteAddr("10.8.0.1");
                    return r;
                }))
                .andExpect(status().isOk()).andExpect(content().string(containsString("超过 200 条")));
    }
}
