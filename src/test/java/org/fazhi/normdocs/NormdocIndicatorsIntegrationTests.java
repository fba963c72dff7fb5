package org.fazhi.normdocs;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.indicators.IndicatorCount;
import org.fazhi.indicators.IndicatorDefinition;
import org.fazhi.indicators.IndicatorRecord;
import org.fazhi.indicators.IndicatorScope;
import org.fazhi.indicators.ReportingPeriod;
import org.fazhi.org.DataScope;
import org.fazhi.org.ScopeFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures of a fixture year (2023) for a unit of its own, counted by hand below and compared to the document:
 * six documents, their filings, an evaluation, a clean-up and three review requests. The unit is new, so nothing else in
 * the shared database is counted.
 */
@FazhiIntegrationTest
class NormdocIndicatorsIntegrationTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    NormdocIndicators normdocs;
    @Autowired
    ReviewIndicators reviews;

    IndicatorScope scope;
    ReportingPeriod year = ReportingPeriod.year(2023);
    long d1;
    long d2;
    long d3;
    long d5;

    @BeforeEach
    void fixture() {
        String county = "990121";
        long gov = jdbc.sql("SELECT id FROM org_unit WHERE county_code = :c AND parent_id IS NULL").param("c", county).query(Long.class).single();
        String name = "指标测试局" + System.nanoTime();
        long unit = jdbc.sql("""
                        INSERT INTO org_unit (county_code, parent_id, ancestors, name, kind, is_normdoc_issuer, created_at, created_by, updated_at, updated_by)
                        VALUES (:c, :p, (SELECT ancestors || id || '/' FROM org_unit WHERE id = :p), :n, 'DEPARTMENT', TRUE, now(), 'test', now(), 'test') RETURNING id""")
                .param("c", county).param("p", gov).param("n", name).query(Long.class).single();
        String path = jdbc.sql("SELECT ancestors || id || '/' FROM org_unit WHERE id = :id").param("id", unit).query(String.class).single();
        scope = new IndicatorScope(new ScopeFilter(DataScope.UNIT_AND_BELOW, county, unit, path), name);

        d1 = doc(unit, "NORMATIVE", "D1", "2023-01-10", "2023-03-01", "PASSED", "2023-03-05", "2023-04-01", "2028-03-31", "PUBLISHED", null);
        d2 = doc(unit, "NORMATIVE", "D2", "2023-02-10", "2023-06-01", "PASSED_WITH_CHANGES", "2023-06-02", "2023-06-02", "2025-06-01", "PUBLISHED", null);
        d3 = doc(unit, "NORMATIVE", "D3", "2023-05-01", "2023-09-01", null, null, "2023-10-01", "2028-09-30", "REGISTERED", null);
        doc(unit, "POLICY", "D4", "2023-08-01", "2023-10-01", "PASSED", "2023-10-02", "2023-10-02", "2028-10-01", "PUBLISHED", null);
        d5 = doc(unit, "NORMATIVE", "D5", "2022-11-01", "2022-12-20", "PASSED", "2023-01-05", "2023-01-05", "2028-01-04", "REPEALED", "2023-11-30");
        doc(unit, "NORMATIVE", "D6", "2023-02-01", null, null, null, null, null, "DRAFTING", null);

        filing(d1, unit, "GOVERNMENT", "2023-04-04", "2023-03-20", "ACCEPTED", 0);
        filing(d1, unit, "NPC", "2023-04-04", "2023-04-10", "ACCEPTED", 1);
        filing(d2, unit, "GOVERNMENT", "2023-07-02", "2023-06-20", "SUBMITTED", 0);
        filing(d2, unit, "NPC", "2023-07-02", null, "PENDING", 0);
        filing(d5, unit, "GOVERNMENT", "2023-02-04", "2023-01-20", "ACCEPTED", 0);
        filing(d5, unit, "NPC", "2023-02-04", "2023-02-03", "ACCEPTED", 0);

        jdbc.sql("INSERT INTO nd_evaluation (county_code, document_id, unit_id, evaluated_on, result, report, created_at, created_by) VALUES ('990121', :d, :u, '2023-12-01', 'CONTINUE', '良好', now(), 'test')")
                .param("d", d2).param("u", unit).update();
        long cleanup = jdbc.sql("INSERT INTO nd_cleanup (county_code, unit_id, name, status, published_on, created_at, created_by, updated_at, updated_by) VALUES ('990121', :u, '2023年清理', 'PUBLISHED', '2023-12-15', now(), 'test', now(), 'test') RETURNING id")
                .param("u", unit).query(Long.class).single();
        for (long d : List.of(d1, d2)) {
            jdbc.sql("INSERT INTO nd_cleanup_item (county_code, cleanup_id, document_id, decision, reason) VALUES ('990121', :c, :d, 'RETAIN', '继续有效')")
                    .param("c", cleanup).param("d", d).update();
        }
        long r1 = request(unit, "NORMATIVE_DOCUMENT", "2023-02-20", "CONCLUDED", "2023-02-28");
        request(unit, "NORMATIVE_DOCUMENT", "2023-05-20", "CONCLUDED", "2023-05-30");
        request(unit, "CONTRACT", "2023-07-01", "WITHDRAWN", "2023-07-02");
        opinion(r1, 1, "ADOPTED");
        opinion(r1, 2, "NOT_ADOPTED");
    }

    private long doc(long unit, String kind, String title, String proposed, String issued, String review, String published,
                     String effective, String expires, String status, String repealed) {
        return jdbc.sql("""
                        INSERT INTO nd_document (county_code, unit_id, kind, title, status, proposed_on, issued_on, review_outcome,
                            published_on, effective_on, expires_on, repealed_on, doc_number, created_at, created_by, updated_at, updated_by)
                        VALUES ('990121', :u, :k, :t, :s, CAST(:p AS DATE), CAST(:i AS DATE), :r, CAST(:pub AS DATE), CAST(:e AS DATE),
                            CAST(:x AS DATE), CAST(:rep AS DATE), :num, now(), 'test', now(), 'test') RETURNING id""")
                .param("u", unit).param("k", kind).param("t", title).param("s", status).param("p", proposed).param("i", issued)
                .param("r", review).param("pub", published).param("e", effective).param("x", expires).param("rep", repealed)
                .param("num", issued == null ? null : "测规〔" + System.nanoTime() + "〕1号").query(Long.class).single();
    }

    private void filing(long doc, long unit, String target, String due, String submitted, String status, int corrections) {
        jdbc.sql("""
                        INSERT INTO nd_filing (county_code, document_id, unit_id, target, due_on, due_citation, status, first_submitted_on,
                            submitted_on, corrections, created_at, created_by, updated_at, updated_by)
                        VALUES ('990121', :d, :u, :t, CAST(:due AS DATE), '测试', :s, CAST(:sub AS DATE), CAST(:sub AS DATE), :c, now(), 'test', now(), 'test')""")
                .param("d", doc).param("u", unit).param("t", target).param("due", due).param("s", status).param("sub", submitted)
                .param("c", corrections).update();
    }

    private long request(long unit, String kind, String received, String status, String concluded) {
        return jdbc.sql("""
                        INSERT INTO rv_request (county_code, unit_id, reviewing_unit_id, source_module, source_type, source_id, kind, title,
                            body_text, status, received_on, period_days, concluded_on, created_at, created_by, updated_at, updated_by)
                        VALUES ('990121', :u, :u, 'test', 'fixture', :sid, :k, '测试审查', '正文', :s, CAST(:r AS DATE), 15, CAST(:c AS DATE),
                            now(), 'test', now(), 'test') RETURNING id""")
                .param("u", unit).param("sid", Long.toString(System.nanoTime())).param("k", kind).param("s", status)
                .param("r", received).param("c", concluded).query(Long.class).single();
    }

    private void opinion(long request, int seq, String response) {
        jdbc.sql("""
                        INSERT INTO rv_opinion (county_code, request_id, seq, opinion, response, response_reason, created_at, created_by, updated_at, updated_by)
                        VALUES ('990121', :r, :s, '意见', :resp, '理由', now(), 'test', now(), 'test')""")
                .param("r", request).param("s", seq).param("resp", response).update();
    }

    private String value(NormdocIndicators source, String code) {
        IndicatorDefinition def = source.definitions().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
        IndicatorCount count = source.count(code, scope, year);
        BigDecimal v = count.value(def);
        return v == null ? "无" : v.toPlainString();
    }

    private String review(String code) {
        IndicatorDefinition def = reviews.definitions().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
        BigDecimal v = reviews.count(code, scope, year).value(def);
        return v == null ? "无" : v.toPlainString();
    }

    @Test
    void figuresOfTheFixtureYear() {
        assertThat(value(normdocs, "ND_PROPOSED")).isEqualTo("5");       // D1, D2, D3, D4, D6 (D5 in 2022)
        assertThat(value(normdocs, "ND_ISSUED")).isEqualTo("3");         // D1, D2, D3 (D4 is a policy document)
        assertThat(value(normdocs, "ND_LEGALITY_REVIEW_RATE")).isEqualTo("66.67"); // 2 of 3
        assertThat(value(normdocs, "ND_PUBLICATION_RATE")).isEqualTo("66.67");     // 2 of 3
        assertThat(value(normdocs, "ND_FILING_RATE")).isEqualTo("83.33");          // 5 of 6 filings
        assertThat(value(normdocs, "ND_FILING_TIMELY_RATE")).isEqualTo("66.67");   // 4 of 6
        assertThat(value(normdocs, "ND_FILING_REGULAR_RATE")).isEqualTo("60.00");  // 3 of 5 submitted
        assertThat(value(normdocs, "ND_IN_FORCE")).isEqualTo("2");       // D1, D2 (D5 repealed, D3 unpublished)
        assertThat(value(normdocs, "ND_REPEALED")).isEqualTo("1");
        assertThat(value(normdocs, "ND_EVALUATED")).isEqualTo("1");
        assertThat(value(normdocs, "ND_CLEANED")).isEqualTo("2");
        assertThat(review("RV_REQUESTS")).isEqualTo("2");                // the withdrawn contract review is not counted
        assertThat(review("RV_REQUESTS_NORMATIVE_DOCUMENT")).isEqualTo("2");
        assertThat(review("RV_REQUESTS_CONTRACT")).isEqualTo("0");
        assertThat(review("RV_OPINIONS")).isEqualTo("2");
        assertThat(review("RV_ADOPTION_RATE")).isEqualTo("50.00");
    }

    @Test
    void recordsBehindTheFigures() {
        assertThat(normdocs.records("ND_ISSUED", scope, year, IndicatorRecord.Part.NUMERATOR, 100))
                .extracting(IndicatorRecord::id).containsExactlyInAnyOrder(Long.toString(d1), Long.toString(d2), Long.toString(d3));
        assertThat(normdocs.records("ND_LEGALITY_REVIEW_RATE", scope, year, IndicatorRecord.Part.NUMERATOR, 100))
                .extracting(IndicatorRecord::id).containsExactlyInAnyOrder(Long.toString(d1), Long.toString(d2));
        assertThat(normdocs.records("ND_FILING_RATE", scope, year, IndicatorRecord.Part.DENOMINATOR, 100)).hasSize(6)
                .allSatisfy(r -> assertThat(r.title()).contains("备案"));
        assertThat(normdocs.records("ND_FILING_TIMELY_RATE", scope, year, IndicatorRecord.Part.NUMERATOR, 100)).hasSize(4);
        assertThat(reviews.records("RV_ADOPTION_RATE", scope, year, IndicatorRecord.Part.NUMERATOR, 100)).hasSize(1);
        assertThat(reviews.records("RV_REQUESTS_NORMATIVE_DOCUMENT", scope, year, IndicatorRecord.Part.NUMERATOR, 100)).hasSize(2);
    }

    @Test
    void aYearWithoutRecordsHasNoRates() {
        IndicatorDefinition def = normdocs.definitions().stream().filter(d -> d.code().equals("ND_FILING_RATE")).findFirst().orElseThrow();
        assertThat(normdocs.count("ND_FILING_RATE", scope, ReportingPeriod.year(2021)).value(def)).isNull();
        assertThat(LocalDate.of(2023, 1, 1)).isEqualTo(year.from());
    }
}
