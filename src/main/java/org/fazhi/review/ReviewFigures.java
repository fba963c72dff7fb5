package org.fazhi.review;

import org.fazhi.org.ScopeFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures of the legality-review chapter (合法性审查统计), counted in SQL within a scope (the submitting unit's) and a
 * period: requests received by kind, opinions issued, adoption. The indicator source that reports them lives with the
 * case modules (review is a kernel module and does not depend on {@code indicators}).
 */
@Service
public class ReviewFigures {

    private final JdbcClient jdbc;

    ReviewFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One record behind a figure. */
    public record Row(long requestId, String title, String unitName, LocalDate date, String detail) {
    }

    /** 审查件数: requests received in the period (withdrawn ones excluded), by kind. */
    public Map<ReviewKind, Long> requestsByKind(ScopeFilter scope, LocalDate from, LocalDate to) {
        Map<ReviewKind, Long> counts = new LinkedHashMap<>();
        for (ReviewKind k : ReviewKind.values()) {
            counts.put(k, 0L);
        }
        Map<String, Object> params = params(scope, from, to);
        jdbc.sql("SELECT r.kind, count(*) FROM rv_request r WHERE " + scope.on("r.county_code", "r.unit_id")
                        + " AND r.received_on BETWEEN :from AND :to AND r.status <> 'WITHDRAWN' GROUP BY r.kind")
                .params(params).query((rs, n) -> counts.put(ReviewKind.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    /** 意见条数: opinions of requests concluded in the period. */
    public long opinions(ScopeFilter scope, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT count(*) FROM rv_opinion o JOIN rv_request r ON r.id = o.request_id WHERE "
                        + scope.on("r.county_code", "r.unit_id") + " AND r.concluded_on BETWEEN :from AND :to")
                .params(params(scope, from, to)).query(Long.class).single();
    }

    /**
     * Answered opinions of requests concluded in the period: [采纳, 部分采纳, 不采纳]. The adoption rate counts 采纳 and
     * 部分采纳 over all answered opinions.
     */
    public long[] responses(ScopeFilter scope, LocalDate from, LocalDate to) {
        long[] out = new long[3];
        jdbc.sql("SELECT o.response, count(*) FROM rv_opinion o JOIN rv_request r ON r.id = o.request_id WHERE "
                        + scope.on("r.county_code", "r.unit_id")
                        + " AND r.concluded_on BETWEEN :from AND :to AND o.response IS NOT NULL GROUP BY o.response")
                .params(params(scope, from, to))
                .query((rs, n) -> out[ReviewOpinion.Response.valueOf(rs.getString(1)).ordinal()] = rs.getLong(2)).list();
        return out;
    }

    /** Requests received in the period (the records behind 审查件数). */
    public List<Row> requestRows(ScopeFilter scope, LocalDate from, LocalDate to, @Nullable ReviewKind kind, int limit) {
        Map<String, Object> params = params(scope, from, to);
        params.put("limit", Math.min(limit, 1000));
        params.put("kind", kind == null ? null : kind.name());
        return jdbc.sql("SELECT r.id, r.title, u.name, r.received_on, r.kind FROM rv_request r JOIN org_unit u ON u.id = r.unit_id WHERE "
                        + scope.on("r.county_code", "r.unit_id")
                        + " AND r.received_on BETWEEN :from AND :to AND r.status <> 'WITHDRAWN'"
                        + (kind == null ? "" : " AND r.kind = :kind") + " ORDER BY r.received_on DESC, r.id DESC LIMIT :limit")
                .params(params).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), ReviewKind.valueOf(rs.getString(5)).label())).list();
    }

    /** Opinions of requests concluded in the period; {@code adoptedOnly} keeps the 采纳/部分采纳 ones. */
    public List<Row> opinionRows(ScopeFilter scope, LocalDate from, LocalDate to, boolean answeredOnly,
                                 boolean adoptedOnly, int limit) {
        Map<String, Object> params = params(scope, from, to);
        params.put("limit", Math.min(limit, 1000));
        String extra = adoptedOnly ? " AND o.response IN ('ADOPTED', 'PARTLY_ADOPTED')"
                : answeredOnly ? " AND o.response IS NOT NULL" : "";
        return jdbc.sql("SELECT r.id, r.title, u.name, r.concluded_on, o.seq, o.response FROM rv_opinion o "
                        + "JOIN rv_request r ON r.id = o.request_id JOIN org_unit u ON u.id = r.unit_id WHERE "
                        + scope.on("r.county_code", "r.unit_id") + " AND r.concluded_on BETWEEN :from AND :to" + extra
                        + " ORDER BY r.concluded_on DESC, r.id DESC, o.seq LIMIT :limit")
                .params(params).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), "第" + rs.getInt(5) + "条意见"
                        + (rs.getString(6) == null ? "" : "：" + ReviewOpinion.Response.valueOf(rs.getString(6)).label())))
                .list();
    }

    private static Map<String, Object> params(ScopeFilter scope, LocalDate from, LocalDate to) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("from", from);
        params.put("to", to);
        return params;
    }
}
