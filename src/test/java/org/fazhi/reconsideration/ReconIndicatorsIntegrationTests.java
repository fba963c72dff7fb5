package org.fazhi.reconsideration;

import org.fazhi.indicators.IndicatorCount;
import org.fazhi.indicators.IndicatorRecord;
import org.fazhi.indicators.IndicatorScope;
import org.fazhi.indicators.ReportingPeriod;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.org.ScopeFilter;
import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics of a fixture year (2021, one respondent unit) come out right to the case: ten applications with
 * every kind of outcome, and one lawsuit after a decision.
 */
@FazhiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconIndicatorsIntegrationTests {

    static final String UNIT = "示范县审计局";

    @Autowired
    ReconsiderationCases cases;
    @Autowired
    Litigations litigations;
    @Autowired
    ReconIndicators indicators;
    @Autowired
    JdbcClient jdbc;

    private long unit;
    private IndicatorScope scope;
    private final ReportingPeriod year = ReportingPeriod.year(2021);
    private long revoked;

    private long register(String applicant, String received) {
        LocalDate r = LocalDate.parse(received);
        return cases.register(new ApplicationDraft(Channel.IN_PERSON, unit,
                List.of(new ApplicationDraft.PartyDraft("PERSON", applicant, null, null, null)), List.of(), List.of(),
                "请求撤销审计处理决定", null, "行政处罚", null, "审计处理决定书" + applicant, r.minusDays(10), r, true, false,
                "审计", null, r, false), Actor.system("990121")).id();
    }

    private void act(long id, CaseAction action, CaseCommand command) {
        cases.act(id, action, command, Actor.system("990121"));
    }

    private static CaseCommand on(String date) {
        return CaseCommand.on(LocalDate.parse(date));
    }

    private void accept(long id, String date) {
        act(id, CaseAction.ACCEPT, on(date).withProcedure(Procedure.ORDINARY));
    }

    @BeforeAll
    void fixtureYear() {
        unit = ReconFixtures.unit(jdbc, UNIT);
        String path = jdbc.sql("SELECT ancestors || id || '/' FROM org_unit WHERE id = :id").param("id", unit)
                .query(String.class).single();
        scope = new IndicatorScope(new ScopeFilter(DataScope.OWN_UNIT, "990121", unit, path), UNIT);
        long a = register("甲", "2021-03-01");
        accept(a, "2021-03-05");
        act(a, CaseAction.SEND_COPY, on("2021-03-10"));
        act(a, CaseAction.RECORD_ANSWER, on("2021-03-20"));
        act(a, CaseAction.DECIDE, on("2021-04-20").withDecision(DecisionType.REVOKE).withReason("主要事实不清、证据不足，依法撤销。"));
        revoked = a;
        long b = register("乙", "2021-04-06");
        accept(b, "2021-04-09");
        act(b, CaseAction.SEND_COPY, on("2021-04-12"));
        act(b, CaseAction.DECIDE, on("2021-05-20").withDecision(DecisionType.UPHOLD).withReason("事实清楚，证据确凿，依法维持。"));
        long c = register("丙", "2021-05-10");
        accept(c, "2021-05-12");
        act(c, CaseAction.SEND_COPY, on("2021-05-14"));
        act(c, CaseAction.MEDIATE, on("2021-06-15").withReason("被申请人减少罚款数额，申请人放弃其他请求。"));
        long d = register("丁", "2021-06-01");
        accept(d, "2021-06-03");
        act(d, CaseAction.SETTLE, on("2021-06-20").withReason("双方自愿和解，被申请人重新核定应缴金额。"));
        long e = register("戊", "2021-07-01");
        act(e, CaseAction.REJECT, on("2021-07-02").withReason("申请人与该行政行为没有利害关系，不符合受理条件。"));
        long f = register("己", "2021-08-02");
        accept(f, "2021-08-04");
        act(f, CaseAction.WITHDRAW, on("2021-08-20").withReason("申请人书面申请撤回。"));
        long g = register("庚", "2021-12-20");
        accept(g, "2021-12-22");
        long h = register("辛", "2021-09-01");
        act(h, CaseAction.REFER, on("2021-09-02").withBody("示范市人民政府").withReason("该行为由市级部门作出。"));
        long i = register("壬", "2021-10-08");
        act(i, CaseAction.RESOLVE_BEFORE_ACCEPTANCE, on("2021-10-09").withReason("经沟通，被申请人当场更正，申请人撤回。"));
        long j = register("癸", "2021-11-01");
        accept(j, "2021-11-02");
        act(j, CaseAction.SUSPEND, on("2021-11-10").withGround("RELATED_CASE"));
        String numberB = jdbc.sql("SELECT number FROM recon_case WHERE id = :id").param("id", b).query(String.class).single();
        CurrentUser clerk = new CurrentUser(0, "test", "测试", "990121", unit, UNIT, path, DataScope.COUNTY, Set.of("ADMIN"),
                Set.of("reconsideration:litigation:manage"));
        litigations.register(new Litigations.LawsuitDraft(unit, "（2021）示0121行初99号", "示范县人民法院", "FIRST", "行政处罚",
                "乙", "请求撤销审计处理决定", numberB, LocalDate.parse("2021-06-01")), clerk);
    }

    private long count(String code) {
        return indicators.count(code, scope, year).numerator().longValueExact();
    }

    private String rate(String code) {
        IndicatorCount c = indicators.count(code, scope, year);
        return c.numerator() + "/" + c.denominator() + "=" + c.value(ReconIndicators.spec(code).definition());
    }

    @Test
    void countsOfTheFixtureYear() {
        assertThat(count("RECON_APPLICATIONS")).isEqualTo(10);
        assertThat(count("RECON_ACCEPTED")).isEqualTo(7);
        assertThat(count("RECON_NOT_ACCEPTED")).isEqualTo(1);
        assertThat(count("RECON_REFERRED")).isEqualTo(1);
        assertThat(count("RECON_PRE_ACCEPTANCE_RESOLVED")).isEqualTo(1);
        assertThat(count("RECON_DECIDED")).isEqualTo(5);
        assertThat(count("RECON_CORRECTED")).isEqualTo(1);
        assertThat(count("RECON_IN_REVIEW")).isEqualTo(2);
        assertThat(count("RECON_SUSPENDED")).isEqualTo(1);
        assertThat(count("LIT_CASES")).isEqualTo(1);
    }

    @Test
    void ratesOfTheFixtureYear() {
        assertThat(rate("RECON_CORRECTION_RATE")).isEqualTo("1/5=20.00");
        assertThat(rate("RECON_MEDIATION_RATE")).isEqualTo("2/5=40.00");
        assertThat(rate("RECON_RESOLUTION_RATE")).isEqualTo("4/5=80.00");
        assertThat(rate("RECON_SETTLED_RATE")).isEqualTo("4/5=80.00");
        assertThat(rate("RECON_ACCEPTANCE_RATE")).isEqualTo("7/10=70.00");
        assertThat(indicators.count("LITIGATION_HEAD_APPEARANCE_RATE", scope, year).value(
                ReconIndicators.spec("LITIGATION_HEAD_APPEARANCE_RATE").definition())).isNull();
        assertThat(indicators.count("RECON_CORRECTION_RATE", scope, ReportingPeriod.year(2020)).denominator())
                .isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void eachFigureListsItsCases() {
        List<IndicatorRecord> corrected = indicators.records("RECON_CORRECTION_RATE", scope, year,
                IndicatorRecord.Part.NUMERATOR, 100);
        assertThat(corrected).extracting(IndicatorRecord::id).containsExactly(Long.toString(revoked));
        assertThat(corrected.get(0).title()).contains("甲");
        assertThat(indicators.records("RECON_CORRECTION_RATE", scope, year, IndicatorRecord.Part.DENOMINATOR, 100))
                .hasSize(5);
        assertThat(indicators.records("RECON_SETTLED_RATE", scope, year, IndicatorRecord.Part.NUMERATOR, 100))
                .extracting(IndicatorRecord::title).noneMatch(t -> t.contains(" 乙"));
        assertThat(indicators.definitions()).extracting(d -> d.code()).contains("RECON_CORRECTION_RATE",
                "LITIGATION_HEAD_APPEARANCE_RATE", "LIT_LOSS_RATE", "LIT_SUGGESTION_ONTIME_RATE");
    }
}
