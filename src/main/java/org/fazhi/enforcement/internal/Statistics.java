package org.fazhi.enforcement.internal;

import org.fazhi.org.ScopeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The annual enforcement statistics (年度行政执法统计): decisions by kind, body, power and township; fines and
 * confiscations; publicity on time, late and outstanding. Every figure is one SQL aggregate over the reader's scope,
 * served by the tenant-first index on {@code (county_code, decision_date, kind)}.
 */
@Component
public class Statistics {

    private final JdbcClient jdbc;

    Statistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Line(String key, String label, long count, BigDecimal fines, BigDecimal confiscations) {
    }

    public record Totals(long records, BigDecimal fines, BigDecimal confiscations, long published, long onTime,
                         long late, long pending, long overdue, long reviewRequired, long reviewDone) {
    }

    public record Report(LocalDate from, LocalDate to, Totals totals, List<Line> byKind, List<Line> byBody,
                         List<Line> byPower, List<Line> byTownship) {
    }

    public Report report(ScopeFilter scope, LocalDate from, LocalDate to, LocalDate today) {
        Map<String, Object> p = params(scope, from, to);
        p.put("today", today);
        String where = " FROM enf_record r WHERE " + scope.on("r.county_code", "r.unit_id")
                + " AND r.decision_date BETWEEN :from AND :to";
        Totals totals = jdbc.sql("SELECT count(*), COALESCE(sum(r.fine_amount), 0), COALESCE(sum(r.confiscation_amount), 0), "
                        + "count(r.published_on), count(*) FILTER (WHERE r.published_on <= r.publicity_due), "
                        + "count(*) FILTER (WHERE r.published_on > r.publicity_due), "
                        + "count(*) FILTER (WHERE r.published_on IS NULL AND r.status = 'EFFECTIVE'), "
                        + "count(*) FILTER (WHERE r.published_on IS NULL AND r.status = 'EFFECTIVE' AND r.publicity_due < :today), "
                        + "count(*) FILTER (WHERE r.review_required), count(*) FILTER (WHERE r.review_required AND r.review_done)"
                        + where)
                .params(p)
                .query((rs, n) -> new Totals(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)))
                .single();
        List<Line> byKind = jdbc.sql("SELECT r.kind, count(*), sum(r.fine_amount), sum(r.confiscation_amount)" + where
                        + " GROUP BY r.kind ORDER BY r.kind")
                .params(p).query((rs, n) -> new Line(rs.getString(1), RecordKind.valueOf(rs.getString(1)).label(),
                        rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4))).list();
        List<Line> byBody = jdbc.sql("SELECT b.id, b.name, x.n, x.f, x.c FROM (SELECT r.body_id, count(*) AS n, "
                        + "sum(r.fine_amount) AS f, sum(r.confiscation_amount) AS c" + where + " GROUP BY r.body_id) x "
                        + "JOIN enf_body b ON b.id = x.body_id ORDER BY x.n DESC, b.name LIMIT 200")
                .params(p).query((rs, n) -> new Line(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5))).list();
        List<Line> byPower = jdbc.sql("SELECT pw.code, pw.name, x.n, x.f, x.c FROM (SELECT r.power_id, count(*) AS n, "
                        + "sum(r.fine_amount) AS f, sum(r.confiscation_amount) AS c" + where + " GROUP BY r.power_id) x "
                        + "JOIN enf_power pw ON pw.id = x.power_id ORDER BY x.n DESC, pw.code LIMIT 50")
                .params(p).query((rs, n) -> new Line(rs.getString(1), rs.getString(1) + " " + rs.getString(2),
                        rs.getLong(3), rs.getBigDecimal(4), rs.getBigDecimal(5))).list();
        List<Line> byTownship = jdbc.sql("SELECT u.id, u.name, x.n, x.f, x.c FROM (SELECT r.township_unit_id, count(*) AS n, "
                        + "sum(r.fine_amount) AS f, sum(r.confiscation_amount) AS c" + where
                        + " AND r.township_unit_id IS NOT NULL GROUP BY r.township_unit_id) x "
                        + "JOIN org_unit u ON u.id = x.township_unit_id ORDER BY x.n DESC, u.name LIMIT 200")
                .params(p).query((rs, n) -> new Line(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5))).list();
        return new Report(from, to, totals, byKind, byBody, byPower, byTownship);
    }

    static Map<String, Object> params(ScopeFilter scope, LocalDate from, LocalDate to) {
        Map<String, Object> p = new LinkedHashMap<>(scope.params());
        p.put("from", from);
        p.put("to", to);
        return p;
    }
}
