package org.fazhi.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.fazhi.indicators.CatalogEntry;
import org.fazhi.indicators.FormInput;
import org.fazhi.indicators.IndicatorCatalog;
import org.fazhi.indicators.IndicatorDefinition;
import org.fazhi.indicators.IndicatorForms;
import org.fazhi.org.Counties;
import org.fazhi.org.CountySettings;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records a seed county's stated facts through the platform (种子数据): the county is established, its 司法局 added,
 * and every figure reported on the county's own form (county-wide indicators) or the 司法局's (indicators units
 * report), submitted and approved — no case module exists in this branch, so every figure is a reported value.
 */
final class SeedFixture {

    /** A stated fact: code, input, and the prose the seed writes. */
    record Fact(String code, FormInput input, String expected) {
    }

    final long government;
    final long justice;
    final CurrentUser user;
    private final IndicatorForms forms;
    private final IndicatorCatalog catalog;

    SeedFixture(Counties counties, JdbcClient jdbc, IndicatorForms forms, IndicatorCatalog catalog,
                CountySettings county) {
        this.forms = forms;
        this.catalog = catalog;
        this.government = counties.establish(county, county.code() + "-admin", "");
        this.justice = jdbc.sql("""
                        INSERT INTO org_unit (county_code, parent_id, ancestors, name, short_name, kind, sort_order,
                            created_at, created_by, updated_at, updated_by)
                        VALUES (:c, :p, :a, :n, '县司法局', 'DEPARTMENT', 70, :t, 'test', :t, 'test') RETURNING id""")
                .param("c", county.code()).param("p", government).param("a", "/" + government + "/")
                .param("n", county.name() + "司法局").param("t", Timestamp.from(Instant.now())).query(Long.class).single();
        this.user = new CurrentUser(0, "seed-" + county.code(), "种子数据", county.code(), justice, county.name() + "司法局",
                "/" + government + "/" + justice + "/", DataScope.COUNTY, Set.of("COORDINATOR"),
                Set.of("indicators:form:fill", "indicators:form:review", "reports:edit", "reports:review",
                        "reports:publish", "reports:view"));
    }

    /** Reports the facts of a year on the two forms and approves them. */
    void record(int year, Iterable<Fact> facts) {
        Map<String, FormInput> county = new LinkedHashMap<>();
        Map<String, FormInput> unit = new LinkedHashMap<>();
        Set<String> countyCodes = new java.util.HashSet<>();
        catalog.formEntries(IndicatorDefinition.Level.COUNTY).stream().map(CatalogEntry::code).forEach(countyCodes::add);
        for (Fact f : facts) {
            (countyCodes.contains(f.code()) ? county : unit).put(f.code(), f.input());
        }
        approve(government, year, county);
        approve(justice, year, unit);
    }

    private void approve(long unitId, int year, Map<String, FormInput> values) {
        if (values.isEmpty()) {
            return;
        }
        long id = forms.open(unitId, year, user);
        forms.save(id, values, user);
        forms.submit(id, user);
        forms.approve(id, "与报告原文核对一致", user);
    }

    static Fact n(String code, String value, String expected) {
        return new Fact(code, FormInput.of(value), expected);
    }

    static Fact about(String code, String value, String expected) {
        return new Fact(code, FormInput.approx(value, "余"), expected);
    }

    static Fact rate(String code, String numerator, String denominator, String expected) {
        return new Fact(code, new FormInput(numerator, denominator, null, null, null), expected);
    }

    static Fact stated(String code, String rate, String expected) {
        return new Fact(code, FormInput.rate(rate), expected);
    }
}
