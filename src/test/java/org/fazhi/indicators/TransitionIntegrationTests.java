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
    @Autowired
    IndicatorForms realForms;

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
    @DisplayName("模块开始计算某指标后：填报表不再有该项，已填报的值与计算值并列比对")
    void computedReplacesTheFormFieldAndIsComparedWithWhatWasReported() {
        long market = jdbc.sql("SELECT unit_id FROM org_account WHERE username = 'danwei'").query(Long.class).single();
        OrgDirectory.UnitRef unit = org.unitById(market).orElseThrow();
        CurrentUser reviewer = new CurrentUser(0, "transition", "过渡", unit.countyCode(), market, unit.name(), unit.path(),
                DataScope.COUNTY, Set.of("COORDINATOR"), Set.of("indicators:form:fill", "indicators:form:review"));
        // Reported before the module existed.
        long formId = realForms.open(market, 2013, reviewer);
        realForms.save(formId, java.util.Map.of("RECON_APPLICATIONS", FormInput.of("8")), reviewer);
        realForms.submit(formId, reviewer);
        realForms.approve(formId, null, reviewer);

        IndicatorCatalog catalog = new IndicatorCatalog(List.of(RECONSIDERATION), jdbc);
        IndicatorValues values = new IndicatorValues(catalog, jdbc, clock);
        IndicatorForms forms = new IndicatorForms(catalog, values, org, jdbc, events, clock);

        CatalogEntry entry = catalog.require("RECON_APPLICATIONS");
        assertThat(entry.origin()).isEqualTo(CatalogEntry.Origin.COMPUTED);
        assertThat(entry.definition().numerator()).contains("按收到日期");
        assertThat(catalog.alsoReported("RECON_APPLICATIONS")).isTrue();
        assertThat(catalog.formEntries(IndicatorDefinition.Level.UNIT)).extracting(CatalogEntry::code)
                .doesNotContain("RECON_APPLICATIONS").contains("RECON_CONCLUDED");

        IndicatorForms.Form form = forms.form(formId, reviewer.filter());
        IndicatorForms.Field field = forms.fields(form).stream()
                .filter(f -> f.entry().code().equals("RECON_APPLICATIONS")).findFirst().orElseThrow();
        assertThat(field.computedNow()).isTrue();
        assertThat(field.figure()).isEqualTo("8件");
        assertThat(field.computedFigure()).isEqualTo("9件");

        IndicatorValue value = values.value("RECON_APPLICATIONS", ValueScopes.unitScope(unit), "unit-" + market, 2013);
        assertThat(value.figure()).isEqualTo("9件");
        assertThat(value.reported()).isEqualByComparingTo(BigDecimal.valueOf(8));
        assertThat(value.reportedFigure()).isEqualTo("8件");
        assertThat(value.changeText()).isEqualTo("同比增长28.57%");
        assertThat(values.records("RECON_APPLICATIONS", ValueScopes.unitScope(unit), 2013, IndicatorRecord.Part.NUMERATOR, 10))
                .extracting(IndicatorRecord::link).containsExactly("/reconsideration/cases/1");
    }
}
