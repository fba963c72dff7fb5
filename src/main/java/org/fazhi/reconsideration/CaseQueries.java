package org.fazhi.reconsideration;

import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The case list (案件列表) with its filters, paging and export, always inside the caller's scope. */
@Component
class CaseQueries {

    static final int EXPORT_LIMIT = 10_000;

    private final JdbcClient jdbc;

    CaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Filters of the list; blank values are ignored. {@code light} is red/yellow/green over the open clocks, with
     * {@code yellowUntil} the last day that still leaves at most three working days (computed on the legal calendar).
     */
    record Filter(@Nullable String keyword, @Nullable CaseStatus status, @Nullable Long unitId, @Nullable Integer year,
                  @Nullable String light, @Nullable LocalDate today, @Nullable LocalDate yellowUntil) {
    }

    /** A list row: the case, its respondent's name and its nearest open deadline. */
    public record Row(ReconCase c, String respondentName, @Nullable String nextKind, @Nullable LocalDate nextDue) {
        public String nextLabel() {
            return nextKind == null ? "" : ClockKind.labelOf(nextKind);
        }
    }

    Page<Row> list(ScopeFilter scope, Filter filter, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = where(scope, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM recon_case c" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Row> rows = jdbc.sql(select() + where + " ORDER BY c.received_on DESC, c.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(CaseQueries::row).list();
        return Page.of(rows, total, page);
    }

    List<Row> export(ScopeFilter scope, Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = where(scope, filter, params);
        params.put("limit", EXPORT_LIMIT);
        return jdbc.sql(select() + where + " ORDER BY c.received_on DESC, c.id DESC LIMIT :limit").params(params)
                .query(CaseQueries::row).list();
    }

    private static String select() {
        return "SELECT " + CaseStore.COLUMNS + ", u.name AS respondent_name, n.kind AS next_kind, n.due AS next_due "
                + "FROM recon_case c JOIN org_unit u ON u.id = c.unit_id "
                + "LEFT JOIN LATERAL (SELECT d.kind, d.due FROM recon_deadline d WHERE d.county_code = c.county_code "
                + "AND d.case_id = c.id AND d.status = 'OPEN' ORDER BY d.due LIMIT 1) n ON TRUE";
    }

    private static String where(ScopeFilter scope, Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.on("c.county_code", "c.unit_id"));
        if (filter.keyword() != null && !filter.keyword().isBlank()) {
            if (filter.keyword().length() > 100) {
                throw BusinessException.invalid("关键词不能超过 100 个字");
            }
            where.append(" AND (c.number ILIKE :kw ESCAPE '\\' OR c.applicant_summary ILIKE :kw ESCAPE '\\'"
                    + " OR c.act_title ILIKE :kw ESCAPE '\\')");
            params.put("kw", "%" + filter.keyword().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.status() != null) {
            where.append(" AND c.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.unitId() != null) {
            where.append(" AND c.unit_id = :unit");
            params.put("unit", filter.unitId());
        }
        if (filter.year() != null) {
            if (filter.year() < 2000 || filter.year() > 9999) {
                throw BusinessException.invalid("年度应为四位数字");
            }
            where.append(" AND c.received_on >= :from AND c.received_on < :to");
            params.put("from", LocalDate.of(filter.year(), 1, 1));
            params.put("to", LocalDate.of(filter.year() + 1, 1, 1));
        }
        if (filter.light() != null && !filter.light().isBlank() && filter.today() != null) {
            // red: an open clock is overdue; yellow: none overdue, one due by yellowUntil; green: open, neither.
            String soon = "(SELECT count(*) FROM recon_deadline d WHERE d.county_code = c.county_code AND d.case_id = c.id "
                    + "AND d.status = 'OPEN' AND d.due >= :today AND d.due <= :soon)";
            String late = "(SELECT count(*) FROM recon_deadline d WHERE d.county_code = c.county_code AND d.case_id = c.id "
                    + "AND d.status = 'OPEN' AND d.due < :today)";
            String open = "(SELECT count(*) FROM recon_deadline d WHERE d.county_code = c.county_code AND d.case_id = c.id "
                    + "AND d.status = 'OPEN')";
            switch (filter.light()) {
                case "red" -> where.append(" AND ").append(late).append(" > 0");
                case "yellow" -> where.append(" AND ").append(late).append(" = 0 AND ").append(soon).append(" > 0");
                case "green" -> where.append(" AND ").append(late).append(" = 0 AND ").append(soon).append(" = 0 AND ")
                        .append(open).append(" > 0");
                default -> throw BusinessException.invalid("期限灯只能是 red、yellow 或 green");
            }
            params.put("today", filter.today());
            params.put("soon", filter.yellowUntil() == null ? filter.today() : filter.yellowUntil());
        }
        return where.toString();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(CaseStore.map(rs, n), rs.getString("respondent_name"), rs.getString("next_kind"),
                rs.getObject("next_due", LocalDate.class));
    }
}
