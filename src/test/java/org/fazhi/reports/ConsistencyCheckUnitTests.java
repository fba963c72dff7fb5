package org.fazhi.reports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.indicators.Approximation;
import org.fazhi.indicators.CatalogEntry;
import org.fazhi.indicators.IndicatorDefinition;
import org.fazhi.indicators.IndicatorFamily;
import org.fazhi.indicators.IndicatorText;
import org.fazhi.indicators.IndicatorValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsistencyCheckUnitTests {

    private static final Map<String, CatalogEntry> ENTRIES = new LinkedHashMap<>();
    private static final Map<String, IndicatorValue> VALUES = new LinkedHashMap<>();

    static {
        entry(IndicatorDefinition.count("RECON_APPLICATIONS", "收到行政复议申请", IndicatorFamily.RECONSIDERATION, "件", "申请", null), null);
        entry(IndicatorDefinition.count("RECON_CONCLUDED", "行政复议办结", IndicatorFamily.RECONSIDERATION, "件", "办结", null), "RECON_APPLICATIONS");
        entry(IndicatorDefinition.count("RECON_RESOLVED_BEFORE_ACCEPTANCE", "受理前妥善化解", IndicatorFamily.RECONSIDERATION, "件", "化解", null), "RECON_APPLICATIONS");
        entry(IndicatorDefinition.count("MEDIATION_DISPUTES_RESOLVED", "调处化解矛盾纠纷", IndicatorFamily.MEDIATION, "件", "纠纷", null), null);
        entry(IndicatorDefinition.count("EDU_EVENTS", "普法主题活动", IndicatorFamily.LEGAL_EDUCATION, "场", "活动", null), null);
        entry(IndicatorDefinition.rate("RECON_DIRECT_CORRECTION_RATE", "行政复议案件直接纠错率", IndicatorFamily.RECONSIDERATION, "纠错", "审结", null, null), null);
        value("RECON_APPLICATIONS", "16", null, Approximation.EXACT);
        value("RECON_CONCLUDED", "5", null, Approximation.EXACT);
        value("RECON_RESOLVED_BEFORE_ACCEPTANCE", "10", null, Approximation.EXACT);
        value("MEDIATION_DISPUTES_RESOLVED", "2743", "2500", Approximation.EXACT);
        value("EDU_EVENTS", "200", null, Approximation.MORE_THAN);
        value("RECON_DIRECT_CORRECTION_RATE", "10.10", "16.10", Approximation.EXACT);
    }

    private static void entry(IndicatorDefinition d, String partOf) {
        ENTRIES.put(d.code(), new CatalogEntry(d, CatalogEntry.Origin.REPORTED, partOf, BigDecimal.ZERO, null, null, null, 0));
    }

    private static void value(String code, String now, String last, Approximation a) {
        IndicatorDefinition d = ENTRIES.get(code).definition();
        BigDecimal v = new BigDecimal(now);
        BigDecimal l = last == null ? null : new BigDecimal(last);
        VALUES.put(code, new IndicatorValue("county-000000-2024", code, d.name(), "测试县", 2024, CatalogEntry.Origin.REPORTED,
                v, v, null, a, IndicatorText.figure(v, d, a), l, l == null ? null : IndicatorText.figure(l, d, Approximation.EXACT),
                IndicatorText.change(v, l, d.change(), d.precision()), IndicatorText.change(v, l, d), null, null, null, null, 1, null, null, null));
    }

    private static List<Finding> check(String body) {
        return ConsistencyCheck.check(List.of(new ConsistencyCheck.Chapter(1, "一、主要举措和成效", body)),
                new FigureText.Figures(ENTRIES, VALUES));
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = ConsistencyCheckUnitTests.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void seed000OwnStatementOfItsReconsiderationFiguresCannotBeTrue() throws IOException {
        List<Finding> findings = check(seed("000-cele-2024.txt"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("YEAR_ON_YEAR");
            assertThat(f.sentence()).contains("全年收到行政复议申请16件,较去年增长200%");
            assertThat(f.message()).contains("16件").contains("5.33").contains("没有任何整数")
                    .contains("上年5件则为增长220%").contains("6件则为增长167%");
        });
    }

    @Test
    void seed003StatesNothingInconsistent() throws IOException {
        assertThat(check(seed("003-linshu-2024.txt"))).isEmpty();
    }

    @Test
    void referencedFigureWithoutLastYearIsTestedForWholeNumbers() {
        assertThat(check("全年收到行政复议申请{{RECON_APPLICATIONS}}，较去年增长200%。")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("「收到行政复议申请」本年16件"));
        // 16 on 8 is +100%: possible, so no finding.
        assertThat(check("全年收到行政复议申请{{RECON_APPLICATIONS}}，较去年增长100%。")).isEmpty();
    }

    @Test
    void yearOnYearAgainstLastYearsValue() {
        assertThat(check("直接纠错率{{RECON_DIRECT_CORRECTION_RATE}}，同比下降6个百分点。")).isEmpty();
        assertThat(check("直接纠错率{{RECON_DIRECT_CORRECTION_RATE}}，同比下降5个百分点。")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("上年16.1%").contains("同比下降6个百分点"));
        assertThat(check("调处矛盾纠纷{{MEDIATION_DISPUTES_RESOLVED}}，同比增长20%。")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("同比增长9.72%"));
    }

    @Test
    void approximateWordingAgainstExactValues() {
        assertThat(check("调处矛盾纠纷{{MEDIATION_DISPUTES_RESOLVED=2700余}}。")).isEmpty();
        assertThat(check("调处矛盾纠纷{{MEDIATION_DISPUTES_RESOLVED=3000余}}。")).singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo("WORDING");
                    assertThat(f.message()).contains("写作3000余件").contains("准确数是2743件");
                });
        assertThat(check("开展普法活动{{EDU_EVENTS=200}}。")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("只知约数200余场"));
    }

    @Test
    void partsAgainstWholes() {
        assertThat(check("收到{{RECON_APPLICATIONS}}，受理前化解{{RECON_RESOLVED_BEFORE_ACCEPTANCE}}，办结{{RECON_CONCLUDED}}。")).isEmpty();
        VALUES.put("RECON_CONCLUDED_BACKUP", VALUES.get("RECON_CONCLUDED"));
        try {
            value("RECON_CONCLUDED", "9", null, Approximation.EXACT);
            assertThat(check("收到{{RECON_APPLICATIONS}}，办结{{RECON_CONCLUDED}}。")).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("合计19件，超过了「收到行政复议申请」16件"));
        } finally {
            VALUES.put("RECON_CONCLUDED", VALUES.remove("RECON_CONCLUDED_BACKUP"));
        }
    }

    @Test
    void rateAgainstItsCounts() {
        assertThat(check("70名执法人员参加考试，63名通过，考试通过率90%。")).isEmpty();
        assertThat(check("70名执法人员参加考试，63名通过，考试通过率100%。")).singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo("RATE_COUNT");
                    assertThat(f.message()).contains("63÷70=90%");
                    assertThat(f.sentenceNo()).isEqualTo(1);
                });
    }

    @Test
    void referencesWithoutDataAreNamed() {
        assertThat(check("出庭应诉率{{NO_SUCH_CODE}}。")).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo("MISSING"));
    }

    @Test
    void impossibleChangeArithmetic() {
        assertThat(ConsistencyCheck.impossibleChange(new BigDecimal("16"), new BigDecimal("200"), "件")).isNotNull();
        assertThat(ConsistencyCheck.impossibleChange(new BigDecimal("15"), new BigDecimal("200"), "件")).isNull();
        assertThat(ConsistencyCheck.impossibleChange(new BigDecimal("7"), new BigDecimal("-30"), "件")).isNull();
        assertThat(ConsistencyCheck.impossibleChange(new BigDecimal("7"), new BigDecimal("-31"), "件")).isNotNull();
        assertThat(ConsistencyCheck.impossibleChange(new BigDecimal("10"), new BigDecimal("233.33"), "件")).isNull();
    }
}
