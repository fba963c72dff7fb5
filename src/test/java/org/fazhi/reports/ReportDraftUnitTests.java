package org.fazhi.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.fazhi.indicators.Approximation;
import org.fazhi.indicators.CatalogEntry;
import org.fazhi.indicators.IndicatorDefinition;
import org.fazhi.indicators.IndicatorFamily;
import org.fazhi.indicators.IndicatorValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportDraftUnitTests {

    private static CatalogEntry entry(String code, String name, IndicatorFamily family) {
        return new CatalogEntry(IndicatorDefinition.count(code, name, family, "件", name, null),
                CatalogEntry.Origin.REPORTED, null, BigDecimal.ZERO, null, null, null, 0);
    }

    private static IndicatorValue value(String code, String figure, boolean known) {
        return new IndicatorValue("county-000000-2024", code, code, "县", 2024, CatalogEntry.Origin.REPORTED,
                known ? BigDecimal.ONE : null, null, null, Approximation.EXACT, figure, null, null, null, null, null,
                null, null, null, 1, null, null, null);
    }

    @Test
    void requiredChaptersAndOptionalLegalityChapter() {
        assertThat(ReportDraft.headings(2024, false)).hasSize(5).first().asString()
                .isEqualTo("一、2024年度推进法治政府建设的主要举措和成效");
        assertThat(ReportDraft.headings(2024, false).get(3)).isEqualTo("四、2025年度推进法治政府建设的主要安排");
        assertThat(ReportDraft.headings(2024, true)).hasSize(6)
                .contains("五、2024年度合法性审查工作情况", "六、其他需要报告的情况");
    }

    @Test
    void figuresGoToTheirChapterAsReferences() {
        List<CatalogEntry> entries = List.of(entry("RECON_APPLICATIONS", "收到行政复议申请", IndicatorFamily.RECONSIDERATION),
                entry("STUDY_LECTURES", "法治专题讲座", IndicatorFamily.LAW_STUDY),
                entry("LEGALITY_REVIEWS", "合法性审查事项", IndicatorFamily.LEGALITY_REVIEW),
                entry("EDU_EVENTS", "普法主题活动", IndicatorFamily.LEGAL_EDUCATION));
        Map<String, IndicatorValue> values = Map.of("RECON_APPLICATIONS", value("RECON_APPLICATIONS", "16件", true),
                "STUDY_LECTURES", value("STUDY_LECTURES", "4次", true),
                "LEGALITY_REVIEWS", value("LEGALITY_REVIEWS", "360余件", true),
                "EDU_EVENTS", value("EDU_EVENTS", "无", false));
        List<String> plain = ReportDraft.bodies(entries, values, false);
        assertThat(plain).hasSize(5);
        assertThat(plain.get(0)).contains("收到行政复议申请{{RECON_APPLICATIONS}}").contains("合法性审查事项{{LEGALITY_REVIEWS}}")
                .doesNotContain("EDU_EVENTS");
        assertThat(plain.get(1)).contains("法治专题讲座{{STUDY_LECTURES}}");
        List<String> withReview = ReportDraft.bodies(entries, values, true);
        assertThat(withReview).hasSize(6);
        assertThat(withReview.get(0)).doesNotContain("LEGALITY_REVIEWS");
        assertThat(withReview.get(4)).contains("合法性审查事项{{LEGALITY_REVIEWS}}");
    }
}
