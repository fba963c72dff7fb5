package org.fazhi.enforcement.internal;

import org.fazhi.indicators.IndicatorCount;
import org.fazhi.indicators.IndicatorDefinition;
import org.fazhi.indicators.IndicatorFamily;
import org.fazhi.indicators.IndicatorRecord;
import org.fazhi.indicators.IndicatorScope;
import org.fazhi.indicators.IndicatorSource;
import org.fazhi.indicators.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The enforcement indicators (行政执法指标), each counted in SQL within the scope and listing the records behind it.
 * Numerator and denominator are one query each, written once as SQL fragments so that {@link #count} and
 * {@link #records} can never disagree.
 */
@Component
class EnforcementIndicators implements IndicatorSource {

    static final String CERTIFIED = "ENF_CERTIFIED_RATE";
    static final String TRAINED = "ENF_TRAINING_RATE";
    // Codes differ from the reported catalog's ENF_EXAM_PASS_RATE / ENF_TOWNSHIP_CASE_COVERAGE on purpose: they count
    // sittings (人次) and all townships, the catalog persons and townships with comprehensive enforcement
    // (docs/indicators-mapping.md).
    static final String EXAM_PASS = "ENF_QUALIFICATION_PASS_RATE";
    static final String TOWNSHIP_COVERAGE = "ENF_TOWNSHIP_COVERAGE_RATE";
    static final String PUBLICITY_TIMELY = "ENF_PUBLICITY_TIMELY_RATE";
    static final String LEGAL_REVIEW = "ENF_LEGAL_REVIEW_RATE";

    private static final String CERT_VALID_AT_END = "EXISTS (SELECT 1 FROM enf_certificate c WHERE c.officer_id = o.id "
            + "AND c.county_code = o.county_code AND c.category = 'ENFORCEMENT' AND c.issued_on <= :to AND c.expires_on >= :to "
            + "AND (c.ended_on IS NULL OR c.ended_on > :to) "
            + "AND NOT (c.suspended_from IS NOT NULL AND c.suspended_from <= :to AND (c.suspended_to IS NULL OR c.suspended_to >= :to)))";
    private static final String TRAINED_ENOUGH = "(SELECT COALESCE(sum(t.hours), 0) FROM enf_training t WHERE t.officer_id = o.id "
            + "AND t.county_code = o.county_code AND t.completed_on BETWEEN :from AND :to) >= "
            + "COALESCE((SELECT s.min_training_hours FROM enf_setting s WHERE s.county_code = o.county_code), 60)";
    /** Publicity is judged for decisions already published and for those whose period has run out unpublished. */
    private static final String PUBLICITY_DUE = "r.published_on IS NOT NULL OR (r.status = 'EFFECTIVE' AND r.publicity_due < :today)";

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    EnforcementIndicators(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(
                IndicatorDefinition.rate(CERTIFIED, "行政执法人员持证率", IndicatorFamily.ENFORCEMENT,
                        "期末在岗且持有有效行政执法证（未过期、未暂扣、未注销收回）的执法人员数",
                        "在岗执法人员数", "证件状态以统计期末日为准；人员以登记时在岗者为准（离岗人员不计）；监督证不计入", "国办发〔2018〕118号；《中华人民共和国行政处罚法》第四十二条"),
                IndicatorDefinition.rate(TRAINED, "行政执法人员培训达标率", IndicatorFamily.ENFORCEMENT,
                        "统计期内培训学时达到本县要求（默认60学时）的在岗执法人员数", "在岗执法人员数",
                        "学时按完成日期计入统计期", "国办发〔2018〕118号（加强执法人员培训）"),
                IndicatorDefinition.rate(EXAM_PASS, "行政执法资格考试通过率", IndicatorFamily.ENFORCEMENT,
                        "统计期内执法资格考试通过人次", "统计期内参加执法资格考试人次", "按人次计", null),
                IndicatorDefinition.rate(TOWNSHIP_COVERAGE, "乡镇（街道）办案覆盖率", IndicatorFamily.ENFORCEMENT,
                        "统计期内作出至少一件执法决定的乡镇（街道）数", "乡镇（街道）总数",
                        "办案乡镇以执法决定登记的办案乡镇为准", "《中华人民共和国行政处罚法》第二十四条"),
                IndicatorDefinition.rate(PUBLICITY_TIMELY, "执法决定公示及时率", IndicatorFamily.ENFORCEMENT,
                        "统计期内作出且在期限内公示的执法决定数", "统计期内作出、已公示或公示期限已届满的执法决定数",
                        "许可、处罚7个工作日，其他20个工作日；已公示的和公示期限已届满仍未公示的计入分母", "国办发〔2018〕118号"),
                IndicatorDefinition.rate(LEGAL_REVIEW, "重大执法决定法制审核率", IndicatorFamily.ENFORCEMENT,
                        "统计期内经法制审核的重大执法决定数", "统计期内应当法制审核的重大执法决定数", null,
                        "《中华人民共和国行政处罚法》第五十八条；国办发〔2018〕118号"));
    }

    private record Sql(String numerator, String denominator, String kind, String select, String order) {
    }

    private static Sql sql(String code, IndicatorScope scope) {
        String officers = " FROM enf_officer o WHERE o.status = 'ACTIVE' AND "
                + scope.filter().on("o.county_code", "o.unit_id");
        String records = " FROM enf_record r WHERE r.decision_date BETWEEN :from AND :to AND "
                + scope.filter().on("r.county_code", "r.unit_id");
        String officerSelect = "SELECT o.id, o.name AS title, CAST(:to AS date) AS day, (SELECT u.name FROM org_unit u WHERE u.id = o.unit_id) AS unit, "
                + "'/enforcement/officers/' || o.id AS link";
        String recordSelect = "SELECT r.id, r.decision_no || ' ' || r.party_name AS title, r.decision_date AS day, "
                + "(SELECT u.name FROM org_unit u WHERE u.id = r.unit_id) AS unit, '/enforcement/records/' || r.id AS link";
        return switch (code) {
            case CERTIFIED -> new Sql(officers + " AND " + CERT_VALID_AT_END, officers, "执法人员", officerSelect, " ORDER BY o.id DESC");
            case TRAINED -> new Sql(officers + " AND " + TRAINED_ENOUGH, officers, "执法人员", officerSelect, " ORDER BY o.id DESC");
            case EXAM_PASS -> {
                String exams = " FROM enf_exam e JOIN enf_officer o ON o.id = e.officer_id WHERE e.exam_date BETWEEN :from AND :to AND "
                        + scope.filter().on("e.county_code", "e.unit_id");
                yield new Sql(exams + " AND e.passed", exams, "执法资格考试",
                        "SELECT e.id, o.name || ' ' || e.exam_name AS title, e.exam_date AS day, "
                                + "(SELECT u.name FROM org_unit u WHERE u.id = e.unit_id) AS unit, '/enforcement/officers/' || o.id AS link",
                        " ORDER BY e.exam_date DESC, e.id DESC");
            }
            case TOWNSHIP_COVERAGE -> {
                String towns = " FROM org_unit t WHERE t.kind IN ('TOWNSHIP', 'SUBDISTRICT') AND t.status = 'ACTIVE' AND "
                        + scope.filter().onUnitTable("t");
                yield new Sql(towns + " AND EXISTS (SELECT 1 FROM enf_record r WHERE r.county_code = t.county_code "
                        + "AND r.township_unit_id = t.id AND r.decision_date BETWEEN :from AND :to)", towns, "乡镇（街道）",
                        "SELECT t.id, t.name AS title, CAST(:to AS date) AS day, t.name AS unit, "
                                + "'/enforcement/records?township=' || t.id AS link", " ORDER BY t.sort_order, t.id");
            }
            case PUBLICITY_TIMELY -> new Sql(records + " AND r.published_on <= r.publicity_due",
                    records + " AND (" + PUBLICITY_DUE + ")", "执法决定", recordSelect, " ORDER BY r.decision_date DESC, r.id DESC");
            case LEGAL_REVIEW -> new Sql(records + " AND r.review_required AND r.review_done", records + " AND r.review_required",
                    "执法决定", recordSelect, " ORDER BY r.decision_date DESC, r.id DESC");
            default -> throw new IllegalArgumentException("not an enforcement indicator: " + code);
        };
    }

    private Map<String, Object> params(IndicatorScope scope, ReportingPeriod period) {
        Map<String, Object> p = new LinkedHashMap<>(scope.filter().params());
        p.put("today", LocalDate.now(clock));
        p.put("from", period.from());
        p.put("to", period.to());
        p.put("toNext", period.toExclusive());
        return p;
    }

    @Override
    public IndicatorCount count(String code, IndicatorScope scope, ReportingPeriod period) {
        Sql sql = sql(code, scope);
        Map<String, Object> p = params(scope, period);
        long numerator = jdbc.sql("SELECT count(*)" + sql.numerator()).params(p).query(Long.class).single();
        long denominator = jdbc.sql("SELECT count(*)" + sql.denominator()).params(p).query(Long.class).single();
        return new IndicatorCount(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    @Override
    public List<IndicatorRecord> records(String code, IndicatorScope scope, ReportingPeriod period,
                                         IndicatorRecord.Part part, int limit) {
        Sql sql = sql(code, scope);
        Map<String, Object> p = params(scope, period);
        p.put("limit", Math.max(1, Math.min(limit, 1000)));
        String from = part == IndicatorRecord.Part.NUMERATOR ? sql.numerator() : sql.denominator();
        return jdbc.sql(sql.select() + from + sql.order() + " LIMIT :limit").params(p)
                .query((rs, n) -> new IndicatorRecord(sql.kind(), rs.getString("id"), rs.getString("title"),
                        rs.getObject("day", LocalDate.class), rs.getString("unit"), rs.getString("link"), part))
                .list();
    }
}
