package org.fazhi.normdocs;

import org.fazhi.indicators.IndicatorCount;
import org.fazhi.indicators.IndicatorDefinition;
import org.fazhi.indicators.IndicatorFamily;
import org.fazhi.indicators.IndicatorRecord;
import org.fazhi.indicators.IndicatorScope;
import org.fazhi.indicators.IndicatorSource;
import org.fazhi.indicators.ReportingPeriod;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Indicators of the 行政规范性文件 chapter (规范性文件指标), counted in SQL within the reader's scope and the period; each
 * definition says exactly what is counted, and {@link #records} lists the documents or filings behind the figure.
 */
@Component
class NormdocIndicators implements IndicatorSource {

    private static final String DOCS = " FROM nd_document d JOIN org_unit u ON u.id = d.unit_id";
    private static final String FILINGS = " FROM nd_filing f JOIN nd_document d ON d.id = f.document_id JOIN org_unit u ON u.id = d.unit_id";
    private static final String EVALUATIONS = " FROM nd_evaluation e JOIN nd_document d ON d.id = e.document_id JOIN org_unit u ON u.id = d.unit_id";
    private static final String CLEANED = " FROM nd_cleanup_item i JOIN nd_cleanup c ON c.id = i.cleanup_id JOIN nd_document d ON d.id = i.document_id JOIN org_unit u ON u.id = d.unit_id";
    private static final String ISSUED = "d.kind = 'NORMATIVE' AND d.issued_on BETWEEN :from AND :to";
    private static final String FILED_DOCS = "d.published_on BETWEEN :from AND :to";
    private static final String FILING_TITLE = "d.title || '（报' || CASE f.target WHEN 'NPC' THEN '本级人大常委会' ELSE '上一级人民政府' END || '备案）'";

    /** One indicator: its definition, the tables, and the WHERE of numerator and (for rates) denominator. */
    record Spec(IndicatorDefinition definition, String from, String numerator, @Nullable String denominator,
                String kind, String titleExpr, String dateExpr) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec(IndicatorDefinition.count("ND_PROPOSED", "规范性文件立项件数", IndicatorFamily.NORMDOCS, "件",
                    "统计期内立项的行政规范性文件和政策性文件件数（按立项日期）", null),
                    DOCS, "d.proposed_on BETWEEN :from AND :to", null, "规范性文件", "d.title", "d.proposed_on"),
            new Spec(IndicatorDefinition.count("ND_ISSUED", "制发行政规范性文件件数", IndicatorFamily.NORMDOCS, "件",
                    "统计期内统一登记、编号、印发的行政规范性文件件数（按印发日期，不含政策性文件）", "国办发〔2018〕37号"),
                    DOCS, ISSUED, null, "规范性文件", "coalesce(d.doc_number, '') || ' ' || d.title", "d.issued_on"),
            new Spec(IndicatorDefinition.count("ND_IN_FORCE", "现行有效行政规范性文件件数", IndicatorFamily.NORMDOCS, "件",
                    "统计期末已公布、已施行、未届满有效期且未废止或宣布失效的行政规范性文件件数", null),
                    DOCS, "d.kind = 'NORMATIVE' AND d.published_on <= :to AND d.effective_on <= :to AND (d.expires_on IS NULL OR d.expires_on >= :to) AND (d.repealed_on IS NULL OR d.repealed_on > :to)",
                    null, "规范性文件", "coalesce(d.doc_number, '') || ' ' || d.title", "d.published_on"),
            new Spec(IndicatorDefinition.rate("ND_LEGALITY_REVIEW_RATE", "合法性审核率", IndicatorFamily.NORMDOCS,
                    "统计期内印发的行政规范性文件中，经合法性审核且审核通过的件数",
                    "统计期内印发的行政规范性文件件数", null, "《优化营商环境条例》第六十三条；国办发〔2018〕115号"),
                    DOCS, ISSUED + " AND d.review_outcome IN ('PASSED', 'PASSED_WITH_CHANGES')", ISSUED, "规范性文件",
                    "coalesce(d.doc_number, '') || ' ' || d.title", "d.issued_on"),
            new Spec(IndicatorDefinition.rate("ND_PUBLICATION_RATE", "公开率", IndicatorFamily.NORMDOCS,
                    "统计期内印发的行政规范性文件中已公布的件数", "统计期内印发的行政规范性文件件数", null,
                    "《优化营商环境条例》第六十四条；《政府信息公开条例》第二十条"),
                    DOCS, ISSUED + " AND d.published_on IS NOT NULL", ISSUED, "规范性文件",
                    "coalesce(d.doc_number, '') || ' ' || d.title", "d.issued_on"),
            new Spec(IndicatorDefinition.rate("ND_FILING_RATE", "报备率", IndicatorFamily.NORMDOCS,
                    "应报备事项中已报送备案的件次", "统计期内公布的行政规范性文件的应报备事项件次（报上一级人民政府、报本级人大常委会各计一件次）",
                    "按件次计：一件文件须向两个机关备案的计两件次", "地方规范性文件备案审查规定"),
                    FILINGS, FILED_DOCS + " AND f.first_submitted_on IS NOT NULL", FILED_DOCS, "备案", FILING_TITLE, "d.published_on"),
            new Spec(IndicatorDefinition.rate("ND_FILING_TIMELY_RATE", "报备及时率", IndicatorFamily.NORMDOCS,
                    "应报备事项中在报备期限内（自公布之日起算，按本地规定）首次报送的件次", "统计期内公布的行政规范性文件的应报备事项件次",
                    "以首次报送日期判断；退回补正后重新报送不影响及时性", "地方规范性文件备案审查规定"),
                    FILINGS, FILED_DOCS + " AND f.first_submitted_on <= f.due_on", FILED_DOCS, "备案", FILING_TITLE, "d.published_on"),
            new Spec(IndicatorDefinition.rate("ND_FILING_REGULAR_RATE", "报备规范率", IndicatorFamily.NORMDOCS,
                    "已报送备案的件次中未经退回补正即准予备案的件次", "统计期内公布的行政规范性文件已报送备案的件次",
                    null, "地方规范性文件备案审查规定"),
                    FILINGS, FILED_DOCS + " AND f.first_submitted_on IS NOT NULL AND f.status = 'ACCEPTED' AND f.corrections = 0",
                    FILED_DOCS + " AND f.first_submitted_on IS NOT NULL", "备案", FILING_TITLE, "d.published_on"),
            new Spec(IndicatorDefinition.count("ND_EVALUATED", "实施后评估件数", IndicatorFamily.NORMDOCS, "件",
                    "统计期内完成实施后评估的次数（按评估日期）", null),
                    EVALUATIONS, "e.evaluated_on BETWEEN :from AND :to", null, "评估",
                    "coalesce(d.doc_number, '') || ' ' || d.title", "e.evaluated_on"),
            new Spec(IndicatorDefinition.count("ND_REPEALED", "废止和宣布失效件数", IndicatorFamily.NORMDOCS, "件",
                    "统计期内废止或者宣布失效的规范性文件件数（按废止日期）", null),
                    DOCS, "d.status IN ('REPEALED', 'INVALIDATED') AND d.repealed_on BETWEEN :from AND :to", null,
                    "规范性文件", "coalesce(d.doc_number, '') || ' ' || d.title", "d.repealed_on"),
            new Spec(IndicatorDefinition.count("ND_CLEANED", "清理文件件数", IndicatorFamily.NORMDOCS, "件",
                    "统计期内公布结果的清理中纳入清理的文件件数（按结果公布日期）", null),
                    CLEANED, "c.status = 'PUBLISHED' AND c.published_on BETWEEN :from AND :to", null, "清理",
                    "coalesce(d.doc_number, '') || ' ' || d.title", "c.published_on"));

    private final JdbcClient jdbc;

    NormdocIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return SPECS.stream().map(Spec::definition).toList();
    }

    @Override
    public IndicatorCount count(String code, IndicatorScope scope, ReportingPeriod period) {
        Spec spec = spec(code);
        long numerator = count(spec.from(), spec.numerator(), scope, period);
        if (spec.denominator() == null) {
            return IndicatorCount.of(numerator);
        }
        return IndicatorCount.rate(numerator, count(spec.from(), spec.denominator(), scope, period));
    }

    @Override
    public List<IndicatorRecord> records(String code, IndicatorScope scope, ReportingPeriod period,
                                         IndicatorRecord.Part part, int limit) {
        Spec spec = spec(code);
        String where = part == IndicatorRecord.Part.DENOMINATOR && spec.denominator() != null ? spec.denominator()
                : spec.numerator();
        Map<String, Object> params = params(scope, period);
        params.put("limit", Math.max(1, Math.min(limit, 1000)));
        return jdbc.sql("SELECT d.id, " + spec.titleExpr() + " AS title, " + spec.dateExpr() + " AS day, u.name AS unit"
                        + spec.from() + " WHERE " + scope.filter().on("d.county_code", "d.unit_id") + " AND " + where
                        + " ORDER BY day DESC, d.id DESC LIMIT :limit")
                .params(params)
                .query((rs, n) -> new IndicatorRecord(spec.kind(), Long.toString(rs.getLong("id")), rs.getString("title"),
                        rs.getObject("day", LocalDate.class), rs.getString("unit"), "/normdocs/" + rs.getLong("id"), part))
                .list();
    }

    private long count(String from, String where, IndicatorScope scope, ReportingPeriod period) {
        return jdbc.sql("SELECT count(*)" + from + " WHERE " + scope.filter().on("d.county_code", "d.unit_id") + " AND " + where)
                .params(params(scope, period)).query(Long.class).single();
    }

    private static Map<String, Object> params(IndicatorScope scope, ReportingPeriod period) {
        Map<String, Object> params = new LinkedHashMap<>(scope.filter().params());
        params.put("from", period.from());
        params.put("to", period.to());
        return params;
    }

    private static Spec spec(String code) {
        return SPECS.stream().filter(s -> s.definition().code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a normdocs indicator: " + code));
    }
}
