package org.fazhi.reconsideration;

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
 * The indicators of reconsideration and litigation (行政复议与行政应诉指标), counted in SQL within the scope and listing
 * the records behind every figure. Each indicator is a table, a numerator predicate and, for a rate, a denominator
 * predicate over the same rows, so that the figure and its records can never disagree.
 */
@Component
class ReconIndicators implements IndicatorSource {

    private static final String CASES = "recon_case t JOIN org_unit u ON u.id = t.unit_id";
    private static final String LAWSUITS = "recon_litigation t JOIN org_unit u ON u.id = t.unit_id";
    private static final String SUGGESTIONS = "recon_suggestion t JOIN org_unit u ON u.id = t.unit_id";

    private static final String CONCLUDED = "t.decision_type IS NOT NULL AND t.decided_on BETWEEN :from AND :to";
    private static final String CORRECTIVE = "t.decision_type IN ('VARY','REVOKE','CONFIRM_ILLEGAL','ORDER_PERFORM','CONFIRM_VOID')";
    private static final String MEDIATED = "t.decision_type IN ('MEDIATION','TERMINATION_SETTLED')";
    private static final String NOT_FOLLOWED = "NOT EXISTS (SELECT 1 FROM recon_litigation l WHERE l.county_code = t.county_code "
            + "AND l.recon_case_id = t.id) AND NOT EXISTS (SELECT 1 FROM recon_case n WHERE n.county_code = t.county_code "
            + "AND n.id <> t.id AND n.applicant_summary = t.applicant_summary AND n.act_title = t.act_title "
            + "AND n.received_on > t.decided_on)";
    private static final String HEARD = "t.hearing_on BETWEEN :from AND :to";
    private static final String APPEARED = "t.head_appeared IN ('PRINCIPAL','DEPUTY')";

    /** One indicator: its definition and how it is counted. */
    record Spec(IndicatorDefinition definition, String from, String kind, String dateColumn, String titleSql,
                String linkPrefix, String numerator, @Nullable String denominator) {
    }

    private static final String CASE_TITLE = "t.number || ' ' || t.applicant_summary || '诉' || u.name || '（' || t.act_title || '）'";
    private static final String LAWSUIT_TITLE = "t.court_case_number || ' ' || t.plaintiff || '诉' || u.name";
    private static final String SUGGESTION_TITLE = "t.number_text || ' ' || t.issuer";

    static final List<Spec> SPECS = List.of(
            cases(IndicatorDefinition.count("RECON_APPLICATIONS", "收到行政复议申请", IndicatorFamily.RECONSIDERATION, "件",
                    "统计期内收到的行政复议申请（以收到申请之日计）", "《中华人民共和国行政复议法》第二十二条"),
                    "received_on", "t.received_on BETWEEN :from AND :to", null),
            cases(IndicatorDefinition.count("RECON_ACCEPTED", "受理行政复议案件", IndicatorFamily.RECONSIDERATION, "件",
                    "统计期内受理（含视为受理）的案件（以受理之日计）", "《中华人民共和国行政复议法》第三十条"),
                    "accepted_on", "t.accepted_on BETWEEN :from AND :to", null),
            cases(IndicatorDefinition.count("RECON_NOT_ACCEPTED", "不予受理", IndicatorFamily.RECONSIDERATION, "件",
                    "统计期内决定不予受理的申请", "《中华人民共和国行政复议法》第三十条第二款"),
                    "closed_on", "t.status = 'NOT_ACCEPTED' AND t.closed_on BETWEEN :from AND :to", null),
            cases(IndicatorDefinition.count("RECON_REFERRED", "告知或转送", IndicatorFamily.RECONSIDERATION, "件",
                    "统计期内告知申请人向有权机关申请或者转送的申请", "《中华人民共和国行政复议法》第三十条第二款"),
                    "closed_on", "t.status = 'REFERRED' AND t.closed_on BETWEEN :from AND :to", null),
            cases(IndicatorDefinition.count("RECON_PRE_ACCEPTANCE_RESOLVED", "受理前化解", IndicatorFamily.RECONSIDERATION, "件",
                    "统计期内在受理前化解、申请人撤回的申请", null),
                    "closed_on", "t.status = 'RESOLVED_BEFORE_ACCEPTANCE' AND t.closed_on BETWEEN :from AND :to", null),
            cases(IndicatorDefinition.count("RECON_DECIDED", "审结", IndicatorFamily.RECONSIDERATION, "件",
                    "统计期内作出行政复议决定、制作调解书或者终止的已受理案件（以决定之日计）", "《中华人民共和国行政复议法》第六十二条"),
                    "decided_on", CONCLUDED, null),
            cases(IndicatorDefinition.count("RECON_CORRECTED", "纠错（变更、撤销、确认违法、责令履行、确认无效）",
                            IndicatorFamily.RECONSIDERATION, "件", "统计期内审结案件中作出纠错决定的", "《中华人民共和国行政复议法》第六十三条至第六十七条"),
                    "decided_on", CONCLUDED + " AND " + CORRECTIVE, null),
            cases(IndicatorDefinition.count("RECON_IN_REVIEW", "在办", IndicatorFamily.RECONSIDERATION, "件",
                    "统计期末已受理尚未审结的案件", null),
                    "accepted_on", "t.accepted_on <= :to AND (t.decided_on IS NULL OR t.decided_on > :to)", null),
            cases(IndicatorDefinition.count("RECON_SUSPENDED", "中止审理", IndicatorFamily.RECONSIDERATION, "件",
                    "统计期内中止审理的案件", "《中华人民共和国行政复议法》第三十九条"),
                    "accepted_on", "EXISTS (SELECT 1 FROM recon_stop s WHERE s.county_code = t.county_code AND s.case_id = t.id "
                            + "AND s.kind = 'SUSPENSION' AND s.from_on BETWEEN :from AND :to)", null),
            cases(IndicatorDefinition.rate("RECON_CORRECTION_RATE", "纠错率", IndicatorFamily.RECONSIDERATION,
                    "审结案件中作出变更、撤销、确认违法、责令履行、确认无效决定的件数", "统计期内审结案件数（含调解、终止）",
                    "以审结案件数为分母（全国行政复议统计通行口径）；不以受理数为分母", "《中华人民共和国行政复议法》第六十三条至第六十七条"),
                    "decided_on", CONCLUDED + " AND " + CORRECTIVE, CONCLUDED),
            cases(IndicatorDefinition.rate("RECON_MEDIATION_RATE", "调解和解率", IndicatorFamily.RECONSIDERATION,
                    "审结案件中以调解书结案或者和解后终止的件数", "统计期内审结案件数",
                    "调解书与和解后撤回终止合并计算", "《中华人民共和国行政复议法》第五条、第七十三条、第七十四条"),
                    "decided_on", CONCLUDED + " AND " + MEDIATED, CONCLUDED),
            cases(IndicatorDefinition.rate("RECON_RESOLUTION_RATE", "综合化解率", IndicatorFamily.RECONSIDERATION,
                    "审结案件中纠错、调解、和解以及申请人撤回申请终止的件数", "统计期内审结案件数",
                    "纠错、调解、和解、撤回申请终止均视为争议得到实质化解", null),
                    "decided_on", CONCLUDED + " AND (" + CORRECTIVE + " OR " + MEDIATED
                            + " OR t.decision_type = 'TERMINATION_WITHDRAWN')", CONCLUDED),
            cases(IndicatorDefinition.rate("RECON_SETTLED_RATE", "案结事了率", IndicatorFamily.RECONSIDERATION,
                    "审结案件中此后未提起行政诉讼、申请人也未就同一行政行为再次申请复议的件数", "统计期内审结案件数",
                    "以本平台登记的行政应诉案件（关联复议案号）和后续申请为准，统计时点为查询之时", null),
                    "decided_on", CONCLUDED + " AND " + NOT_FOLLOWED, CONCLUDED),
            cases(IndicatorDefinition.rate("RECON_ACCEPTANCE_RATE", "受案率", IndicatorFamily.RECONSIDERATION,
                    "统计期内收到的申请中已受理（含视为受理）的件数", "统计期内收到的申请件数",
                    "分子分母均按收到申请之日归入统计期", "《中华人民共和国行政复议法》第三十条"),
                    "received_on", "t.received_on BETWEEN :from AND :to AND t.accepted_on IS NOT NULL",
                    "t.received_on BETWEEN :from AND :to"),
            lawsuits(IndicatorDefinition.count("LIT_CASES", "行政应诉案件", IndicatorFamily.LITIGATION, "件",
                    "统计期内收到起诉状副本的行政诉讼案件（一审、二审、再审）", "《中华人民共和国行政诉讼法》第六十七条"),
                    "complaint_served_on", "t.complaint_served_on BETWEEN :from AND :to", null),
            lawsuits(IndicatorDefinition.rate("LITIGATION_HEAD_APPEARANCE_RATE", "负责人出庭应诉率", IndicatorFamily.LITIGATION,
                    "开庭审理的案件中行政机关正职或副职负责人出庭的件数", "统计期内开庭审理的案件数",
                    "以开庭审理的案件为分母（书面审理、撤诉未开庭的不计）", "《中华人民共和国行政诉讼法》第三条第三款"),
                    "hearing_on", HEARD + " AND " + APPEARED, HEARD),
            lawsuits(IndicatorDefinition.rate("LIT_SPEAKING_RATE", "出庭发声率", IndicatorFamily.LITIGATION,
                    "负责人出庭的案件中负责人在庭审中发表意见的件数", "统计期内负责人出庭的案件数",
                    "以负责人出庭的案件为分母", "《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》"),
                    "hearing_on", HEARD + " AND " + APPEARED + " AND t.head_spoke", HEARD + " AND " + APPEARED),
            lawsuits(IndicatorDefinition.rate("LIT_LOSS_RATE", "败诉率", IndicatorFamily.LITIGATION,
                    "统计期内审结的案件中被判决撤销、确认违法、责令履行、变更、确认无效或者赔偿的件数", "统计期内审结的案件数（含撤诉、调解）",
                    "以审结案件为分母，撤诉和调解计入分母", null),
                    "outcome_on", "t.outcome_on BETWEEN :from AND :to AND t.outcome LIKE 'LOST\\_%'",
                    "t.outcome_on BETWEEN :from AND :to AND t.outcome IS NOT NULL"),
            new Spec(IndicatorDefinition.rate("LIT_SUGGESTION_ONTIME_RATE", "司法建议、检察建议按期办复率",
                    IndicatorFamily.LITIGATION, "办复期限在统计期内的建议中按期办复的件数", "办复期限在统计期内的建议件数",
                    "按建议书载明的办复期限归入统计期；未办复的计入分母", null),
                    SUGGESTIONS, "司法建议、检察建议", "reply_due", SUGGESTION_TITLE, "/reconsideration/litigation",
                    "t.reply_due BETWEEN :from AND :to AND t.replied_on IS NOT NULL AND t.replied_on <= t.reply_due",
                    "t.reply_due BETWEEN :from AND :to"));

    private static Spec cases(IndicatorDefinition d, String dateColumn, String numerator, @Nullable String denominator) {
        return new Spec(d, CASES, "行政复议案件", dateColumn, CASE_TITLE, "/reconsideration/cases/", numerator, denominator);
    }

    private static Spec lawsuits(IndicatorDefinition d, String dateColumn, String numerator, @Nullable String denominator) {
        return new Spec(d, LAWSUITS, "行政应诉案件", dateColumn, LAWSUIT_TITLE, "/reconsideration/litigation/", numerator,
                denominator);
    }

    private final JdbcClient jdbc;

    ReconIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return SPECS.stream().map(Spec::definition).toList();
    }

    static Spec spec(String code) {
        return SPECS.stream().filter(s -> s.definition().code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a reconsideration indicator: " + code));
    }

    private static Map<String, Object> params(IndicatorScope scope, ReportingPeriod period) {
        Map<String, Object> params = new LinkedHashMap<>(scope.filter().params());
        params.put("from", period.from());
        params.put("to", period.to());
        return params;
    }

    @Override
    public IndicatorCount count(String code, IndicatorScope scope, ReportingPeriod period) {
        Spec s = spec(code);
        String where = " WHERE " + scope.filter().on("t.county_code", "t.unit_id");
        if (s.denominator() == null) {
            long n = jdbc.sql("SELECT count(*) FROM " + s.from() + where + " AND (" + s.numerator() + ")")
                    .params(params(scope, period)).query(Long.class).single();
            return IndicatorCount.of(n);
        }
        // The numerator is always a subset of the denominator: each numerator predicate includes the denominator's.
        return jdbc.sql("SELECT count(*) FILTER (WHERE " + s.numerator() + ") AS num, count(*) AS den FROM " + s.from()
                        + where + " AND (" + s.denominator() + ")")
                .params(params(scope, period))
                .query((rs, i) -> IndicatorCount.rate(rs.getLong("num"), rs.getLong("den"))).single();
    }

    @Override
    public List<IndicatorRecord> records(String code, IndicatorScope scope, ReportingPeriod period,
                                         IndicatorRecord.Part part, int limit) {
        Spec s = spec(code);
        String predicate = part == IndicatorRecord.Part.NUMERATOR || s.denominator() == null ? s.numerator() : s.denominator();
        Map<String, Object> params = params(scope, period);
        params.put("limit", Math.max(1, Math.min(limit, 1000)));
        return jdbc.sql("SELECT t.id, " + s.titleSql() + " AS title, t." + s.dateColumn() + " AS d, u.name AS unit FROM "
                        + s.from() + " WHERE " + scope.filter().on("t.county_code", "t.unit_id") + " AND (" + predicate
                        + ") ORDER BY t." + s.dateColumn() + " DESC NULLS LAST, t.id DESC LIMIT :limit")
                .params(params)
                .query((rs, i) -> new IndicatorRecord(s.kind(), Long.toString(rs.getLong("id")), rs.getString("title"),
                        rs.getObject("d", LocalDate.class), rs.getString("unit"),
                        s.linkPrefix().endsWith("/") ? s.linkPrefix() + rs.getLong("id") : s.linkPrefix(), part))
                .list();
    }
}
