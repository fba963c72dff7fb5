package org.fazhi.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.indicators.IndicatorCount;
import org.fazhi.indicators.IndicatorDefinition;
import org.fazhi.indicators.IndicatorFamily;
import org.fazhi.indicators.IndicatorRecord;
import org.fazhi.indicators.IndicatorScope;
import org.fazhi.indicators.IndicatorSource;
import org.fazhi.indicators.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indicators of 依申请公开 computed from the requests (all counts in SQL, within the caller's scope):
 * received (收到申请数), concluded (办结数), 按期答复率 (replies made by their reply deadline among replies made), and the
 * concluded requests by result group of Table 三.
 */
@Component
public class DisclosureIndicators implements IndicatorSource {

    static final String CITATION = "《中华人民共和国政府信息公开条例》第三十三条、第五十条；国办公开办函〔2021〕30号";

    /** code → (numerator predicate, denominator predicate or null); both on alias r, with :from/:to. */
    private static final Map<String, String[]> PREDICATES = new LinkedHashMap<>();

    static {
        PREDICATES.put("DISCLOSURE_REQUESTS", new String[]{"r.received_on >= :from AND r.received_on < :to", null});
        PREDICATES.put("DISCLOSURE_CONCLUDED", new String[]{"r.concluded_on >= :from AND r.concluded_on < :to", null});
        PREDICATES.put("DISCLOSURE_ON_TIME_RATE", new String[]{
                "r.status = 'ANSWERED' AND r.concluded_on >= :from AND r.concluded_on < :to AND r.concluded_on <= r.reply_due",
                "r.status = 'ANSWERED' AND r.concluded_on >= :from AND r.concluded_on < :to"});
        PREDICATES.put("DISCLOSURE_RESULT_OPEN", result("'OPEN'"));
        PREDICATES.put("DISCLOSURE_RESULT_PARTIAL", result("'PARTIAL'"));
        PREDICATES.put("DISCLOSURE_RESULT_WITHHELD", result("'DENY_SECRET','DENY_LAW','DENY_SECURITY','DENY_THIRD_PARTY',"
                + "'DENY_INTERNAL','DENY_PROCESS','DENY_CASE_FILE','DENY_QUERY'"));
        PREDICATES.put("DISCLOSURE_RESULT_UNABLE", result("'UNABLE_NOT_HELD','UNABLE_PROCESSING','UNABLE_UNCLEAR'"));
        PREDICATES.put("DISCLOSURE_RESULT_NOT_PROCESSED", result("'NOT_PROCESSED_PETITION','NOT_PROCESSED_REPEAT',"
                + "'NOT_PROCESSED_PUBLICATION','NOT_PROCESSED_EXCESSIVE','NOT_PROCESSED_CONFIRM'"));
        PREDICATES.put("DISCLOSURE_RESULT_OTHER", result("'OTHER_NOT_CURED','OTHER_FEE_UNPAID','OTHER'"));
    }

    private static String[] result(String rows) {
        return new String[]{"r.concluded_on >= :from AND r.concluded_on < :to AND r.report_row IN (" + rows + ")", null};
    }

    private final JdbcClient jdbc;

    DisclosureIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        List<IndicatorDefinition> list = new ArrayList<>();
        list.add(IndicatorDefinition.count("DISCLOSURE_REQUESTS", "依申请公开收到申请数", IndicatorFamily.DISCLOSURE, "件",
                "期内收到申请之日（第三十一条）落在期内的政府信息公开申请", CITATION));
        list.add(IndicatorDefinition.count("DISCLOSURE_CONCLUDED", "依申请公开办结数", IndicatorFamily.DISCLOSURE, "件",
                "期内答复或终止处理的申请（年度报告表三“（七）总计”口径）", CITATION));
        list.add(IndicatorDefinition.rate("DISCLOSURE_ON_TIME_RATE", "依申请公开按期答复率", IndicatorFamily.DISCLOSURE,
                "期内作出答复且答复日不晚于答复期限（含经批准延长、扣除征求意见时间）的申请数", "期内作出答复的申请数",
                "答复期限按第三十三条计算", CITATION));
        list.add(IndicatorDefinition.count("DISCLOSURE_RESULT_OPEN", "予以公开数", IndicatorFamily.DISCLOSURE, "件",
                "期内办结且计入表三（一）予以公开的申请", CITATION));
        list.add(IndicatorDefinition.count("DISCLOSURE_RESULT_PARTIAL", "部分公开数", IndicatorFamily.DISCLOSURE, "件",
                "期内办结且计入表三（二）部分公开的申请", CITATION));
        list.add(IndicatorDefinition.count("DISCLOSURE_RESULT_WITHHELD", "不予公开数", IndicatorFamily.DISCLOSURE, "件",
                "期内办结且计入表三（三）不予公开的申请", CITATION));
        list.add(IndicatorDefinition.count("DISCLOSURE_RESULT_UNABLE", "无法提供数", IndicatorFamily.DISCLOSURE, "件",
                "期内办结且计入表三（四）无法提供的申请", CITATION));
        list.add(IndicatorDefinition.count("DISCLOSURE_RESULT_NOT_PROCESSED", "不予处理数", IndicatorFamily.DISCLOSURE, "件",
                "期内办结且计入表三（五）不予处理的申请", CITATION));
        list.add(IndicatorDefinition.count("DISCLOSURE_RESULT_OTHER", "其他处理数", IndicatorFamily.DISCLOSURE, "件",
                "期内办结且计入表三（六）其他处理的申请", CITATION));
        return list;
    }

    @Override
    public IndicatorCount count(String code, IndicatorScope scope, ReportingPeriod period) {
        String[] p = predicates(code);
        long numerator = countWhere(p[0], scope, period);
        if (p[1] == null) {
            return IndicatorCount.of(numerator);
        }
        return IndicatorCount.rate(numerator, countWhere(p[1], scope, period));
    }

    @Override
    public List<IndicatorRecord> records(String code, IndicatorScope scope, ReportingPeriod period,
                                         IndicatorRecord.Part part, int limit) {
        String[] p = predicates(code);
        String predicate = part == IndicatorRecord.Part.DENOMINATOR && p[1] != null ? p[1] : p[0];
        Map<String, Object> params = params(scope, period);
        params.put("limit", Math.min(Math.max(limit, 1), 5000));
        return jdbc.sql("SELECT r.id, r.number, r.applicant_name, COALESCE(r.concluded_on, r.received_on) AS day, u.name "
                        + "FROM disc_request r LEFT JOIN org_unit u ON u.id = r.unit_id WHERE " + predicate + " AND "
                        + scope.filter().on("r.county_code", "r.unit_id") + " ORDER BY day, r.id LIMIT :limit")
                .params(params)
                .query((rs, n) -> new IndicatorRecord("disc_request", Long.toString(rs.getLong("id")),
                        rs.getString("number") + " " + rs.getString("applicant_name"),
                        rs.getDate("day").toLocalDate(), rs.getString("name"),
                        "/disclosure/requests/" + rs.getLong("id"), part))
                .list();
    }

    private long countWhere(String predicate, IndicatorScope scope, ReportingPeriod period) {
        return jdbc.sql("SELECT count(*) FROM disc_request r WHERE " + predicate + " AND "
                        + scope.filter().on("r.county_code", "r.unit_id"))
                .params(params(scope, period)).query(Long.class).single();
    }

    private static String[] predicates(String code) {
        String[] p = PREDICATES.get(code);
        if (p == null) {
            throw new IllegalArgumentException("unknown indicator " + code);
        }
        return p;
    }

    private static Map<String, Object> params(IndicatorScope scope, ReportingPeriod period) {
        Map<String, Object> params = new LinkedHashMap<>(scope.filter().params());
        params.put("from", period.from());
        params.put("to", period.toExclusive());
        return params;
    }
}
