package org.fazhi.reconsideration;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 行政应诉: the defence period on the legal calendar, the head's appearance and the analysis of a lost case. */
@FazhiIntegrationTest
class LitigationIntegrationTests {

    @Autowired
    Litigations litigations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    java.time.Clock clock;

    private CurrentUser clerk(long unit) {
        return new CurrentUser(0, "test", "测试", "990121", unit, "单位", "/", DataScope.COUNTY, Set.of("ADMIN"),
                Set.of("reconsideration:litigation:manage"));
    }

    @Test
    void defencePeriodRollsOverNationalDayAndLostCaseNeedsAnalysis() {
        long unit = ReconFixtures.unit(jdbc, ReconFixtures.NATURAL_RESOURCES);
        CurrentUser user = clerk(unit);
        // Served Sat 2025-09-20: 15 日 ends Sun 10-05 inside 国庆 (10-01..10-08), rolled forward to Thu 10-09.
        long id = litigations.register(new Litigations.LawsuitDraft(unit, "（2025）示0121行初501号", "示范县人民法院", "FIRST",
                "行政强制", "原告甲", "请求确认强制拆除违法", null, LocalDate.of(2025, 9, 20)), user);
        Litigation l = litigations.get(id, user.filter());
        assertThat(l.defenceDue()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThatThrownBy(() -> litigations.hearing(id, LocalDate.of(2025, 11, 3), "NONE", null, true, user))
                .hasMessageContaining("未出庭");
        litigations.hearing(id, LocalDate.of(2025, 11, 3), "PRINCIPAL", "王局长", true, user);
        assertThatThrownBy(() -> litigations.outcome(id, "LOST_ILLEGAL", LocalDate.of(2025, 12, 1), "", user))
                .hasMessageContaining("败诉原因分析");
        litigations.outcome(id, "LOST_ILLEGAL", LocalDate.of(2025, 12, 1), "强制拆除前未依法催告，程序违法。", user);
        Litigation closed = litigations.get(id, user.filter());
        assertThat(closed.outcomeLabel()).isEqualTo("败诉：确认违法");
        assertThat(closed.headLabel()).isEqualTo("正职出庭");
        assertThatThrownBy(() -> litigations.register(new Litigations.LawsuitDraft(unit, "（2025）示0121行初501号", "示范县人民法院",
                "FIRST", "行政强制", "原告甲", "重复登记的诉讼请求", null, LocalDate.of(2025, 9, 20)), user))
                .hasMessageContaining("已登记");
    }

    @Test
    @WithUserDetails("danwei")
    void anotherUnitsLawsuitIsInvisible() throws Exception {
        long other = ReconFixtures.unit(jdbc, ReconFixtures.NATURAL_RESOURCES);
        long id = litigations.register(new Litigations.LawsuitDraft(other, "（2025）示0121行初777号", "示范县人民法院", "FIRST",
                "行政许可", "原告乙", "请求撤销许可决定", null, LocalDate.of(2025, 3, 3)), clerk(other));
        mvc.perform(get("/reconsideration/litigation/" + id)).andExpect(status().isNotFound());
    }

    private long register(long unit, String token, int n, LocalDate served) {
        return litigations.register(new Litigations.LawsuitDraft(unit, "（2025）示0121行初" + token + "-" + n + "号",
                "示范县人民法院", "FIRST", "行政处罚", "原告" + token + "-" + n, "请求撤销处罚决定", null, served), clerk(unit));
    }

    @Test
    @WithUserDetails("sifaju")
    void listIsPagedKeepingFiltersInTheLinks() throws Exception {
        long unit = ReconFixtures.unit(jdbc, ReconFixtures.NATURAL_RESOURCES);
        String token = "P" + System.nanoTime();
        register(unit, token, 1, LocalDate.of(2025, 1, 6));
        register(unit, token, 2, LocalDate.of(2025, 2, 10));
        register(unit, token, 3, LocalDate.of(2025, 3, 10));
        // Newest complaint first: page 2 of size 1 is the middle lawsuit only.
        String html = mvc.perform(get("/reconsideration/litigation?keyword=" + token + "&size=1&page=2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("原告" + token + "-2").doesNotContain("原告" + token + "-1")
                .doesNotContain("原告" + token + "-3").contains("共 3 条").contains("2 / 3")
                .contains("id=\"lit-prev\"").contains("id=\"lit-next\"");
        assertThat(html).containsPattern("id=\"lit-next\"[^>]*href=\"[^\"]*keyword=" + token + "[^\"]*size=1[^\"]*page=3");
        String last = mvc.perform(get("/reconsideration/litigation?keyword=" + token + "&size=1&page=3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(last).contains("原告" + token + "-1").doesNotContain("原告" + token + "-2")
                .doesNotContain("id=\"lit-next\"");
        String closed = mvc.perform(get("/reconsideration/litigation?keyword=" + token + "&status=CLOSED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(closed).doesNotContain("原告" + token).contains("共 0 条");
        String csv = mvc.perform(get("/reconsideration/litigation/export.csv?keyword=" + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF法院案号,").contains("原告" + token + "-1", "原告" + token + "-2", "原告" + token + "-3");
        mvc.perform(get("/reconsideration/litigation?size=201")).andExpect(status().isBadRequest());
    }

    @Test
    @WithUserDetails("danwei")
    void anotherUnitsLawsuitsAreNeitherListedNorExported() throws Exception {
        String token = "S" + System.nanoTime();
        register(ReconFixtures.unit(jdbc, ReconFixtures.MARKET), token, 1, LocalDate.of(2025, 4, 1));
        register(ReconFixtures.unit(jdbc, ReconFixtures.NATURAL_RESOURCES), token, 2, LocalDate.of(2025, 4, 2));
        String html = mvc.perform(get("/reconsideration/litigation?keyword=" + token + "&size=200"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("原告" + token + "-1").doesNotContain("原告" + token + "-2").contains("共 1 条");
        String csv = mvc.perform(get("/reconsideration/litigation/export.csv?keyword=" + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("原告" + token + "-1").doesNotContain("原告" + token + "-2");
        // Naming the other unit in the filter does not widen the scope.
        String forged = mvc.perform(get("/reconsideration/litigation/export.csv?keyword=" + token + "&unitId="
                        + ReconFixtures.unit(jdbc, ReconFixtures.NATURAL_RESOURCES)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(forged).doesNotContain("原告" + token);
    }

    private long suggestion(long unit, String token, int n, String kind, LocalDate received, LocalDate due) {
        return litigations.addSuggestion(new Litigations.SuggestionDraft(unit, null, kind, "示范县人民法院",
                "示法建〔2025〕" + token + "-" + n + "号", "建议规范行政处罚程序，加强证据收集", received, due), clerk(unit));
    }

    @Test
    @WithUserDetails("sifaju")
    void recommendationsArePagedFilteredLitAndExportedWithAnAuditEntry() throws Exception {
        long unit = ReconFixtures.unit(jdbc, ReconFixtures.NATURAL_RESOURCES);
        String token = "S" + System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        long overdue = suggestion(unit, token, 1, "JUDICIAL", today.minusDays(70), today.minusDays(10));
        suggestion(unit, token, 2, "PROCURATORIAL", today.minusDays(5), today.plusDays(55));
        long answered = suggestion(unit, token, 3, "JUDICIAL", today.minusDays(40), today.plusDays(20));
        litigations.reply(answered, "已修订执法程序规定并开展专题培训", today, clerk(unit));

        String overdueOnly = mvc.perform(get("/reconsideration/litigation/suggestions?status=OVERDUE&size=200"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(overdueOnly).contains(token + "-1号").doesNotContain(token + "-2号").doesNotContain(token + "-3号")
                .contains("fz-light red");
        String replied = mvc.perform(get("/reconsideration/litigation/suggestions?status=REPLIED&kind=JUDICIAL&size=200"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(replied).contains(token + "-3号", "已修订执法程序规定").doesNotContain(token + "-1号");
        // Open ones first, nearest reply date first: the overdue letter leads page 1 of size 1.
        String first = mvc.perform(get("/reconsideration/litigation/suggestions?status=PENDING&size=1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("id=\"sug-next\"").doesNotContain(token + "-3号");
        mvc.perform(get("/reconsideration/litigation/suggestions?status=LATE")).andExpect(status().isBadRequest());
        String summary = mvc.perform(get("/reconsideration/litigation")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(summary).contains("id=\"sug-open\"").containsPattern("待办复 \\d+ 件");

        long audits = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'reconsideration.exported'")
                .query(Long.class).single();
        String csv = mvc.perform(get("/reconsideration/litigation/suggestions/export.csv?kind=JUDICIAL"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF种类,").contains(token + "-1号", token + "-3号").doesNotContain(token + "-2号");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'reconsideration.exported'")
                .query(Long.class).single()).isEqualTo(audits + 1);
        assertThat(overdue).isPositive();
    }
}
