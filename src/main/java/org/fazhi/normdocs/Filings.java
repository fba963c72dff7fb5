package org.fazhi.normdocs;

import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filing ledger (备案台账): every filing of the documents in the user's scope, with its deadline, state and
 * timeliness, filtered as the page and its export ask. Filing itself (报送、退回补正、准予备案) is in {@link Lifecycle}.
 */
@Component
class Filings {

    private final JdbcClient jdbc;

    Filings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters; {@code late} keeps filings not made by their due day (still missing, or first made after it). */
    record Filter(@Nullable FilingTarget target, @Nullable FilingStatus status, boolean late, @Nullable Integer year) {
    }

    /** One filing with its document. */
    public record Row(Filing filing, long documentId, String title, @Nullable String docNumber, String unitName,
                      @Nullable LocalDate publishedOn) {

        /** 红黄绿: red when not filed and past due, yellow within three days of the due day, green otherwise. */
        public String light(LocalDate today) {
            if (filing.firstSubmittedOn() != null) {
                return "";
            }
            return filing.dueOn().isBefore(today) ? "red" : filing.dueOn().minusDays(3).isAfter(today) ? "green" : "yellow";
        }

        /** 及时 / 逾期 / 未报备（逾期）/ 未报备. */
        public String timeliness(LocalDate today) {
            if (filing.firstSubmittedOn() != null) {
                return filing.timely() ? "及时" : "逾期报备";
            }
            return filing.dueOn().isBefore(today) ? "逾期未报备" : "未报备";
        }
    }

    private static final String FROM = " FROM nd_filing f JOIN nd_document d ON d.id = f.document_id JOIN org_unit u ON u.id = d.unit_id";

    Page<Row> list(ScopeFilter scope, Filter filter, LocalDate today, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = where(scope, filter, today, params);
        long total = jdbc.sql("SELECT count(*)" + FROM + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        return Page.of(rows(where, params, " LIMIT :limit OFFSET :offset"), total, page);
    }

    List<Row> export(ScopeFilter scope, Filter filter, LocalDate today, int limit) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = where(scope, filter, today, params);
        params.put("limit", limit);
        return rows(where, params, " LIMIT :limit");
    }

    private List<Row> rows(String where, Map<String, Object> params, String limit) {
        return jdbc.sql("SELECT f.*, d.title AS doc_title, d.doc_number AS doc_no, u.name AS unit_name, d.published_on AS doc_published"
                        + FROM + where + " ORDER BY f.due_on DESC, f.id DESC" + limit)
                .params(params)
                .query((rs, n) -> new Row(NormdocStore.filing(rs, n), rs.getLong("document_id"), rs.getString("doc_title"),
                        rs.getString("doc_no"), rs.getString("unit_name"), rs.getObject("doc_published", LocalDate.class)))
                .list();
    }

    private static String where(ScopeFilter scope, Filter filter, LocalDate today, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.on("f.county_code", "f.unit_id"));
        if (filter.target() != null) {
            where.append(" AND f.target = :target");
            params.put("target", filter.target().name());
        }
        if (filter.status() != null) {
            where.append(" AND f.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.late()) {
            where.append(" AND ((f.first_submitted_on IS NULL AND f.due_on < :today) OR f.first_submitted_on > f.due_on)");
            params.put("today", today);
        }
        if (filter.year() != null) {
            where.append(" AND d.published_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(filter.year(), 1, 1));
            params.put("to", LocalDate.of(filter.year(), 12, 31));
        }
        return where.toString();
    }
}
