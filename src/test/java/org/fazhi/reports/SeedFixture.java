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
import org.fazhi.disclosure.DisclosureSeedRecords;
import org.fazhi.reconsideration.ReconSeedRecords;
import org.fazhi.tasks.TaskSeedRecords;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records a seed county's stated facts through the platform (种子数据): the county is established, its 司法局 and a
 * 市场监督管理局 added; every figure a module computes is recorded as that module's records through its own services
 * (复议申请 registered as reconsideration cases, 依申请公开 as disclosure requests, 建议提案 as supervision items), and
 * every other figure is reported on the county's own form (county-wide indicators) or the 司法局's (indicators units
 * report), submitted and approved. Which figures stay reported and why: {@code docs/indicators-mapping.md}.
 */
final class SeedFixture {

    /** A stated fact: code, input, and the prose the seed writes. */
    record Fact(String code, FormInput input, String expected) {
    }

    final long government;
    final long justice;
    final long market;
    final String countyCode;
    final CurrentUser user;
    private final IndicatorForms forms;
    private final IndicatorCatalog catalog;
    private final ApplicationContext context;

    SeedFixture(Counties counties, JdbcClient jdbc, IndicatorForms forms, IndicatorCatalog catalog,
                CountySettings county, ApplicationContext context) {
        this.forms = forms;
        this.catalog = catalog;
        this.context = context;
        this.countyCode = county.code();
        this.government = counties.establish(county, county.code() + "-admin", "");
        this.justice = department(jdbc, county, "司法局", "县司法局", 70);
        this.market = department(jdbc, county, "市场监督管理局", "县市场监管局", 80);
        this.user = new CurrentUser(0, "seed-" + county.code(), "种子数据", county.code(), justice, county.name() + "司法局",
                "/" + government + "/" + justice + "/", DataScope.COUNTY, Set.of("COORDINATOR"),
                Set.of("indicators:form:fill", "indicators:form:review", "reports:edit", "reports:review",
                        "reports:publish", "reports:view"));
    }

    private long department(JdbcClient jdbc, CountySettings county, String name, String shortName, int order) {
        return jdbc.sql("""
                        INSERT INTO org_unit (county_code, parent_id, ancestors, name, short_name, kind, sort_order,
                            created_at, created_by, updated_at, updated_by)
                        VALUES (:c, :p, :a, :n, :s, 'DEPARTMENT', :o, :t, 'test', :t, 'test') RETURNING id""")
                .param("c", county.code()).param("p", government).param("a", "/" + government + "/")
                .param("n", county.name() + name).param("s", shortName).param("o", order)
                .param("t", Timestamp.from(Instant.now())).query(Long.class).single();
    }

    /**
     * Records the facts of a year: computed figures as module records, the others on the two forms, approved.
     *
     * @throws IllegalStateException for a computed figure no module recorder exists for, or one stated approximately
     */
    void record(int year, Iterable<Fact> facts) {
        Map<String, FormInput> county = new LinkedHashMap<>();
        Map<String, FormInput> unit = new LinkedHashMap<>();
        Set<String> countyCodes = new java.util.HashSet<>();
        catalog.formEntries(IndicatorDefinition.Level.COUNTY).stream().map(CatalogEntry::code).forEach(countyCodes::add);
        for (Fact f : facts) {
            if (catalog.require(f.code()).origin() == CatalogEntry.Origin.COMPUTED) {
                recordInModule(f, year);
                continue;
            }
            (countyCodes.contains(f.code()) ? county : unit).put(f.code(), f.input());
        }
        approve(government, year, county);
        approve(justice, year, unit);
    }

    /** A computed figure becomes as many module records as it counts, created by the module's own services. */
    private void recordInModule(Fact f, int year) {
        if (f.input().numerator() == null || f.input().approximation() != null || f.input().denominator() != null) {
            throw new IllegalStateException(f.code() + " 由模块计算，种子数据须为准确件数才能登记为模块记录");
        }
        int n = Integer.parseInt(f.input().numerator());
        switch (f.code()) {
            case "RECON_APPLICATIONS" -> ReconSeedRecords.applications(context, countyCode, market, year, n, user.username());
            case "DISCLOSURE_REQUESTS" -> DisclosureSeedRecords.requests(context, user.filter(), government, year, n,
                    user.username());
            case "PROPOSALS_NPC" -> TaskSeedRecords.proposals(context, user, true, market, year, n);
            case "PROPOSALS_CPPCC" -> TaskSeedRecords.proposals(context, user, false, market, year, n);
            default -> throw new IllegalStateException(f.code() + " 已由模块计算，种子夹具尚无登记该模块记录的方法");
        }
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
