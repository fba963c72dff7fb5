package org.fazhi.enforcement.internal;

import org.fazhi.calendar.StatutoryPeriod;
import org.fazhi.enforcement.internal.Registry.BodyRef;
import org.fazhi.enforcement.internal.Registry.CertRef;
import org.fazhi.enforcement.internal.Registry.Delegation;
import org.fazhi.enforcement.internal.Registry.PowerRef;
import org.fazhi.enforcement.internal.Registry.TownshipRef;
import org.fazhi.org.CreditCodes;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks on every enforcement decision, without Spring (执法决定校验规则). */
class RecordRulesUnitTests {

    static final LocalDate TODAY = LocalDate.of(2025, 10, 20);
    static final LocalDate DAY = LocalDate.of(2025, 9, 29);
    static final String CODE = "91990121MA01CY0A" + "X";
    static final String CREDIT = CODE + CreditCodes.checkCharacter(CODE);

    final BodyRef market = new BodyRef(1, "990121", 10, "DEPARTMENT", "县市场监管局", null);
    final BodyRef town = new BodyRef(2, "990121", 20, "TOWNSHIP", "城关镇人民政府", null);
    final PowerRef penalty = new PowerRef(100, 1, "CF-1", "食品处罚", PowerType.PENALTY, LocalDate.of(2020, 1, 1), null,
            List.of(new Delegation(20, LocalDate.of(2025, 1, 1), null)));
    final CertRef a = cert(1, "A1", 1, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 1, 1), null, null, null);
    final CertRef b = cert(2, "B2", 1, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 1, 1), null, null, null);
    final CertRef expired = cert(3, "C3", 1, LocalDate.of(2019, 1, 1), LocalDate.of(2025, 9, 1), null, null, null);
    final CertRef suspended = cert(4, "D4", 1, LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1),
            LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 5), null);
    final CertRef recovered = cert(5, "E5", 1, LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1), null, null,
            LocalDate.of(2025, 9, 29));
    final CertRef townA = cert(6, "T1", 2, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 1, 1), null, null, null);
    final CertRef townB = cert(7, "T2", 2, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 1, 1), null, null, null);

    static CertRef cert(long id, String no, long body, LocalDate issued, LocalDate expires, LocalDate sFrom, LocalDate sTo,
                        LocalDate ended) {
        return new CertRef(id, no, "ENFORCEMENT", id, "人员" + no, body, "ACTIVE", issued, expires, sFrom, sTo, ended);
    }

    RecordRules.Context ctx() {
        return new RecordRules.Context(Map.of(market.name(), market, town.name(), town), Map.of("CF-1", List.of(penalty)),
                Map.of("A1", a, "B2", b, "C3", expired, "D4", suspended, "E5", recovered, "T1", townA, "T2", townB),
                Map.of("城关镇", new TownshipRef(20, "城关镇人民政府")), TODAY);
    }

    RecordInput input(String body, String credit, List<String> officers) {
        return new RecordInput(body, "CF-1", "处罚", "示市监罚〔2025〕1号", DAY, "法人", "某公司", credit, null, null, null,
                "《中华人民共和国食品安全法》第一百二十四条", null, "罚款五万元", new BigDecimal("50000"), null, null, false, false,
                null, null, officers, null, List.of());
    }

    @Test
    void aCompleteDecisionPassesAndIsResolved() {
        RecordRules.Checked c = RecordRules.check(input("县市场监管局", CREDIT, List.of("A1", "B2")), ctx());
        assertThat(c.errors()).isEmpty();
        assertThat(c.valid().power().id()).isEqualTo(100);
        assertThat(c.valid().officers()).extracting(CertRef::certNo).containsExactly("A1", "B2");
        assertThat(c.valid().contentHash()).hasSize(64);
    }

    @Test
    void theSameContentHasTheSameHashAndADifferentFineDoesNot() {
        String h1 = RecordRules.check(input("县市场监管局", CREDIT, List.of("A1", "B2")), ctx()).valid().contentHash();
        String h2 = RecordRules.check(input("县市场监管局", CREDIT, List.of("B2", "A1")), ctx()).valid().contentHash();
        RecordInput other = input("县市场监管局", CREDIT, List.of("A1", "B2"));
        other = new RecordInput(other.body(), other.powerCode(), other.kind(), other.decisionNo(), other.decisionDate(),
                other.partyType(), other.partyName(), other.partyCreditCode(), null, null, null, other.legalBasis(), null,
                other.result(), new BigDecimal("60000"), null, null, false, false, null, null, other.officers(), null, List.of());
        assertThat(h1).isEqualTo(h2);
        assertThat(RecordRules.check(other, ctx()).valid().contentHash()).isNotEqualTo(h1);
    }

    @Test
    void aMalformedCreditCodeIsRefusedInChinese() {
        String bad = CREDIT.substring(0, 17) + (CREDIT.charAt(17) == '0' ? '1' : '0');
        RecordRules.Checked c = RecordRules.check(input("县市场监管局", bad, List.of("A1", "B2")), ctx());
        assertThat(c.valid()).isNull();
        assertThat(c.errors()).extracting(RecordRules.FieldError::message).anyMatch(m -> m.contains("校验码不正确"));
    }

    @Test
    void penaltiesNeedTwoOfficersWithCertificatesValidOnTheDecisionDate() {
        assertThat(messages(input("县市场监管局", CREDIT, List.of("A1")))).anyMatch(m -> m.contains("不少于2名"));
        assertThat(messages(input("县市场监管局", CREDIT, List.of("A1", "C3")))).anyMatch(m -> m.contains("已于 2025-09-01 到期"));
        assertThat(messages(input("县市场监管局", CREDIT, List.of("A1", "D4")))).anyMatch(m -> m.contains("暂扣"));
        assertThat(messages(input("县市场监管局", CREDIT, List.of("A1", "E5")))).anyMatch(m -> m.contains("注销或收回"));
        assertThat(messages(input("县市场监管局", CREDIT, List.of("A1", "ZZ")))).anyMatch(m -> m.contains("未登记"));
        assertThat(messages(input("县市场监管局", CREDIT, List.of("A1", "T1")))).anyMatch(m -> m.contains("不属于执法主体"));
    }

    @Test
    void aBodyWithoutThePowerIsRefusedUnlessItWasDelegatedToItsTownship() {
        PowerRef notDelegated = new PowerRef(100, 1, "CF-1", "食品处罚", PowerType.PENALTY, LocalDate.of(2020, 1, 1), null,
                List.of(new Delegation(20, LocalDate.of(2025, 10, 1), null)));
        RecordRules.Context late = new RecordRules.Context(ctx().bodiesByNameOrCode(), Map.of("CF-1", List.of(notDelegated)),
                ctx().certsByNo(), ctx().townshipsByName(), TODAY);
        RecordRules.Checked delegated = RecordRules.check(input("城关镇人民政府", CREDIT, List.of("T1", "T2")), ctx());
        assertThat(delegated.errors()).isEmpty();
        assertThat(delegated.valid().townshipUnitId()).isEqualTo(20L);
        assertThat(RecordRules.check(input("城关镇人民政府", CREDIT, List.of("T1", "T2")), late).errors())
                .extracting(RecordRules.FieldError::message).anyMatch(m -> m.contains("没有“食品处罚”这项执法职权"));
    }

    @Test
    void aMajorDecisionWithoutLegalReviewIsRefused() {
        RecordInput in = input("县市场监管局", CREDIT, List.of("A1", "B2"));
        RecordInput major = new RecordInput(in.body(), in.powerCode(), in.kind(), in.decisionNo(), in.decisionDate(),
                in.partyType(), in.partyName(), in.partyCreditCode(), null, null, null, in.legalBasis(), null, in.result(),
                in.fineAmount(), null, null, true, false, null, null, in.officers(), null, List.of());
        assertThat(messages(major)).anyMatch(m -> m.contains("第五十八条"));
    }

    @Test
    void onlyPenaltiesCarryFinesAndKindMustMatchThePower() {
        RecordInput in = input("县市场监管局", CREDIT, List.of("A1", "B2"));
        RecordInput licence = new RecordInput(in.body(), in.powerCode(), "许可", in.decisionNo(), in.decisionDate(),
                in.partyType(), in.partyName(), in.partyCreditCode(), null, null, null, in.legalBasis(), null, in.result(),
                in.fineAmount(), null, null, false, false, null, null, in.officers(), null, List.of());
        assertThat(messages(licence)).anyMatch(m -> m.contains("只有行政处罚决定有罚款"))
                .anyMatch(m -> m.contains("与决定类别“行政许可”不符"));
    }

    @Test
    void anOrganisationNeedsACreditCodeAndAFutureDateIsRefused() {
        RecordInput in = input("县市场监管局", null, List.of("A1", "B2"));
        assertThat(messages(in)).anyMatch(m -> m.contains("统一社会信用代码不能为空"));
        RecordInput future = new RecordInput(in.body(), in.powerCode(), in.kind(), in.decisionNo(), TODAY.plusDays(1),
                in.partyType(), in.partyName(), CREDIT, null, null, null, in.legalBasis(), null, in.result(),
                in.fineAmount(), null, null, false, false, null, null, in.officers(), null, List.of());
        assertThat(messages(future)).anyMatch(m -> m.contains("晚于今天"));
    }

    @Test
    void publicityPeriodsFollowTheKind() {
        assertThat(RecordKind.PENALTY.publicityPeriod()).isEqualTo(StatutoryPeriod.ENFORCEMENT_PUBLICITY_LICENCE_PENALTY);
        assertThat(RecordKind.LICENCE.publicityPeriod().amount()).isEqualTo(7);
        assertThat(RecordKind.INSPECTION.publicityPeriod().amount()).isEqualTo(20);
        assertThat(RecordKind.COERCION.publicityPeriod()).isEqualTo(StatutoryPeriod.ENFORCEMENT_PUBLICITY_GENERAL);
        assertThat(RecordKind.PENALTY.withdrawalPeriod()).isEqualTo(StatutoryPeriod.PENALTY_PUBLICATION_WITHDRAWAL);
        assertThat(RecordKind.LICENCE.withdrawalPeriod().amount()).isEqualTo(3);
    }

    @Test
    void publicLightsAndMasking() {
        LocalDate today = LocalDate.of(2025, 10, 20);
        LocalDate yellow = LocalDate.of(2025, 10, 23);
        assertThat(RecordQueries.light("EFFECTIVE", today.minusDays(1), null, null, null, today, yellow)).isEqualTo("red");
        assertThat(RecordQueries.light("EFFECTIVE", today.plusDays(2), null, null, null, today, yellow)).isEqualTo("yellow");
        assertThat(RecordQueries.light("EFFECTIVE", today.plusDays(10), null, null, null, today, yellow)).isEqualTo("green");
        assertThat(RecordQueries.light("EFFECTIVE", today, today, null, null, today, yellow)).isEqualTo("grey");
        assertThat(RecordQueries.light("REVOKED", today, today.minusDays(5), today.minusDays(1), null, today, yellow))
                .isEqualTo("red");
        assertThat(Masking.address("示范县城关镇解放路18号")).isEqualTo("示范县城关镇******");
        assertThat(Masking.likePrefix("50%_")).isEqualTo("50\\%\\_%");
    }

    private java.util.List<String> messages(RecordInput in) {
        return RecordRules.check(in, ctx()).errors().stream().map(RecordRules.FieldError::message).toList();
    }
}
