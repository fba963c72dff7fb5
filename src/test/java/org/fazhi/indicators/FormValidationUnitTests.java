package org.fazhi.indicators;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.shared.BusinessException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormValidationUnitTests {

    static CatalogEntry count(String code, String name, String partOf) {
        return new CatalogEntry(IndicatorDefinition.count(code, name, IndicatorFamily.RECONSIDERATION, "件", name, null),
                CatalogEntry.Origin.REPORTED, partOf, BigDecimal.ZERO, null, null, null, 0);
    }

    static final CatalogEntry WHOLE = count("RECON_APPLICATIONS", "收到行政复议申请", null);
    static final CatalogEntry BEFORE = count("RECON_RESOLVED_BEFORE_ACCEPTANCE", "受理前妥善化解", "RECON_APPLICATIONS");
    static final CatalogEntry DONE = count("RECON_CONCLUDED", "行政复议办结", "RECON_APPLICATIONS");
    static final CatalogEntry RATE = new CatalogEntry(IndicatorDefinition.rate("ENF_EXAM_PASS_RATE", "执法资格考试通过率",
            IndicatorFamily.ENFORCEMENT, "通过", "参考", null, null), CatalogEntry.Origin.REPORTED, null,
            BigDecimal.ZERO, BigDecimal.valueOf(100), TargetOperator.REACH, BigDecimal.valueOf(100), 0);
    static final List<CatalogEntry> FORM = List.of(WHOLE, BEFORE, DONE, RATE);

    @Test
    void seedFiguresPass() {
        Map<String, FormInput> in = new LinkedHashMap<>();
        in.put("RECON_APPLICATIONS", FormInput.of("16"));
        in.put("RECON_RESOLVED_BEFORE_ACCEPTANCE", FormInput.of("10"));
        in.put("RECON_CONCLUDED", FormInput.of("5"));
        in.put("ENF_EXAM_PASS_RATE", new FormInput("63", "63", null, null, null));
        Map<String, FormValidation.Parsed> parsed = FormValidation.validate(FORM, in);
        assertThat(parsed.get("ENF_EXAM_PASS_RATE").stated()).isEqualByComparingTo("100");
    }

    @Test
    void partsAboveTheirWholeAreRefused() {
        Map<String, FormInput> in = new LinkedHashMap<>();
        in.put("RECON_APPLICATIONS", FormInput.of("16"));
        in.put("RECON_RESOLVED_BEFORE_ACCEPTANCE", FormInput.of("10"));
        in.put("RECON_CONCLUDED", FormInput.of("8"));
        assertThatThrownBy(() -> FormValidation.validate(FORM, in)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("之和18件超过「收到行政复议申请」16件");
        in.put("RECON_CONCLUDED", FormInput.of("17"));
        assertThatThrownBy(() -> FormValidation.validate(FORM, in))
                .hasMessageContaining("「行政复议办结」17件不能超过「收到行政复议申请」16件");
    }

    @Test
    void badNumbersRangesAndRatesAreRefusedTogether() {
        Map<String, FormInput> in = new LinkedHashMap<>();
        in.put("RECON_APPLICATIONS", FormInput.of("十六"));
        in.put("RECON_CONCLUDED", FormInput.of("2.5"));
        in.put("RECON_RESOLVED_BEFORE_ACCEPTANCE", FormInput.of("-1"));
        in.put("ENF_EXAM_PASS_RATE", new FormInput("70", "63", null, null, null));
        assertThatThrownBy(() -> FormValidation.validate(FORM, in)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("「收到行政复议申请」不是有效数字")
                .hasMessageContaining("「行政复议办结」应为整数件")
                .hasMessageContaining("「受理前妥善化解」不能小于0件")
                .hasMessageContaining("分子（70）不能大于分母（63）");
        assertThatThrownBy(() -> FormValidation.validate(FORM, Map.of("ENF_EXAM_PASS_RATE", FormInput.rate("101"))))
                .hasMessageContaining("不能大于100%");
        assertThatThrownBy(() -> FormValidation.validate(FORM,
                Map.of("ENF_EXAM_PASS_RATE", new FormInput("63", "70", "100", null, null))))
                .hasMessageContaining("比率100%与分子分母算得的90%不符");
        assertThatThrownBy(() -> FormValidation.validate(FORM, Map.of("NO_SUCH", FormInput.of("1"))))
                .hasMessageContaining("不在本填报表中");
    }

    @Test
    void approximateFiguresAreNotAddedUp() {
        Map<String, FormInput> in = new LinkedHashMap<>();
        in.put("RECON_APPLICATIONS", FormInput.approx("20", "余"));
        in.put("RECON_RESOLVED_BEFORE_ACCEPTANCE", FormInput.of("12"));
        in.put("RECON_CONCLUDED", FormInput.of("10"));
        assertThat(FormValidation.validate(FORM, in)).containsKey("RECON_CONCLUDED");
    }
}
