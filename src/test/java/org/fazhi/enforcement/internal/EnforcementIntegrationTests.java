package org.fazhi.enforcement.internal;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.calendar.Deadlines;
import org.fazhi.calendar.StatutoryPeriod;
import org.fazhi.enforcement.EnforcementChanged;
import org.fazhi.indicators.IndicatorCount;
import org.fazhi.indicators.IndicatorRecord;
import org.fazhi.indicators.IndicatorScope;
import org.fazhi.indicators.ReportingPeriod;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.org.OrgFixtures;
import org.fazhi.org.ScopeFilter;
import org.fazhi.org.UnitKind;
import org.fazhi.worklist.DeadlineCleared;
import org.fazhi.worklist.DeadlineSet;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Enforcement decisions end to end: the batch API, scope, publicity clocks, the portal and the statistics. */
@FazhiIntegrationTest
@RecordApplicationEvents
class EnforcementIntegrationTests {

    static final String MARKET = "示范县市场监督管理局";
    static final String ENFORCE = "示范县综合行政执法局";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Registries registries;
    @Autowired
    UserDetailsService users;
    @Autowired
    JsonMapper json;
    @Autowired
    Deadlines deadlines;
    @Autowired
    RecordIngest ingest;
    @Autowired
    Publicity publicity;
    @Autowired
    Statistics statistics;
    @Autowired
    EnforcementIndicators indicators;
    @Autowired
    ApplicationEvents events;

    EnforcementFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new EnforcementFixtures(registries, users);
    }

    String batch(String id, List<Map<String, Object>> records) {
        return json.writeValueAsString(Map.of("batchId", id, "records", records));
    }

    long count(String body) {
        return jdbc.sql("SELECT count(*) FROM enf_record r JOIN enf_body b ON b.id = r.body_id WHERE b.name = :n")
                .param("n", body).query(Long.class).single();
    }

    @Test
    @WithUserDetails("jingban")
    void aBatchLandsOnceAndAReplayChangesNothing() throws Exception {
        var s = fixtures.setup(MARKET, LocalDate.of(2020, 1, 1));
        LocalDate day = LocalDate.of(2025, 9, 29);
        String id = OrgFixtures.unique("B");
        List<Map<String, Object>> rows = List.of(EnforcementFixtures.penalty(s, "罚〔2025〕1号", day, 1),
                EnforcementFixtures.penalty(s, "罚〔2025〕2号", day, 2));
        mvc.perform(post("/api/v1/enforcement/records:batch").contentType(MediaType.APPLICATION_JSON).content(batch(id, rows)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.rows[0].status").value("CREATED"));
        assertThat(count(s.body())).isEqualTo(2);
        // the publicity deadline crosses 国庆 2025 (10-01..10-08) and counts the make-up Saturday 10-11
        assertThat(jdbc.sql("SELECT DISTINCT publicity_due FROM enf_record r JOIN enf_body b ON b.id = r.body_id WHERE b.name = :n")
                .param("n", s.body()).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2025, 10, 15));
        // both unpublished decisions are on the worklist with their deadline and citation, written in one statement
        assertThat(events.stream(org.fazhi.worklist.DeadlinesSet.class).mapToLong(e -> e.items().size()).sum()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT i.due_date, i.citation, i.status, i.unit_id = r.unit_id, i.link FROM wl_item i "
                        + "JOIN enf_record r ON i.source_id = CAST(r.id AS text) JOIN enf_body b ON b.id = r.body_id "
                        + "WHERE i.source_module = 'enforcement' AND i.source_type = 'record' AND i.deadline_kind = 'publicity' "
                        + "AND b.name = :n ORDER BY r.id")
                .param("n", s.body())
                .query((rs, n) -> List.of(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4), rs.getString(5).startsWith("/enforcement/records/"))).list())
                .hasSize(2)
                .allSatisfy(row -> {
                    assertThat(row.get(0)).isEqualTo(LocalDate.of(2025, 10, 15));
                    assertThat((String) row.get(1)).contains("118号");
                    assertThat(row.subList(2, 5)).containsExactly("OPEN", true, true);
                });

        mvc.perform(post("/api/v1/enforcement/records:batch").contentType(MediaType.APPLICATION_JSON).content(batch(id, rows)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REPLAYED"))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.rows[1].status").value("UNCHANGED"));
        assertThat(count(s.body())).isEqualTo(2);

        // the same batch id with other data is refused
        List<Map<String, Object>> other = List.of(EnforcementFixtures.penalty(s, "罚〔2025〕3号", day, 3));
        mvc.perform(post("/api/v1/enforcement/records:batch").contentType(MediaType.APPLICATION_JSON).content(batch(id, other)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已经使用过")));

        // a new batch repeating a stored decision stores only the new one
        List<Map<String, Object>> mixed = List.of(rows.get(0), other.get(0));
        mvc.perform(post("/api/v1/enforcement/records:batch").contentType(MediaType.APPLICATION_JSON)
                        .content(batch(OrgFixtures.unique("B"), mixed)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].status").value("UNCHANGED"))
                .andExpect(jsonPath("$.rows[1].status").value("CREATED"));
        assertThat(count(s.body())).isEqualTo(3);
    }

    @Test
    @WithUserDetails("jingban")
    void oneBadRowRejectsTheWholeBatchWithChineseErrorsPerRow() throws Exception {
        var s = fixtures.setup(MARKET, LocalDate.of(2020, 1, 1));
        var foreign = fixtures.setup(ENFORCE, LocalDate.of(2020, 1, 1));
        LocalDate day = LocalDate.of(2025, 6, 3);
        Map<String, Object> good = EnforcementFixtures.penalty(s, "罚〔2025〕10号", day, 10);
        Map<String, Object> badCode = new java.util.LinkedHashMap<>(EnforcementFixtures.penalty(s, "罚〔2025〕11号", day, 11));
        String code = (String) badCode.get("partyCreditCode");
        badCode.put("partyCreditCode", code.substring(0, 17) + (code.charAt(17) == '1' ? '2' : '1'));
        Map<String, Object> expired = new java.util.LinkedHashMap<>(EnforcementFixtures.penalty(s, "罚〔2025〕12号",
                LocalDate.of(2025, 6, 3), 12));
        expired.put("officers", List.of(s.certA(), s.expiredCert()));
        Map<String, Object> noPower = new java.util.LinkedHashMap<>(EnforcementFixtures.penalty(s, "罚〔2025〕13号", day, 13));
        noPower.put("powerCode", foreign.penalty());
        Map<String, Object> otherUnit = EnforcementFixtures.penalty(foreign, "罚〔2025〕14号", day, 14);
        mvc.perform(post("/api/v1/enforcement/records:batch").contentType(MediaType.APPLICATION_JSON)
                        .content(batch(OrgFixtures.unique("B"), List.of(good, badCode, expired, noPower, otherUnit))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.rows[0].status").value("VALID"))
                .andExpect(jsonPath("$.rows[1].errors[0].message").value(containsString("校验码不正确")))
                .andExpect(jsonPath("$.rows[2].errors[0].message").value(containsString("到期")))
                .andExpect(jsonPath("$.rows[3].errors[0].message").value(containsString("没有")))
                .andExpect(jsonPath("$.rows[4].errors[0].message").value(containsString("不在本单位报送范围内")));
        assertThat(count(s.body())).isZero();
        assertThat(count(foreign.body())).isZero();
    }

    @Test
    void aDepartmentSeesOnlyItsOwnRecordsAndOthersAreNotFound() throws Exception {
        var foreign = fixtures.setup(ENFORCE, LocalDate.of(2020, 1, 1));
        CurrentUser sifaju = fixtures.user("sifaju");
        CurrentUser enforceUser = new CurrentUser(0, "test", "测试", sifaju.countyCode(), unitId(ENFORCE), ENFORCE,
                "/" + unitId(ENFORCE) + "/", DataScope.OWN_UNIT, java.util.Set.of(), java.util.Set.of());
        BatchResult r = ingest.ingest(OrgFixtures.unique("B"), List.of(input(foreign, "综执罚〔2025〕1号", LocalDate.of(2025, 5, 6))),
                "API", null, enforceUser);
        long id = r.rows().get(0).id();
        mvc.perform(get("/api/v1/enforcement/records/" + id).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("jingban"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enforcement/records/" + id).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("jingban"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enforcement/records/" + id).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("sifaju"))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/enforcement/records:batch").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(users.loadUserByUsername("lingdao"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/enforcement/records:batch").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    long unitId(String name) {
        return jdbc.sql("SELECT id FROM org_unit WHERE county_code = '990121' AND name = :n").param("n", name)
                .query(Long.class).single();
    }

    RecordInput input(EnforcementFixtures.Setup s, String number, LocalDate day) {
        return new RecordInput(s.body(), s.penalty(), "PENALTY", number, day, "PERSON", "王小明", null,
                OrgFixtures.idNumber(), "13912345678", "示范县城关镇解放路18号", "《中华人民共和国食品安全法》第一百二十四条", null,
                "罚款二千元", new BigDecimal("2000"), null, null, false, false, null, null, List.of(s.certA(), s.certB()), null,
                List.of());
    }

    @Test
    void publicityClocksGoToTheWorklistAndThePortalMasksPersonalData() throws Exception {
        var s = fixtures.setup(MARKET, LocalDate.of(2020, 1, 1));
        CurrentUser clerk = fixtures.user("jingban");
        String number = "罚〔2025〕" + OrgFixtures.unique("N") + "号";
        BatchResult r = ingest.ingest(OrgFixtures.unique("B"), List.of(input(s, number, LocalDate.of(2025, 1, 24))), "API", null, clerk);
        long id = r.rows().get(0).id();
        // 2025-01-24 (Fri) + 7 WD: 01-26 (Sun, make-up) 1, 01-27 2, 春节 01-28..02-04 off, 02-05 3, 02-06 4, 02-07 5,
        // 02-08 (Sat, make-up) 6, 02-10 7
        assertThat(deadlines.compute(StatutoryPeriod.ENFORCEMENT_PUBLICITY_LICENCE_PENALTY, LocalDate.of(2025, 1, 24)).due())
                .isEqualTo(LocalDate.of(2025, 2, 10));
        assertThat(jdbc.sql("SELECT publicity_due FROM enf_record WHERE id = :id").param("id", id).query(LocalDate.class)
                .single()).isEqualTo(LocalDate.of(2025, 2, 10));
        assertThat(jdbc.sql("SELECT status FROM wl_item WHERE source_module = 'enforcement' AND source_id = :id AND deadline_kind = 'publicity'")
                .param("id", Long.toString(id)).query(String.class).single()).isEqualTo("OPEN");
        mvc.perform(get("/api/v1/portal/enforcement/publicity").param("q", number))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));

        publicity.publish(id, clerk);
        assertThat(events.stream(DeadlineCleared.class).anyMatch(e -> e.sourceId().equals(Long.toString(id)))).isTrue();
        assertThat(events.stream(EnforcementChanged.class).anyMatch(e -> e.action().equals("enforcement.record.published")
                && e.summary().contains("逾期"))).isTrue();
        String masked = mvc.perform(get("/api/v1/portal/enforcement/publicity").param("q", number))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].partyName").value("王小明"))
                .andExpect(jsonPath("$.items[0].partyAddress").value("示范县城关镇******"))
                .andExpect(jsonPath("$.items[0].partyIdNumber").value(containsString("**********")))
                .andReturn().getResponse().getContentAsString();
        assertThat(masked).doesNotContain("13912345678").doesNotContain("解放路");
        mvc.perform(get("/portal/enforcement").param("q", number))
                .andExpect(status().isOk()).andExpect(content().string(containsString(number)));
        mvc.perform(get("/portal/enforcement/decisions/" + id))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("13912345678"))));

        // revoked: the 3-WD take-down clock starts, the portal stops showing it once taken down, with the reason
        publicity.change(id, "REVOKED", LocalDate.of(2025, 9, 30), "行政复议决定撤销", fixtures.user("sifaju"));
        assertThat(jdbc.sql("SELECT withdrawal_due FROM enf_record WHERE id = :id").param("id", id).query(LocalDate.class)
                .single()).isEqualTo(LocalDate.of(2025, 10, 11)); // 国庆 off, 10-09, 10-10, make-up Saturday 10-11
        publicity.withdraw(id, "该决定已被行政复议机关撤销", clerk);
        mvc.perform(get("/api/v1/portal/enforcement/publicity").param("q", number)).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/portal/enforcement")).andExpect(content().string(containsString("该决定已被行政复议机关撤销")));
    }

    @Test
    void theStatisticsOfAFixtureYearAreRightToTheRecord() {
        long gov = jdbc.sql("SELECT id FROM org_unit WHERE county_code = '990121' AND parent_id IS NULL").query(Long.class).single();
        OrgFixtures orgs = new OrgFixtures(jdbc, users);
        String unitName = OrgFixtures.unique("统计测试局");
        long unit = orgs.unit(unitName, UnitKind.DEPARTMENT, gov);
        var s = fixtures.setup(unitName, LocalDate.of(2018, 1, 1));
        String path = jdbc.sql("SELECT ancestors || id || '/' FROM org_unit WHERE id = :u").param("u", unit).query(String.class).single();
        CurrentUser sender = new CurrentUser(0, "test", "测试", "990121", unit, unitName, path, DataScope.OWN_UNIT,
                java.util.Set.of(), java.util.Set.of());
        List<RecordInput> rows = new ArrayList<>();
        // 2019: 3 penalties (fines 1000 + 2000 + 3000, one needing and passing legal review), 1 licence, 1 inspection
        rows.add(with(input(s, "统〔2019〕1号", LocalDate.of(2019, 3, 4)), new BigDecimal("1000"), LocalDate.of(2019, 3, 6), false));
        rows.add(with(input(s, "统〔2019〕2号", LocalDate.of(2019, 5, 6)), new BigDecimal("2000"), LocalDate.of(2019, 6, 20), true));
        rows.add(with(input(s, "统〔2019〕3号", LocalDate.of(2019, 12, 2)), new BigDecimal("3000"), null, false));
        rows.add(new RecordInput(s.body(), s.licence(), "LICENCE", "统许〔2019〕1号", LocalDate.of(2019, 7, 1), "ORG", "测试公司",
                EnforcementFixtures.creditCode(777), null, null, null, "依据", null, "准予许可", null, null, null, false, false,
                null, null, List.of(s.certA()), LocalDate.of(2019, 7, 2), List.of()));
        rows.add(new RecordInput(s.body(), s.inspection(), "INSPECTION", "统检〔2019〕1号", LocalDate.of(2019, 8, 1), "ORG", "测试公司",
                EnforcementFixtures.creditCode(777), null, null, null, "依据", null, "未发现问题", null, null, null, false, false,
                null, null, List.of(s.certA(), s.certB()), LocalDate.of(2019, 8, 20), List.of()));
        // 2020: outside the year
        rows.add(with(input(s, "统〔2020〕1号", LocalDate.of(2020, 1, 2)), new BigDecimal("9999"), null, false));
        assertThat(ingest.ingest(OrgFixtures.unique("B"), rows, "API", null, sender).status()).isEqualTo("ACCEPTED");

        ScopeFilter scope = new ScopeFilter(DataScope.OWN_UNIT, "990121", unit, path);
        Statistics.Report r = statistics.report(scope, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), LocalDate.of(2025, 1, 1));
        assertThat(r.totals().records()).isEqualTo(5);
        assertThat(r.totals().fines()).isEqualByComparingTo("6000");
        assertThat(r.totals().onTime()).isEqualTo(3);   // 1号 penalty, licence, inspection
        assertThat(r.totals().late()).isEqualTo(1);     // 2号 published 2019-06-20, due 2019-05-15
        assertThat(r.totals().overdue()).isEqualTo(1);  // 3号 never published
        assertThat(r.totals().reviewRequired()).isEqualTo(1);
        assertThat(r.byKind()).extracting(Statistics.Line::label, Statistics.Line::count)
                .containsExactly(Tuple.tuple("行政检查", 1L), Tuple.tuple("行政许可", 1L),
                        Tuple.tuple("行政处罚", 3L));
        assertThat(r.byBody()).singleElement().satisfies(l -> assertThat(l.count()).isEqualTo(5));

        IndicatorScope iscope = new IndicatorScope(scope, unitName);
        IndicatorCount timely = indicators.count(EnforcementIndicators.PUBLICITY_TIMELY, iscope, ReportingPeriod.year(2019));
        assertThat(timely.numerator()).isEqualByComparingTo("3");
        assertThat(timely.denominator()).isEqualByComparingTo("5");
        assertThat(indicators.records(EnforcementIndicators.PUBLICITY_TIMELY, iscope, ReportingPeriod.year(2019),
                IndicatorRecord.Part.NUMERATOR, 10)).extracting(IndicatorRecord::title)
                .allMatch(t -> t.startsWith("统")).hasSize(3);
        IndicatorCount review = indicators.count(EnforcementIndicators.LEGAL_REVIEW, iscope, ReportingPeriod.year(2019));
        assertThat(review.numerator()).isEqualByComparingTo("1");
        assertThat(review.denominator()).isEqualByComparingTo("1");
        IndicatorCount certified = indicators.count(EnforcementIndicators.CERTIFIED, iscope, ReportingPeriod.year(2018));
        assertThat(certified.numerator()).isEqualByComparingTo("3");
        assertThat(certified.denominator()).isEqualByComparingTo("3");
        // the third officer's certificate ran to 2019-01-01 only
        assertThat(indicators.count(EnforcementIndicators.CERTIFIED, iscope, ReportingPeriod.year(2019)).numerator())
                .isEqualByComparingTo("2");
    }

    RecordInput with(RecordInput in, BigDecimal fine, LocalDate published, boolean review) {
        return new RecordInput(in.body(), in.powerCode(), in.kind(), in.decisionNo(), in.decisionDate(), in.partyType(),
                in.partyName(), in.partyCreditCode(), in.partyIdNumber(), in.partyPhone(), in.partyAddress(), in.legalBasis(),
                in.facts(), in.result(), fine, in.confiscationAmount(), in.township(), review, review,
                review ? "审〔2019〕1号" : null, review ? in.decisionDate().minusDays(1) : null, in.officers(), published,
                in.processRecords());
    }

    @Test
    @WithUserDetails("sifaju")
    void registriesRefuseBadRowsAndCertificatesFollowTheOfficer() {
        CurrentUser admin = fixtures.user("sifaju");
        var s = fixtures.setup(MARKET, LocalDate.of(2022, 1, 1));
        var ex = org.assertj.core.api.Assertions.catchThrowableOfType(RowsRejected.class, () -> registries.createOfficers(List.of(
                new Registries.OfficerDraft(2, s.body(), "某", "123", null, false, s.certA(), "执法证", "x",
                        LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1))), admin));
        assertThat(ex.errors()).extracting(RowsRejected.RowError::message)
                .anyMatch(m -> m.contains("身份证号")).anyMatch(m -> m.contains("已登记")).anyMatch(m -> m.contains("早于"));
        long officer = jdbc.sql("SELECT officer_id FROM enf_certificate WHERE cert_no = :n").param("n", s.certA())
                .query(Long.class).single();
        registries.officerLeaves(officer, "RETIRED", LocalDate.of(2025, 3, 1), "退休", admin);
        assertThat(jdbc.sql("SELECT end_kind FROM enf_certificate WHERE cert_no = :n").param("n", s.certA())
                .query(String.class).single()).isEqualTo("RECOVERED");
    }
}
