package org.fazhi.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndicatorTextUnitTests {

    static final IndicatorDefinition CASES = IndicatorDefinition.count("RECON_APPLICATIONS", "收到行政复议申请",
            IndicatorFamily.RECONSIDERATION, "件", "收到的申请", null);
    static final IndicatorDefinition RATE = IndicatorDefinition.rate("RECON_DIRECT_CORRECTION_RATE", "直接纠错率",
            IndicatorFamily.RECONSIDERATION, "纠错", "审结", null, null);

    @Test
    void countsAreWrittenWithTheirMeasureWordAndTenThousandsInWan() {
        assertThat(IndicatorText.figure(new BigDecimal("16"), CASES, Approximation.EXACT)).isEqualTo("16件");
        assertThat(IndicatorText.figure(new BigDecimal("13400"), CASES, Approximation.MORE_THAN)).isEqualTo("1.34万余件");
        assertThat(IndicatorText.figure(new BigDecimal("21000"), CASES, Approximation.EXACT)).isEqualTo("2.1万件");
        assertThat(IndicatorText.figure(new BigDecimal("27749"), CASES, Approximation.EXACT)).isEqualTo("27749件");
        assertThat(IndicatorText.figure(new BigDecimal("2700"), CASES, Approximation.MORE_THAN)).isEqualTo("2700余件");
        assertThat(IndicatorText.figure(new BigDecimal("100"), CASES, Approximation.NEARLY)).isEqualTo("近100件");
        assertThat(IndicatorText.figure(new BigDecimal("200"), CASES, Approximation.AT_LEAST)).isEqualTo("200件以上");
    }

    @Test
    void ratesDropTrailingZerosAfterRounding() {
        assertThat(IndicatorText.figure(new BigDecimal("100.00"), RATE, Approximation.EXACT)).isEqualTo("100%");
        assertThat(IndicatorText.figure(new BigDecimal("10.10"), RATE, Approximation.EXACT)).isEqualTo("10.1%");
        assertThat(new IndicatorCount(BigDecimal.valueOf(41), BigDecimal.valueOf(42)).value(RATE))
                .isEqualByComparingTo("97.62");
        IndicatorDefinition truncated = new IndicatorDefinition("X_RATE", "率", IndicatorFamily.TASKS,
                IndicatorDefinition.Measure.RATE, "%", "a", "b", null, 1, RoundingMode.DOWN,
                IndicatorDefinition.ChangeKind.POINTS, Set.of(IndicatorDefinition.Level.COUNTY), null);
        assertThat(new IndicatorCount(BigDecimal.valueOf(2), BigDecimal.valueOf(3)).value(truncated))
                .isEqualByComparingTo("66.6");
        assertThat(new IndicatorCount(BigDecimal.ONE, BigDecimal.ZERO).value(RATE)).isNull();
    }

    @Test
    void changeIsStatedAsTheDefinitionSays() {
        assertThat(IndicatorText.change(new BigDecimal("10.10"), new BigDecimal("16.10"), RATE)).isEqualTo("同比下降6个百分点");
        assertThat(IndicatorText.change(new BigDecimal("15"), new BigDecimal("5"), CASES)).isEqualTo("同比增长200%");
        assertThat(IndicatorText.change(new BigDecimal("5"), new BigDecimal("5"), CASES)).isEqualTo("与上年持平");
        // No percentage of nothing: the difference is stated instead.
        assertThat(IndicatorText.change(new BigDecimal("3"), BigDecimal.ZERO, CASES)).isEqualTo("同比增加3件");
        assertThat(IndicatorText.change(new BigDecimal("3"), null, CASES)).isNull();
    }

    @Test
    void approximateWordingPromisesSomethingAboutTheExactValue() {
        assertThat(Approximation.MORE_THAN.holdsFor(new BigDecimal("2700"), new BigDecimal("2743"))).isTrue();
        assertThat(Approximation.MORE_THAN.holdsFor(new BigDecimal("2700"), new BigDecimal("2650"))).isFalse();
        assertThat(Approximation.MORE_THAN.holdsFor(new BigDecimal("2700"), new BigDecimal("2800"))).isFalse();
        assertThat(Approximation.NEARLY.holdsFor(new BigDecimal("100"), new BigDecimal("96"))).isTrue();
        assertThat(Approximation.NEARLY.holdsFor(new BigDecimal("100"), new BigDecimal("101"))).isFalse();
        assertThat(Approximation.ABOUT.holdsFor(new BigDecimal("30"), new BigDecimal("32"))).isTrue();
        assertThat(Approximation.ABOUT.holdsFor(new BigDecimal("30"), new BigDecimal("40"))).isFalse();
        assertThat(Approximation.AT_LEAST.holdsFor(new BigDecimal("200"), new BigDecimal("200"))).isTrue();
        assertThat(Approximation.parse("多")).isEqualTo(Approximation.MORE_THAN);
        assertThatThrownBy(() -> Approximation.parse("大约")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoSourcesDefiningOneCodeStopTheStart() {
        IndicatorSource a = source(CASES);
        IndicatorSource b = source(CASES);
        assertThatThrownBy(() -> IndicatorCatalog.indexSources(List.of(a, b)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("RECON_APPLICATIONS");
        assertThat(IndicatorCatalog.indexSources(List.of(a, source(RATE)))).hasSize(2);
    }

    @Test
    void countyFormsCarryOnlyCountyWideFigures() {
        Set<IndicatorDefinition.Level> everywhere = Set.of(IndicatorDefinition.Level.values());
        Set<IndicatorDefinition.Level> countyWide = Set.of(IndicatorDefinition.Level.COUNTY, IndicatorDefinition.Level.PROVINCE);
        assertThat(IndicatorCatalog.onForm(everywhere, IndicatorDefinition.Level.UNIT)).isTrue();
        assertThat(IndicatorCatalog.onForm(everywhere, IndicatorDefinition.Level.COUNTY)).isFalse();
        assertThat(IndicatorCatalog.onForm(countyWide, IndicatorDefinition.Level.COUNTY)).isTrue();
        assertThat(IndicatorCatalog.onForm(countyWide, IndicatorDefinition.Level.TOWNSHIP)).isFalse();
        assertThat(IndicatorCatalog.formLevel("TOWNSHIP")).isEqualTo(IndicatorDefinition.Level.TOWNSHIP);
        assertThat(IndicatorCatalog.formLevel("GOVERNMENT")).isEqualTo(IndicatorDefinition.Level.COUNTY);
    }

    static IndicatorSource source(IndicatorDefinition definition) {
        return new IndicatorSource() {
            @Override
            public List<IndicatorDefinition> definitions() {
                return List.of(definition);
            }

            @Override
            public IndicatorCount count(String code, IndicatorScope scope, ReportingPeriod period) {
                return IndicatorCount.of(0);
            }

            @Override
            public List<IndicatorRecord> records(String code, IndicatorScope scope, ReportingPeriod period,
                                                 IndicatorRecord.Part part, int limit) {
                return List.of();
            }
        };
    }
}
