package org.fazhi.indicators;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.org.OrgDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The transition year (过渡年度): a module starts computing an indicator units used to report. The catalog, built here
 * with such a source beside the real reported catalog, turns the indicator into a computed one; the form no longer
 * offers the field, keeps what was reported, and shows the computed figure beside it; the value carries both.
 */
@FazhiIntegrationTest
class TransitionIntegrationTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgDirectory org;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;

    /** A reconsideration module counting 9 applications in 2013 and 7 in 2012, whatever the scope. */
    static final IndicatorSource RECONSIDERATION = new IndicatorSource() {
        final IndicatorDefinition definition = IndicatorDefinition.count("RECON_APPLICATIONS", "收到行政复议申请",
                IndicatorFamily.RECONSIDERATION, "件", "收到的行政复议申请（按收到日期）", "《行政复议法》");

        @Override
        public List<IndicatorDefinition> definitions() {
            return List.of(definition);
        }

        @Override
        public IndicatorCount count(String code, IndicatorScope scope, ReportingPeriod period) {
            return IndicatorCount.of(period.from().getYear() == 2013 ? 9 : 7);
        }

        @Override
        public List<IndicatorRecord> records(String code, IndicatorScope scope, ReportingPeriod period,
                                             IndicatorRecord.Part part, int limit) {
            return List.of(new IndicatorRecord("复议案件", "1", "示复〔2013〕1号 张三申请复议案", LocalDate.of(2013, 3, 4),
                    "示范县人民政府", "/reconsideration/cases/1", part));
        }
    };

    @Test
    @DisplayName("模块开始计算某指标后：过渡年度以前填报值仍采用、计算值并列；过渡年度采用计算值并比对差异；以后不再填报")
    void computedReplacesTheFormFieldAndIsComparedWithWhatWasReported() {
        long market = jdbc.sql("SELECT unit_id FROM org_account WHERE username = 'danwei'").query(Long.class).single();
        OrgDirectory.UnitRef unit = org.unitById(market).orElseThrow();
        CurrentUser reviewer = new CurrentUser(0, "transition", "过渡", unit.countyCode(), market, unit.name(), unit.path(),
                DataScope.COUNTY, Set.of("COORDINATOR"), Set.of("indicators:form:fill", "indicators:form:review"));
        IndicatorCatalog catalog = new IndicatorCatalog(List.of(RECONSIDERATION), jdbc);
        IndicatorValues values = new IndicatorValues(catalog, jdbc, clock);
        IndicatorForms forms = new IndicatorForms(catalog, values, org, jdbc, events, clock);

        // The reported catalog (V3) makes 2026 the transition year of RECON_APPLICATIONS.
        CatalogEntry entry = catalog.require("RECON_APPLICATIONS");
        assertThat(entry.origin()).isEqualTo(CatalogEntry.Origin.COMPUTED);
        assertThat(entry.definition().numerator()).contains("按收到日期");
        assertThat(catalog.alsoReported("RECON_APPLICATIONS")).isTrue();
        assertThat(catalog.transitionYear("RECON_APPLICATIONS")).contains(2026);
        assertThat(catalog.formEntries(IndicatorDefinition.Level.UNIT)).extracting(CatalogEntry::code)
                .doesNotContain("RECON_APPLICATIONS").contains("RECON_CONCLUDED");
        assertThat(catalog.formEntries(IndicatorDefinition.Level.UNIT, 2026)).extracting(CatalogEntry::code)
                .contains("RECON_APPLICATIONS", "RECON_CONCLUDED");
        assertThat(catalog.formEntries(IndicatorDefinition.Level.UNIT, 2027)).extracting(CatalogEntry::code)
                .doesNotContain("RECON_APPLICATIONS");

        // A year before the module: the units' report stands, the module's count is shown beside it.
        long formId = forms.open(market, 2013, reviewer);
        forms.save(formId, java.util.Map.of("RECON_APPLICATIONS", FormInput.of("8")), reviewer);
        forms.submit(formId, reviewer);
        forms.approve(formId, null, reviewer);
        IndicatorForms.Field field = forms.fields(forms.form(formId, reviewer.filter())).stream()
                .filter(f -> f.entry().code().equals("RECON_APPLICATIONS")).findFirst().orElseThrow();
        assertThat(field.computedNow()).isTrue();
        assertThat(field.transitional()).isTrue();
        assertThat(field.figure()).isEqualTo("8件");
        assertThat(field.computedFigure()).isEqualTo("9件");
        IndicatorValue before = values.value("RECON_APPLICATIONS", ValueScopes.unitScope(unit), "unit-" + market, 2013);
        assertThat(before.origin()).isEqualTo(CatalogEntry.Origin.REPORTED);
        assertThat(before.figure()).isEqualTo("8件");
        assertThat(before.computedFigure()).isEqualTo("9件");
        assertThat(before.reportedFigure()).isEqualTo("8件");
        assertThat(before.differenceText()).isEqualTo("计算值比填报值多1件");
        assertThat(before.changeText()).isEqualTo("同比增长14.29%");
        assertThat(values.records("RECON_APPLICATIONS", ValueScopes.unitScope(unit), 2013, IndicatorRecord.Part.NUMERATOR, 10))
                .extracting(IndicatorRecord::link).containsExactly("/indicators/forms/" + formId);

        // The transition year: the module's count is the figure; what units reported is compared with it.
        long transition = forms.open(market, 2026, reviewer);
        forms.save(transition, java.util.Map.of("RECON_APPLICATIONS", FormInput.of("8")), reviewer);
        forms.submit(transition, reviewer);
        forms.approve(transition, null, reviewer);
        IndicatorValue value = values.value("RECON_APPLICATIONS", ValueScopes.unitScope(unit), "unit-" + market, 2026);
        assertThat(value.origin()).isEqualTo(CatalogEntry.Origin.COMPUTED);
        assertThat(value.figure()).isEqualTo("7件");
        assertThat(value.reported()).isEqualByComparingTo(BigDecimal.valueOf(8));
        assertThat(value.reportedFigure()).isEqualTo("8件");
        assertThat(value.difference()).isEqualByComparingTo(BigDecimal.valueOf(-1));
        assertThat(value.differenceText()).isEqualTo("计算值比填报值少1件");
        assertThat(values.records("RECON_APPLICATIONS", ValueScopes.unitScope(unit), 2026, IndicatorRecord.Part.NUMERATOR, 10))
                .extracting(IndicatorRecord::link).containsExactly("/reconsideration/cases/1");

        // After the transition year the form no longer has the field.
        long after = forms.open(market, 2027, reviewer);
        assertThat(forms.fields(forms.form(after, reviewer.filter()))).extracting(f -> f.entry().code())
                .doesNotContain("RECON_APPLICATIONS");
        assertThatThrownBy(() -> forms.save(after,
                        java.util.Map.of("RECON_APPLICATIONS", FormInput.of("8")), reviewer))
                .hasMessageContaining("RECON_APPLICATIONS 不在本填报表中");
    }

    @Test
    @DisplayName("计算值与填报值的差异按口径表述：件数多少、比率高低几个百分点、约数注明")
    void differenceWording() {
        IndicatorDefinition rate = IndicatorDefinition.rate("X_RATE", "出庭率", IndicatorFamily.LITIGATION, "出庭", "开庭",
                null, null);
        assertThat(IndicatorText.difference(new BigDecimal("95.5"), new BigDecimal("100"), rate, Approximation.EXACT))
                .isEqualTo("计算值比填报值低4.5个百分点");
        assertThat(IndicatorText.difference(BigDecimal.TEN, BigDecimal.TEN, RECONSIDERATION.definitions().get(0),
                Approximation.EXACT)).isEqualTo("计算值与填报值一致");
        assertThat(IndicatorText.difference(BigDecimal.valueOf(362), BigDecimal.valueOf(360),
                RECONSIDERATION.definitions().get(0), Approximation.MORE_THAN)).isEqualTo("计算值比填报值多2件（填报值为约数）");
    }
}
