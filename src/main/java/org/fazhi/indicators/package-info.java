/**
 * 指标 — the indicator catalog and its SPI (DESIGN §5 "Indicators"). Case modules never get called by name: each one
 * contributes an {@link org.fazhi.indicators.IndicatorSource} bean that defines its indicators and counts them in SQL,
 * within an {@link org.fazhi.indicators.IndicatorScope} and a {@link org.fazhi.indicators.ReportingPeriod}, and lists
 * the records behind every count. Indicators no module computes yet are reported by units (填报).
 */
@org.springframework.modulith.ApplicationModule(displayName = "指标",
        allowedDependencies = {"shared", "org", "calendar", "audit", "files", "worklist"})
@org.jspecify.annotations.NullMarked
package org.fazhi.indicators;
