package org.fazhi.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fazhi.org.CountySettings;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo figures (示范数据): on first start of the demo county, the county government, the 司法局 and 城关镇 report the
 * last two years' indicators through the ordinary forms, and the 司法局 approves them, so that the dashboard, the
 * drill-down and the report draft have figures to show.
 */
@Component
@Order(30)
class IndicatorsDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndicatorsDemo.class);

    private final IndicatorForms forms;
    private final CountySettings county;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean enabled;

    IndicatorsDemo(IndicatorForms forms, CountySettings county, JdbcClient jdbc, Clock clock,
                   @Value("${fazhi.demo.enabled:true}") boolean enabled) {
        this.forms = forms;
        this.county = county;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        long existing = jdbc.sql("SELECT count(*) FROM ind_form WHERE county_code = :c").param("c", county.code())
                .query(Long.class).single();
        if (existing > 0) {
            return;
        }
        Optional<Long> government = unit("GOVERNMENT", null);
        Optional<Long> justice = unit(null, "%司法局");
        Optional<Long> township = unit("TOWNSHIP", null);
        if (government.isEmpty() || justice.isEmpty()) {
            return;
        }
        int year = LocalDate.now(clock).getYear() - 1;
        CurrentUser system = new CurrentUser(0, "system", "系统", county.code(), justice.get(), "司法局", "/", DataScope.COUNTY,
                Set.of("COORDINATOR"), Set.of("indicators:form:fill", "indicators:form:review"));
        for (int y = year - 1; y <= year; y++) {
            int step = y - (year - 1);
            report(system, government.get(), y, Map.of(
                    "NORMDOC_ISSUERS", FormInput.of(Integer.toString(38 + step)),
                    "GOVSERVICE_ITEMS", FormInput.of(Integer.toString(880 + 40 * step)),
                    "GOVSERVICE_CASES", FormInput.approx(Integer.toString(11800 + 1200 * step), "余"),
                    "GOVSERVICE_ONLINE_RATE", FormInput.rate(step == 0 ? "91" : "95"),
                    "ENF_TOWNSHIP_CASE_COVERAGE", new FormInput(Integer.toString(7 + step), "9", null, null, null),
                    "MEDIATION_COMMITTEES", FormInput.of("152"),
                    "MEETINGS_COMMITTEE", FormInput.of(Integer.toString(6 + step * 2))));
            Map<String, FormInput> justiceValues = new LinkedHashMap<>();
            justiceValues.put("NORMDOC_ISSUED", FormInput.of(Integer.toString(3 + step)));
            justiceValues.put("NORMDOC_REVIEW_RATE", new FormInput(Integer.toString(3 + step), Integer.toString(3 + step), null, null, null));
            justiceValues.put("NORMDOC_FILING_TIMELY_RATE", new FormInput(Integer.toString(2 + step * 2), Integer.toString(3 + step), null, null, null));
            justiceValues.put("RECON_APPLICATIONS", FormInput.of(step == 0 ? "12" : "18"));
            justiceValues.put("RECON_RESOLVED_BEFORE_ACCEPTANCE", FormInput.of(step == 0 ? "5" : "9"));
            justiceValues.put("RECON_CONCLUDED", FormInput.of(step == 0 ? "7" : "8"));
            justiceValues.put("RECON_PENDING", FormInput.of(step == 0 ? "0" : "1"));
            justiceValues.put("RECON_DIRECT_CORRECTION_RATE", new FormInput(step == 0 ? "1" : "1", step == 0 ? "7" : "8", null, null, null));
            justiceValues.put("ENF_CERTIFIED_OFFICERS", FormInput.of(step == 0 ? "36" : "41"));
            justiceValues.put("MEDIATION_DISPUTES_RESOLVED", FormInput.approx(step == 0 ? "600" : "700", "余"));
            justiceValues.put("EDU_EVENTS", FormInput.of(step == 0 ? "48" : "56"));
            report(system, justice.get(), y, justiceValues);
            if (township.isPresent()) {
                report(system, township.get(), y, Map.of(
                        "ENF_CERTIFIED_OFFICERS", FormInput.of(step == 0 ? "11" : "14"),
                        "MEDIATION_DISPUTES_RESOLVED", FormInput.of(step == 0 ? "86" : "93"),
                        "LEGALITY_REVIEWS", FormInput.of(step == 0 ? "21" : "27")));
            }
        }
        log.info("示范县指标填报数据已生成（{}—{}年度）", year - 1, year);
    }

    private void report(CurrentUser system, long unitId, int year, Map<String, FormInput> values) {
        long id = forms.open(unitId, year, system);
        forms.save(id, values, system);
        forms.submit(id, system);
        forms.approve(id, "数据经核对无误", system);
    }

    private Optional<Long> unit(String kind, String nameLike) {
        return jdbc.sql("SELECT id FROM org_unit WHERE county_code = :c AND status = 'ACTIVE'"
                        + (kind == null ? "" : " AND kind = :k") + (nameLike == null ? "" : " AND name LIKE :n")
                        + " ORDER BY ancestors, sort_order, id LIMIT 1")
                .param("c", county.code()).params(kind == null ? Map.of() : Map.of("k", kind))
                .params(nameLike == null ? Map.of() : Map.of("n", nameLike)).query(Long.class).optional();
    }
}
