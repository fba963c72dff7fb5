package org.fazhi.indicators;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Values of indicators (指标取值) for any scope and year: computed ones from their module's {@link IndicatorSource},
 * reported ones from the approved forms (审核通过的填报表) of the units in scope, summed in SQL. Each value comes with
 * last year's, the change as the definition states it, and the target; each can list what it counts.
 */
@Service
public class IndicatorValues {

    private final IndicatorCatalog catalog;
    private final JdbcClient jdbc;
    private final Clock clock;

    IndicatorValues(IndicatorCatalog catalog, JdbcClient jdbc, Clock clock) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Reported figures summed over the approved forms in a scope (填报汇总). */
    record ReportedFigure(@Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
                          @Nullable BigDecimal statedMin, @Nullable BigDecimal statedMax, int forms, int withNumerator,
                          int withDenominator, int withStated, Set<Approximation> approximations) {

        @Nullable BigDecimal value(IndicatorDefinition definition) {
            if (forms == 0) {
                return null;
            }
            if (definition.measure() != IndicatorDefinition.Measure.RATE) {
                return withNumerator == 0 || numerator == null ? null : new IndicatorCount(numerator, null).value(definition);
            }
            if (withNumerator == forms && withDenominator == forms && numerator != null) {
                return new IndicatorCount(numerator, denominator).value(definition);
            }
            // Rates stated without their counts can be combined only when every unit stated the same rate.
            if (withStated == forms && statedMin != null && statedMin.compareTo(statedMax) == 0) {
                return statedMin.setScale(definition.precision(), definition.rounding());
            }
            return null;
        }

        /** All exact → exact; 余/以上 mixed with exact stay lower bounds; anything else is 约. */
        Approximation approximation() {
            Set<Approximation> inexact = EnumSet.copyOf(approximations.isEmpty() ? Set.of(Approximation.EXACT) : approximations);
            inexact.remove(Approximation.EXACT);
            if (inexact.isEmpty()) {
                return Approximation.EXACT;
            }
            if (inexact.size() == 1) {
                return inexact.iterator().next();
            }
            if (Set.of(Approximation.MORE_THAN, Approximation.AT_LEAST).containsAll(inexact)) {
                return Approximation.AT_LEAST;
            }
            return Approximation.ABOUT;
        }
    }

    /** One indicator for a scope and year. */
    public IndicatorValue value(String code, IndicatorScope scope, String scopeKey, int year) {
        CatalogEntry entry = catalog.require(code);
        Map<Integer, Map<String, ReportedFigure>> reported = reportedFigures(scope, year, code);
        return build(entry, scope, scopeKey, year, reported);
    }

    /** Every indicator of the catalog for a scope and year (two SQL aggregates for all reported ones). */
    public List<IndicatorValue> values(IndicatorScope scope, String scopeKey, int year) {
        Map<Integer, Map<String, ReportedFigure>> reported = reportedFigures(scope, year, null);
        List<IndicatorValue> values = new ArrayList<>();
        for (CatalogEntry entry : catalog.entries()) {
            values.add(build(entry, scope, scopeKey, year, reported));
        }
        return values;
    }

    private IndicatorValue build(CatalogEntry entry, IndicatorScope scope, String scopeKey, int year,
                                 Map<Integer, Map<String, ReportedFigure>> reported) {
        IndicatorDefinition d = entry.definition();
        ReportedFigure thisYear = reported.getOrDefault(year, Map.of()).get(d.code());
        ReportedFigure lastYear = reported.getOrDefault(year - 1, Map.of()).get(d.code());
        BigDecimal thisReported = thisYear == null ? null : thisYear.value(d);
        BigDecimal lastReported = lastYear == null ? null : lastYear.value(d);
        IndicatorSource source = catalog.source(d.code()).orElse(null);
        Integer transition = catalog.transitionYear(d.code()).orElse(null);

        BigDecimal computedValue = null;
        BigDecimal computedLast = null;
        IndicatorCount count = null;
        if (source != null) {
            count = source.count(d.code(), scope, ReportingPeriod.year(year));
            IndicatorCount lastCount = source.count(d.code(), scope, ReportingPeriod.year(year - 1));
            computedValue = reportedStands(transition, year) && nothingCounted(count) ? null : count.value(d);
            // Before the transition year a module that counted nothing had most likely not been used yet: its zero is
            // not a known figure (this year's or last year's), and a change on it would be false.
            boolean lastBeforeModule = transition != null && year - 1 < transition;
            computedLast = lastBeforeModule && nothingCounted(lastCount) ? null : lastCount.value(d);
        }
        // The module's count is the figure, except before the transition year where units' reports stand (the module
        // did not own the figure then) — computed and reported are then shown side by side.
        boolean reportedStands = source == null || (reportedStands(transition, year) && thisReported != null);
        boolean lastReportedStands = source == null || (reportedStands(transition, year - 1) && lastReported != null)
                || (computedLast == null && lastReported != null);

        BigDecimal value = reportedStands ? thisReported : computedValue;
        Approximation approximation = reportedStands && thisYear != null ? thisYear.approximation() : Approximation.EXACT;
        BigDecimal numerator = reportedStands ? (thisYear == null ? null : thisYear.numerator()) : count.numerator();
        BigDecimal denominator = reportedStands ? (thisYear == null ? null : thisYear.denominator()) : count.denominator();
        int contributors = reportedStands && thisYear != null ? thisYear.forms() : 0;
        BigDecimal last = lastReportedStands ? lastReported : computedLast;
        Approximation lastApproximation = lastReportedStands && lastYear != null ? lastYear.approximation()
                : Approximation.EXACT;
        CatalogEntry.Origin origin = reportedStands ? CatalogEntry.Origin.REPORTED : CatalogEntry.Origin.COMPUTED;

        String figure = value == null ? "无" : IndicatorText.figure(value, d, approximation);
        String lastFigure = last == null ? null : IndicatorText.figure(last, d, lastApproximation);
        // A change computed from an approximate figure would be false precision.
        boolean exactBoth = approximation == Approximation.EXACT && lastApproximation == Approximation.EXACT;
        BigDecimal change = exactBoth ? IndicatorText.change(value, last, d.change(), d.precision()) : null;
        String changeText = exactBoth ? IndicatorText.change(value, last, d) : null;
        // Transition comparison (过渡年度比对): both figures exist for the year.
        boolean compared = source != null && thisReported != null;
        String reportedFigure = compared ? IndicatorText.figure(thisReported, d, thisYear.approximation()) : null;
        String computedFigure = compared ? IndicatorText.figureOrNone(computedValue, d, Approximation.EXACT) : null;
        BigDecimal difference = compared && computedValue != null ? computedValue.subtract(thisReported) : null;
        String differenceText = compared && computedValue != null
                ? IndicatorText.difference(computedValue, thisReported, d, thisYear.approximation()) : null;
        return new IndicatorValue(valueId(scopeKey, year), d.code(), d.name(), scope.label(), year, origin,
                value, numerator, denominator, approximation, figure, last, lastFigure, change, changeText,
                entry.targetText(), entry.targetMet(value), compared ? thisReported : null, reportedFigure,
                contributors, computedFigure, difference, differenceText);
    }

    /** Whether, for a computed indicator, units' reported figure of that year stands (a year before the transition). */
    static boolean reportedStands(@Nullable Integer transitionYear, int year) {
        return transitionYear != null && year < transitionYear;
    }

    private static boolean nothingCounted(IndicatorCount count) {
        return count.numerator().signum() == 0
                && (count.denominator() == null || count.denominator().signum() == 0);
    }

    /** What a value counts: the module's records, or the approved forms and who reported them. */
    public List<IndicatorRecord> records(String code, IndicatorScope scope, int year, IndicatorRecord.Part part,
                                         int limit) {
        CatalogEntry entry = catalog.require(code);
        int bounded = Math.max(1, Math.min(limit, 500));
        IndicatorSource source = catalog.source(code).orElse(null);
        boolean reportedStands = reportedStands(catalog.transitionYear(code).orElse(null), year)
                && reportedFigures(scope, year, code).getOrDefault(year, Map.of()).containsKey(code);
        if (source != null && !reportedStands) {
            return source.records(code, scope, ReportingPeriod.year(year), part, bounded);
        }
        Map<String, Object> params = new LinkedHashMap<>(scope.filter().params());
        params.put("code", code);
        params.put("year", year);
        params.put("limit", bounded);
        IndicatorDefinition d = entry.definition();
        return jdbc.sql("""
                        SELECT f.id, u.name AS unit_name, f.submitted_at, f.submitted_by, f.reviewed_by, v.numerator,
                               v.denominator, v.stated_value, v.approximation
                        FROM ind_form_value v JOIN ind_form f ON f.id = v.form_id JOIN org_unit u ON u.id = f.unit_id
                        WHERE v.code = :code AND v.year = :year AND f.status = 'APPROVED'
                          AND (v.numerator IS NOT NULL OR v.stated_value IS NOT NULL) AND\s"""
                        + scope.filter().on("v.county_code", "v.unit_id")
                        + " ORDER BY u.ancestors, u.sort_order, f.id LIMIT :limit")
                .params(params)
                .query((rs, n) -> {
                    BigDecimal num = rs.getBigDecimal("numerator");
                    BigDecimal den = rs.getBigDecimal("denominator");
                    BigDecimal stated = rs.getBigDecimal("stated_value");
                    Approximation a = Approximation.valueOf(rs.getString("approximation"));
                    BigDecimal v = d.measure() == IndicatorDefinition.Measure.RATE
                            ? (num != null && den != null ? new IndicatorCount(num, den).value(d) : stated)
                            : num;
                    String figure = IndicatorText.figureOrNone(v, d, a)
                            + (d.measure() == IndicatorDefinition.Measure.RATE && num != null && den != null
                            ? "（" + IndicatorText.plain(num) + "/" + IndicatorText.plain(den) + "）" : "");
                    String unitName = rs.getString("unit_name");
                    OffsetDateTime at = rs.getObject("submitted_at", OffsetDateTime.class);
                    return new IndicatorRecord("指标填报表", Long.toString(rs.getLong("id")),
                            unitName + year + "年度填报：" + figure + "（报送人 " + rs.getString("submitted_by")
                                    + "，审核人 " + rs.getString("reviewed_by") + "）",
                            at == null ? java.time.LocalDate.of(year, 12, 31)
                                    : at.atZoneSameInstant(clock.getZone()).toLocalDate(),
                            unitName, "/indicators/forms/" + rs.getLong("id"), IndicatorRecord.Part.NUMERATOR);
                }).list();
    }

    /** Approved reported figures of the year and the year before, by year and code, aggregated in SQL. */
    Map<Integer, Map<String, ReportedFigure>> reportedFigures(IndicatorScope scope, int year, @Nullable String code) {
        Map<String, Object> params = new LinkedHashMap<>(scope.filter().params());
        params.put("year", year);
        params.put("last", year - 1);
        if (code != null) {
            params.put("code", code);
        }
        Map<Integer, Map<String, ReportedFigure>> byYear = new HashMap<>();
        jdbc.sql("""
                        SELECT v.year, v.code, SUM(v.numerator) AS num, SUM(v.denominator) AS den,
                               MIN(v.stated_value) AS smin, MAX(v.stated_value) AS smax, COUNT(*) AS forms,
                               COUNT(v.numerator) AS nnum, COUNT(v.denominator) AS nden, COUNT(v.stated_value) AS nstated,
                               bool_or(v.approximation = 'EXACT') AS a_exact,
                               bool_or(v.approximation = 'MORE_THAN') AS a_more_than,
                               bool_or(v.approximation = 'NEARLY') AS a_nearly,
                               bool_or(v.approximation = 'ABOUT') AS a_about,
                               bool_or(v.approximation = 'AT_LEAST') AS a_at_least
                        FROM ind_form_value v JOIN ind_form f ON f.id = v.form_id
                        WHERE v.year IN (:year, :last) AND f.status = 'APPROVED'
                          AND (v.numerator IS NOT NULL OR v.stated_value IS NOT NULL) AND\s"""
                        + (code == null ? "" : "v.code = :code AND ")
                        + scope.filter().on("v.county_code", "v.unit_id")
                        + " GROUP BY v.year, v.code")
                .params(params)
                .query((rs, n) -> {
                    Set<Approximation> approximations = EnumSet.noneOf(Approximation.class);
                    // bool_or per wording instead of string_agg(DISTINCT …): no sort inside the aggregate.
                    for (Approximation a : Approximation.values()) {
                        if (rs.getBoolean("a_" + a.name().toLowerCase(java.util.Locale.ROOT))) {
                            approximations.add(a);
                        }
                    }
                    return byYear.computeIfAbsent(rs.getInt("year"), y -> new HashMap<>()).put(rs.getString("code"),
                            new ReportedFigure(rs.getBigDecimal("num"), rs.getBigDecimal("den"),
                                    rs.getBigDecimal("smin"), rs.getBigDecimal("smax"), rs.getInt("forms"),
                                    rs.getInt("nnum"), rs.getInt("nden"), rs.getInt("nstated"), approximations));
                }).list();
        return byYear;
    }

    /** Drill-down id of a value: scope key and year. */
    public static String valueId(String scopeKey, int year) {
        return scopeKey + "-" + year;
    }

    /** Splits a value id into scope key and year. */
    public static Map.Entry<String, Integer> parseValueId(String id) {
        int dash = id.lastIndexOf('-');
        if (dash <= 0 || !id.substring(dash + 1).matches("\\d{4}")) {
            throw org.fazhi.shared.BusinessException.invalid("指标值编号不正确：" + id);
        }
        return Map.entry(id.substring(0, dash), Integer.parseInt(id.substring(dash + 1)));
    }
}
