package org.fazhi.reconsideration;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every clock reaches the worklist of the unit that must act (the 复议机构 or the respondent) and leaves it when the step
 * is done; the nightly job deems a lapsed review accepted; every step is in the audit trail.
 */
@FazhiIntegrationTest
class ReconsiderationWorklistIntegrationTests {

    @Autowired
    ReconsiderationCases cases;
    @Autowired
    JdbcClient jdbc;

    private long register(long unit, String applicant, LocalDate received) {
        return cases.register(new ApplicationDraft(Channel.POST, unit,
                List.of(new ApplicationDraft.PartyDraft("PERSON", applicant, null, null, null)), List.of(), List.of(),
                "请求撤销行政许可决定", null, "行政许可", null, "许可决定" + applicant, received.minusDays(3), received,
                true, false, null, null, received, false), Actor.system("990121")).id();
    }

    private List<String> openItems(long caseId, long unit) {
        return jdbc.sql("""
                        SELECT deadline_kind FROM wl_item WHERE county_code = '990121' AND source_module = 'reconsideration'
                          AND source_id = :id AND unit_id = :unit AND status = 'OPEN' ORDER BY deadline_kind""")
                .param("id", Long.toString(caseId)).param("unit", unit).query(String.class).list();
    }

    @Test
    void clocksReachTheRightUnitsAndLeaveWhenDone() {
        long respondent = ReconFixtures.unit(jdbc, "示范县交通运输局");
        long office = ReconFixtures.unit(jdbc, "示范县司法局");
        long id = register(respondent, "待办测试人", LocalDate.of(2025, 3, 3));
        assertThat(openItems(id, office)).containsExactly("ACCEPTANCE_REVIEW");
        Actor system = Actor.system("990121");
        cases.act(id, CaseAction.ACCEPT, CaseCommand.on(LocalDate.of(2025, 3, 5)).withProcedure(Procedure.ORDINARY), system);
        assertThat(openItems(id, office)).containsExactly("COPY_TO_RESPONDENT", "DECISION");
        cases.act(id, CaseAction.SEND_COPY, CaseCommand.on(LocalDate.of(2025, 3, 6)), system);
        assertThat(openItems(id, respondent)).containsExactly("RESPONDENT_ANSWER");
        cases.act(id, CaseAction.RECORD_ANSWER, CaseCommand.on(LocalDate.of(2025, 3, 14)), system);
        assertThat(openItems(id, respondent)).isEmpty();
        cases.act(id, CaseAction.DECIDE, CaseCommand.on(LocalDate.of(2025, 4, 1)).withDecision(DecisionType.CONFIRM_ILLEGAL)
                .withReason("许可程序轻微违法但不对申请人权利产生实际影响，确认违法。"), system);
        assertThat(openItems(id, office)).isEmpty();
        cases.act(id, CaseAction.ISSUE_OPINION, CaseCommand.on(LocalDate.of(2025, 4, 3))
                .withReason("请规范行政许可听证告知程序，对相关人员开展培训。"), system);
        assertThat(openItems(id, respondent)).hasSize(1).allMatch(k -> k.startsWith("OPINION_FEEDBACK-"));
        long audited = jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = 'recon_case' AND object_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single();
        assertThat(audited).isEqualTo(6);
    }

    @Test
    void nightlyJobDeemsLapsedReviewsAccepted() {
        long respondent = ReconFixtures.unit(jdbc, "示范县交通运输局");
        // Mon 2025-09-29: 09-30, 10-09, 10-10, Sat 10-11 (make-up day), 10-13.
        long id = register(respondent, "视为受理测试人", LocalDate.of(2025, 9, 29));
        assertThat(cases.deemLapsedReviews("990121")).isGreaterThanOrEqualTo(1);
        ReconCase c = cases.view(id, Actor.system("990121")).c();
        assertThat(c.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(c.deemedAccepted()).isTrue();
        assertThat(c.acceptedOn()).isEqualTo(LocalDate.of(2025, 10, 13));
    }
}
