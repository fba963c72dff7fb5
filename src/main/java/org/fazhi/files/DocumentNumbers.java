package org.fazhi.files;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.DocumentNumber;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Document numbers (文号/案号编发): one gapless series per county, 代字 and year, e.g. 示政复〔2026〕1号, 2号, 3号 ….
 *
 * <p>A number is taken by incrementing the series' counter row with {@code INSERT … ON CONFLICT … DO UPDATE …
 * RETURNING} inside the caller's transaction. The row stays locked until that transaction ends, so concurrent callers
 * queue for it and never get the same serial; if the caller rolls back (the document was not made after all), the
 * increment rolls back with it and the next caller gets the same serial again: no duplicates and no gaps, as a
 * registry of 发文 must be. Issued numbers are recorded in {@code files_doc_number}, whose unique key
 * (county, 代字, year, serial) is the last line of defence.
 *
 * <p>Types that share a 代字 share its series, because a 代字 and year identify the number a reader sees.
 *
 * @see 《党政机关公文格式》（GB/T 9704-2012）7.2.4 发文字号
 */
@Service
public class DocumentNumbers {

    private final JdbcClient jdbc;
    private final DocumentTypes types;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentNumbers(JdbcClient jdbc, DocumentTypes types, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.types = types;
        this.events = events;
        this.clock = clock;
    }

    /** A number as recorded in the registry (文号登记). */
    public record IssuedNumber(long id, String countyCode, long unitId, String docType, DocumentNumber number,
                               String issuedBy, Instant issuedAt) {
    }

    /** One line of the registry summary: how far a series has come. */
    public record Series(long unitId, String docType, String prefix, int year, long issued, int lastSerial,
                         Instant lastIssuedAt) {
    }

    /**
     * Takes the next number of a unit's series for a document type and year. Joins the caller's transaction (or runs
     * in its own when there is none): the number is final only when that transaction commits.
     *
     * @throws org.fazhi.shared.BusinessException (invalid) when the type is unknown or the unit has no 代字
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public IssuedNumber next(String countyCode, long unitId, String docType, int year) {
        String prefix = types.prefix(countyCode, unitId, docType);
        // Validates prefix and year before the counter moves.
        new DocumentNumber(prefix, year, 1);
        Timestamp now = Timestamp.from(clock.instant());
        int serial = jdbc.sql("""
                        INSERT INTO files_doc_counter (county_code, prefix, year, last_serial, updated_at)
                        VALUES (:county, :prefix, :year, 1, :now)
                        ON CONFLICT (county_code, prefix, year)
                        DO UPDATE SET last_serial = files_doc_counter.last_serial + 1, updated_at = EXCLUDED.updated_at
                        RETURNING last_serial""")
                .param("county", countyCode).param("prefix", prefix).param("year", year).param("now", now)
                .query(Integer.class).single();
        DocumentNumber number = new DocumentNumber(prefix, year, serial);
        String actor = CurrentUser.find().map(CurrentUser::username).orElse("system");
        long id = jdbc.sql("""
                        INSERT INTO files_doc_number (county_code, unit_id, doc_type, prefix, year, serial, number_text,
                            issued_by, issued_at)
                        VALUES (:county, :unit, :type, :prefix, :year, :serial, :text, :by, :now) RETURNING id""")
                .param("county", countyCode).param("unit", unitId).param("type", docType).param("prefix", prefix)
                .param("year", year).param("serial", serial).param("text", number.render()).param("by", actor)
                .param("now", now).query(Long.class).single();
        events.publishEvent(new DocumentNumberIssued(countyCode, actor, id, unitId, docType, number.render()));
        return new IssuedNumber(id, countyCode, unitId, docType, number, actor, now.toInstant());
    }

    /** Issued numbers in scope, newest first, optionally of one year, unit or type. */
    public Page<IssuedNumber> registry(ScopeFilter scope, Integer year, Long unitId, String docType, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = where(scope, year, unitId, docType, params);
        long total = jdbc.sql("SELECT count(*) FROM files_doc_number n" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<IssuedNumber> items = jdbc.sql("""
                        SELECT n.id, n.county_code, n.unit_id, n.doc_type, n.prefix, n.year, n.serial, n.issued_by, n.issued_at
                        FROM files_doc_number n""" + where + " ORDER BY n.issued_at DESC, n.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(DocumentNumbers::issued).list();
        return Page.of(items, total, page);
    }

    /** Issued numbers in scope for an export, in registry order (代字, year, serial), at most {@code limit}. */
    public List<IssuedNumber> export(ScopeFilter scope, Integer year, int limit) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = where(scope, year, null, null, params);
        params.put("limit", limit);
        return jdbc.sql("""
                        SELECT n.id, n.county_code, n.unit_id, n.doc_type, n.prefix, n.year, n.serial, n.issued_by, n.issued_at
                        FROM files_doc_number n""" + where + " ORDER BY n.prefix, n.year, n.serial LIMIT :limit")
                .params(params).query(DocumentNumbers::issued).list();
    }

    /** Every series in scope with its count and last serial; equal figures show the series has no gaps. */
    public List<Series> series(ScopeFilter scope, Integer year) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = where(scope, year, null, null, params);
        return jdbc.sql("SELECT n.unit_id, n.doc_type, n.prefix, n.year, count(*) AS issued, max(n.serial) AS last_serial,"
                        + " max(n.issued_at) AS last_issued_at FROM files_doc_number n" + where
                        + " GROUP BY n.unit_id, n.doc_type, n.prefix, n.year ORDER BY n.year DESC, n.prefix, n.doc_type LIMIT 500")
                .params(params)
                .query((rs, n) -> new Series(rs.getLong("unit_id"), rs.getString("doc_type"), rs.getString("prefix"),
                        rs.getInt("year"), rs.getLong("issued"), rs.getInt("last_serial"),
                        rs.getTimestamp("last_issued_at").toInstant()))
                .list();
    }

    private static String where(ScopeFilter scope, Integer year, Long unitId, String docType, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.on("n.county_code", "n.unit_id"));
        if (year != null) {
            where.append(" AND n.year = :year");
            params.put("year", year);
        }
        if (unitId != null) {
            where.append(" AND n.unit_id = :unit");
            params.put("unit", unitId);
        }
        if (docType != null && !docType.isBlank()) {
            where.append(" AND n.doc_type = :type");
            params.put("type", docType);
        }
        return where.toString();
    }

    private static IssuedNumber issued(ResultSet rs, int n) throws SQLException {
        return new IssuedNumber(rs.getLong("id"), rs.getString("county_code"), rs.getLong("unit_id"),
                rs.getString("doc_type"), new DocumentNumber(rs.getString("prefix"), rs.getInt("year"), rs.getInt("serial")),
                rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant());
    }
}
