/**
 * 指标 — the indicator catalog and its SPI (DESIGN §5 "Indicators"). Case modules never get called by name: each one
 * contributes an {@link org.fazhi.indicators.IndicatorSource} bean that defines its indicators and counts them in SQL,
 * within an {@link org.fazhi.indicators.IndicatorScope} and a {@link org.fazhi.indicators.ReportingPeriod}, and lists
 * the records behind every count. Indicators no module computes yet are reported by units (填报).
 *
 * <p>The {@link org.fazhi.indicators.IndicatorCatalog} collects every source at start-up (two definitions of one code
 * stop the start) and the reported catalog of {@code ind_definition}: exact numerator, denominator and basis (口径),
 * measure word, precision and rounding, levels, change kind, disjoint parts of a whole and targets with operators.
 * Units fill a yearly form per unit generated from the catalog for their level ({@link
 * org.fazhi.indicators.IndicatorForms}); the county (司法局) approves or returns it with comments; only approved
 * figures count, every change is kept. When a module starts computing a reported code, the computed figure replaces
 * the reported one from the definition's transition year ({@code ind_definition.transition_year}): before it units'
 * approved reports stand, in it both are compared side by side with the difference, after it the form field is gone
 * (which module codes compute which catalog codes: {@code docs/indicators-mapping.md}). The administrator and the
 * 依法治县办 maintain the reported catalog ({@code /indicators/catalog}, {@code indicators:catalog:edit}), audited. {@link
 * org.fazhi.indicators.IndicatorValues} gives any indicator for any scope and year with last year, change and target,
 * summed in SQL, and lists the records (or forms) behind it; {@link org.fazhi.indicators.IndicatorText} writes figures
 * in Chinese prose (16件, 1.34万余件, 97.62%, 同比下降6个百分点) for pages, exports and the annual report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "指标",
        allowedDependencies = {"shared", "org", "calendar", "audit", "files", "worklist"})
@org.jspecify.annotations.NullMarked
package org.fazhi.indicators;
