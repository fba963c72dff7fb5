package org.fazhi.enforcement.internal;

import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public search of published enforcement decisions (执法决定公示查询): only decisions on display (published, not
 * taken down), natural persons' identity numbers and addresses masked and phone numbers never returned. The query
 * {@code q} matches a party name by prefix, a credit code or a decision number exactly; each has its own partial
 * index (county first), so that a search stays a few index probes at tens of millions of rows.
 */
@Component
public class PortalPublicity {

    /**
     * Counting beyond this is of no use to a reader and costs an index walk per match (a common name prefix matches
     * most of a county): the count stops here and the page says "more than 200, narrow the search"; paging stops here
     * too.
     */
    static final int COUNT_CAP = 200;
    static final int MAX_SIZE = 50;

    private final JdbcClient jdbc;

    PortalPublicity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A published decision as the public sees it. */
    public record PublicDecision(long id, String kind, String kindLabel, String decisionNo, LocalDate decisionDate,
                                 String bodyName, String partyType, String partyName, @Nullable String partyCreditCode,
                                 @Nullable String partyIdNumber, @Nullable String partyAddress, String legalBasis,
                                 String result, BigDecimal fineAmount, BigDecimal confiscationAmount,
                                 LocalDate publishedOn) {
    }

    /** A decision taken down, with the reason published (行政处罚法第四十八条第二款). */
    public record Withdrawn(String decisionNo, String bodyName, LocalDate withdrawnOn, String reason) {
    }

    public record Search(@Nullable String q, @Nullable Long body, @Nullable LocalDate from, @Nullable LocalDate to,
                         @Nullable String kind) {
    }

    /**
     * One page of a search and whether more decisions match than were counted ({@code total} stops at
     * {@link #COUNT_CAP}).
     */
    public record Found(Page<PublicDecision> page, boolean more) {
    }

    /**
     * Searches published decisions: the number of matches up to {@link #COUNT_CAP} + 1 (a bounded index walk, however
     * common the name prefix), then the page, skipped when nothing matches. Two short statements: folding the count into
     * the page query as a sub-select measured twice as slow under load (its generic plan is costlier).
     */
    public Found search(String county, Search s, int page, int size) {
        if (county == null || !county.matches("\\d{6}")) {
            throw BusinessException.invalid("县级行政区划代码应为6位数字");
        }
        PageQuery pq = new PageQuery(page, Math.min(size, MAX_SIZE));
        if (pq.offset() >= COUNT_CAP) {
            throw BusinessException.invalid("只能查看前" + COUNT_CAP + "条结果，请增加查询条件");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("c", county);
        String where = where(s, p, "r");
        long total = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM enf_record r" + where + " LIMIT " + (COUNT_CAP + 1)
                + ") x").params(p).query(Long.class).single();
        List<PublicDecision> rows = List.of();
        if (total > pq.offset()) {
            p.put("limit", pq.size());
            p.put("offset", pq.offset());
            rows = jdbc.sql("SELECT r.id, r.kind, r.decision_no, r.decision_date, r.party_type, r.party_name, "
                            + "r.party_credit_code, r.party_id_number, r.party_address, r.legal_basis, r.result, r.fine_amount, "
                            + "r.confiscation_amount, r.published_on, (SELECT b.name FROM enf_body b WHERE b.id = r.body_id) AS body_name "
                            + "FROM enf_record r" + where + " ORDER BY r.decision_date DESC, r.id DESC LIMIT :limit OFFSET :offset")
                    .params(p).query(PortalPublicity::map).list();
        }
        return new Found(Page.of(rows, Math.min(total, COUNT_CAP), pq), total > COUNT_CAP);
    }

    /** The conditions of a search on table alias {@code t} (the same parameters for every alias). */
    private static String where(Search s, Map<String, Object> p, String t) {
        StringBuilder where = new StringBuilder(" WHERE " + t + ".county_code = :c AND " + t + ".published_on IS NOT NULL "
                + "AND " + t + ".withdrawn_on IS NULL");
        if (s.q() != null && !s.q().isBlank()) {
            String q = s.q().trim();
            if (q.length() > 100) {
                throw BusinessException.invalid("查询内容不超过100字");
            }
            // The prefix is also given as a byte-wise range (~>=~ ~<~, the operators of varchar_pattern_ops): a LIKE
            // with a bind parameter cannot use the index once PostgreSQL switches to a generic plan, the range can.
            where.append(" AND ((T.party_name ~>=~ :q AND T.party_name ~<~ :qhi AND T.party_name LIKE :qp)"
                    .replace("T.", t + ".") + " OR " + t + ".party_credit_code = :qu OR " + t + ".decision_no = :q)");
            p.put("q", q);
            p.put("qhi", successor(q));
            p.put("qp", Masking.likePrefix(q));
            p.put("qu", q.toUpperCase(Locale.ROOT));
        }
        if (s.body() != null) {
            where.append(" AND ").append(t).append(".body_id = :body");
            p.put("body", s.body());
        }
        if (s.from() != null) {
            where.append(" AND ").append(t).append(".decision_date >= :from");
            p.put("from", s.from());
        }
        if (s.to() != null) {
            where.append(" AND ").append(t).append(".decision_date <= :to");
            p.put("to", s.to());
        }
        if (s.kind() != null && !s.kind().isBlank()) {
            where.append(" AND ").append(t).append(".kind = :kind");
            p.put("kind", RecordKind.parse(s.kind()).orElseThrow(() -> BusinessException.invalid("决定类别不正确")).name());
        }
        return where.toString();
    }

    /** The smallest string greater than every string starting with {@code q} (UTF-8 orders like code points). */
    static String successor(String q) {
        int last = q.codePointBefore(q.length());
        String head = q.substring(0, q.length() - Character.charCount(last));
        return last >= Character.MAX_CODE_POINT ? q + "\uFFFF" : head + new String(Character.toChars(last + 1));
    }

    public PublicDecision decision(String county, long id) {
        return jdbc.sql("SELECT r.id, r.kind, r.decision_no, r.decision_date, r.party_type, r.party_name, r.party_credit_code, "
                        + "r.party_id_number, r.party_address, r.legal_basis, r.result, r.fine_amount, r.confiscation_amount, "
                        + "r.published_on, (SELECT b.name FROM enf_body b WHERE b.id = r.body_id) AS body_name FROM enf_record r "
                        + "WHERE r.id = :id AND r.county_code = :c AND r.published_on IS NOT NULL AND r.withdrawn_on IS NULL")
                .param("id", id).param("c", county).query(PortalPublicity::map).optional()
                .orElseThrow(() -> BusinessException.notFound("该执法决定未公示或已撤下"));
    }

    /** Decisions taken down in the last year with the reason, newest first. */
    public List<Withdrawn> withdrawn(String county, LocalDate since) {
        return jdbc.sql("SELECT r.decision_no, b.name, r.withdrawn_on, r.withdrawal_reason FROM enf_record r "
                        + "JOIN enf_body b ON b.id = r.body_id WHERE r.county_code = :c AND r.withdrawn_on >= :since "
                        + "ORDER BY r.withdrawn_on DESC LIMIT 100")
                .param("c", county).param("since", since)
                .query((rs, n) -> new Withdrawn(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4))).list();
    }

    /** Bodies with published decisions, for the search form. */
    public List<Map<String, Object>> bodies(String county) {
        return jdbc.sql("SELECT id, name FROM enf_body WHERE county_code = :c AND status = 'ACTIVE' ORDER BY name LIMIT 500")
                .param("c", county).query().listOfRows();
    }

    private static PublicDecision map(ResultSet rs, int n) throws SQLException {
        RecordKind kind = RecordKind.valueOf(rs.getString("kind"));
        boolean person = "PERSON".equals(rs.getString("party_type"));
        return new PublicDecision(rs.getLong("id"), kind.name(), kind.label(), rs.getString("decision_no"),
                rs.getObject("decision_date", LocalDate.class), rs.getString("body_name"), rs.getString("party_type"),
                rs.getString("party_name"), rs.getString("party_credit_code"),
                Masking.idNumber(rs.getString("party_id_number")),
                person ? Masking.address(rs.getString("party_address")) : rs.getString("party_address"),
                rs.getString("legal_basis"), rs.getString("result"), rs.getBigDecimal("fine_amount"),
                rs.getBigDecimal("confiscation_amount"), rs.getObject("published_on", LocalDate.class));
    }
}
