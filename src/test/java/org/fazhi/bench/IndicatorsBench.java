package org.fazhi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.indicators.IndicatorScope;
import org.fazhi.indicators.IndicatorValue;
import org.fazhi.indicators.IndicatorValues;
import org.fazhi.indicators.ValueScopes;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.org.ScopeFilter;
import org.fazhi.reports.AnnualReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark (not a test; its name keeps it out of the surefire default includes, and it runs only with
 * {@code -Dfazhi.bench=true}): computing every indicator of the catalog for one county-year and for a province of N
 * generated counties, compared in the same run with a hand-written SQL aggregate over the same rows; and the time to
 * generate (draft, print and check) an annual report. Run it with {@code bench/indicators.sh}.
 */
@FazhiIntegrationTest
@EnabledIfSystemProperty(named = "fazhi.bench", matches = "true")
class IndicatorsBench {

    private static final int YEAR = 2030;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndicatorValues values;
    @Autowired
    AnnualReports reports;

    @Test
    void bench() throws IOException {
        int counties = Integer.getInteger("fazhi.bench.counties", 100);
        int units = Integer.getInteger("fazhi.bench.units", 40);
        int rounds = Integer.getInteger("fazhi.bench.rounds", 20);
        long t0 = System.nanoTime();
        generate(counties, units);
        double generateMs = (System.nanoTime() - t0) / 1e6;
        long rows = jdbc.sql("SELECT count(*) FROM ind_form_value WHERE county_code LIKE '88%'").query(Long.class).single();

        IndicatorScope county = ValueScopes.county("880001", "基准县1");
        IndicatorScope province = new IndicatorScope(new ScopeFilter(DataScope.PROVINCE, "880001", null, null), "基准省");

        List<IndicatorValue> check = values.values(county, "county-880001", YEAR);
        long known = check.stream().filter(IndicatorValue::known).count();
        assertThat(known).isGreaterThan(20);
        // Same figure both ways, so that the comparison is between equal work. (RECON_APPLICATIONS, used here before,
        // is now computed by the reconsideration module after its transition year: docs/indicators-mapping.md.)
        assertThat(check.stream().filter(v -> v.code().equals("ENF_CERTIFIED_OFFICERS")).findFirst().orElseThrow().value())
                .isEqualByComparingTo(handCount("county_code = '880001'", "ENF_CERTIFIED_OFFICERS"));

        double countyPlatform = time(rounds, () -> values.values(county, "county-880001", YEAR));
        double countyHand = time(rounds, () -> hand("v.county_code = '880001'"));
        double provincePlatform = time(Math.max(3, rounds / 4), () -> values.values(province, "province", YEAR));
        double provinceHand = time(Math.max(3, rounds / 4), () -> hand("v.county_code LIKE '88%'"));

        long government = jdbc.sql("SELECT id FROM org_unit WHERE county_code = '880002' AND kind = 'GOVERNMENT'")
                .query(Long.class).single();
        CurrentUser user = new CurrentUser(0, "bench", "基准", "880002", government, "基准县2人民政府", "/", DataScope.COUNTY,
                Set.of("COORDINATOR"), Set.of("reports:edit", "reports:view"));
        long start = System.nanoTime();
        long id = reports.create(government, YEAR, user);
        double createMs = (System.nanoTime() - start) / 1e6;
        AnnualReports.Report report = reports.report(id, user.filter());
        double printMs = time(rounds, () -> reports.printed(report));
        double checkMs = time(rounds, () -> reports.check(id, user.filter()));

        String result = String.format("""

                ## %s — %d counties × %d units, %d reported values (generated in %.0f ms)

                | work | platform (IndicatorValues / AnnualReports) | hand-written SQL on the same rows |
                |---|---|---|
                | every indicator, one county-year (+ last year) | %.1f ms | %.1f ms |
                | every indicator, province of %d counties | %.1f ms | %.1f ms |
                | report: create with first draft | %.1f ms | — |
                | report: print (render references) | %.1f ms | — |
                | report: consistency check | %.1f ms | — |
                """, LocalDateTime.now().withNano(0), counties, units, rows, generateMs, countyPlatform, countyHand,
                counties, provincePlatform, provinceHand, createMs, printMs, checkMs);
        System.out.println(result);
        Path out = Path.of(System.getProperty("fazhi.bench.out", "bench/indicators-results.md"));
        Files.writeString(out, result, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private void generate(int counties, int units) {
        if (jdbc.sql("SELECT count(*) FROM org_unit WHERE county_code = '880001'").query(Long.class).single() > 0) {
            return;
        }
        // Units: one government and (units - 1) departments per county, all rows written by set-based SQL.
        jdbc.sql("""
                INSERT INTO org_unit (county_code, parent_id, ancestors, name, kind, sort_order, created_at, created_by, updated_at, updated_by)
                SELECT '88' || lpad(c::text, 4, '0'), NULL, '/', '基准县' || c || '人民政府', 'GOVERNMENT', 0, now(), 'bench', now(), 'bench'
                FROM generate_series(1, :n) c""").param("n", counties).update();
        jdbc.sql("""
                INSERT INTO org_unit (county_code, parent_id, ancestors, name, kind, sort_order, created_at, created_by, updated_at, updated_by)
                SELECT g.county_code, g.id, '/' || g.id || '/', '基准县部门' || u, 'DEPARTMENT', u, now(), 'bench', now(), 'bench'
                FROM org_unit g CROSS JOIN generate_series(1, :u) u
                WHERE g.county_code LIKE '88%' AND g.kind = 'GOVERNMENT'""").param("u", units - 1).update();
        for (int year : new int[]{YEAR - 1, YEAR}) {
            jdbc.sql("""
                    INSERT INTO ind_form (county_code, unit_id, year, level, status, submitted_at, submitted_by, reviewed_at,
                        reviewed_by, created_at, created_by, updated_at, updated_by)
                    SELECT u.county_code, u.id, :y, CASE WHEN u.kind = 'GOVERNMENT' THEN 'COUNTY' ELSE 'UNIT' END, 'APPROVED',
                        now(), 'bench', now(), 'bench', now(), 'bench', now(), 'bench'
                    FROM org_unit u WHERE u.county_code LIKE '88%'""").param("y", year).update();
            // Every form carries every indicator of its level: counts 0..49, rates as numerator/denominator.
            jdbc.sql("""
                    INSERT INTO ind_form_value (county_code, form_id, unit_id, year, code, numerator, denominator, stated_value,
                        approximation, created_at, created_by, updated_at, updated_by)
                    SELECT f.county_code, f.id, f.unit_id, f.year, d.code,
                        CASE WHEN d.measure = 'RATE' THEN (f.id + length(d.code)) % 10 ELSE (f.id * 7 + length(d.code) + f.year) % 50 END,
                        CASE WHEN d.measure = 'RATE' THEN 10 END,
                        CASE WHEN d.measure = 'RATE' THEN ((f.id + length(d.code)) % 10) * 10 END,
                        'EXACT', now(), 'bench', now(), 'bench'
                    FROM ind_form f JOIN ind_definition d ON d.status = 'ACTIVE' AND (
                        (f.level = 'UNIT' AND d.levels LIKE '%UNIT%') OR
                        (f.level = 'COUNTY' AND d.levels NOT LIKE '%UNIT%' AND d.levels NOT LIKE '%TOWNSHIP%'))
                    WHERE f.county_code LIKE '88%' AND f.year = :y""").param("y", year).update();
        }
        jdbc.sql("ANALYZE ind_form").update();
        jdbc.sql("ANALYZE ind_form_value").update();
    }

    private java.math.BigDecimal handCount(String where, String code) {
        return jdbc.sql("SELECT sum(numerator) FROM ind_form_value WHERE " + where + " AND year = :y AND code = :c")
                .param("y", YEAR).param("c", code).query(java.math.BigDecimal.class).single();
    }

    /** The fastest plain way: one GROUP BY over approved forms for both years. */
    private List<Object[]> hand(String where) {
        return jdbc.sql("SELECT v.year, v.code, sum(v.numerator), sum(v.denominator) FROM ind_form_value v "
                        + "JOIN ind_form f ON f.id = v.form_id AND f.status = 'APPROVED' WHERE " + where
                        + " AND v.year IN (:y, :l) GROUP BY v.year, v.code")
                .param("y", YEAR).param("l", YEAR - 1)
                .query((rs, n) -> new Object[]{rs.getInt(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)})
                .list();
    }

    private static double time(int rounds, Supplier<?> work) {
        work.get(); // warm-up
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.get();
            samples.add(System.nanoTime() - start);
        }
        samples.sort(Long::compare);
        return samples.get(samples.size() / 2) / 1e6; // median
    }
}
