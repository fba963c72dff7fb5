package org.fazhi.normdocs;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and small writes of the module's tables, always within the caller's data scope (数据访问). */
@Component
class NormdocStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    NormdocStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Filters of the staff list. */
    record Filter(@Nullable String keyword, @Nullable DocStatus status, @Nullable DocKind kind, @Nullable Integer year) {
    }

    Optional<NormDocument> find(long id, ScopeFilter scope) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("id", id);
        return jdbc.sql("SELECT " + NormDocument.COLUMNS + NormDocument.FROM + " WHERE d.id = :id AND "
                + scope.on("d.county_code", "d.unit_id")).params(params).query(NormDocument::map).optional();
    }

    NormDocument get(long id, ScopeFilter scope) {
        return find(id, scope).orElseThrow(() -> BusinessException.notFound("规范性文件不存在或不在您的数据范围内"));
    }

    /** The document in scope, locked for the change. */
    NormDocument lock(long id, CurrentUser user) {
        get(id, user.filter());
        jdbc.sql("SELECT id FROM nd_document WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).single();
        return get(id, user.filter());
    }

    /** Any document by id, for system listeners. */
    Optional<NormDocument> byId(long id) {
        return jdbc.sql("SELECT " + NormDocument.COLUMNS + NormDocument.FROM + " WHERE d.id = :id").param("id", id)
                .query(NormDocument::map).optional();
    }

    /** A published document of the county, for the public. */
    Optional<NormDocument> published(String countyCode, long id) {
        return jdbc.sql("SELECT " + NormDocument.COLUMNS + NormDocument.FROM
                        + " WHERE d.id = :id AND d.county_code = :c AND d.published_on IS NOT NULL")
                .param("id", id).param("c", countyCode).query(NormDocument::map).optional();
    }

    Page<NormDocument> list(ScopeFilter scope, Filter filter, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.on("d.county_code", "d.unit_id"));
        if (filter.keyword() != null && !filter.keyword().isBlank()) {
            where.append(" AND (d.title ILIKE :kw OR d.doc_number ILIKE :kw)");
            params.put("kw", "%" + filter.keyword().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.status() != null) {
            where.append(" AND d.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.kind() != null) {
            where.append(" AND d.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.year() != null) {
            where.append(" AND d.proposed_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(filter.year(), 1, 1));
            params.put("to", LocalDate.of(filter.year(), 12, 31));
        }
        long total = jdbc.sql("SELECT count(*) FROM nd_document d" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<NormDocument> items = jdbc.sql("SELECT " + NormDocument.COLUMNS + NormDocument.FROM + where
                        + " ORDER BY d.updated_at DESC, d.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(NormDocument::map).list();
        return Page.of(items, total, page);
    }

    /** Published documents of a county for the public library list, newest first. */
    Page<NormDocument> library(String countyCode, @Nullable String effect, PageQuery page) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("c", countyCode);
        params.put("today", today);
        StringBuilder where = new StringBuilder(" WHERE d.county_code = :c AND d.published_on IS NOT NULL");
        if ("valid".equals(effect)) {
            where.append(" AND d.status = 'PUBLISHED' AND d.effective_on <= :today");
        } else if ("invalid".equals(effect)) {
            where.append(" AND d.status <> 'PUBLISHED'");
        }
        long total = jdbc.sql("SELECT count(*) FROM nd_document d" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<NormDocument> items = jdbc.sql("SELECT " + NormDocument.COLUMNS + NormDocument.FROM + where
                        + " ORDER BY d.published_on DESC, d.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(NormDocument::map).list();
        return Page.of(items, total, page);
    }

    /** Documents open for public comment today in a county (征求意见中). */
    List<NormDocument> commenting(String countyCode) {
        return jdbc.sql("SELECT " + NormDocument.COLUMNS + NormDocument.FROM
                        + " WHERE d.county_code = :c AND d.status = 'COMMENTING' AND d.comment_from <= :today AND d.comment_until >= :today"
                        + " ORDER BY d.comment_until, d.id LIMIT 200")
                .param("c", countyCode).param("today", LocalDate.now(clock)).query(NormDocument::map).list();
    }

    List<Version> versions(long documentId) {
        return jdbc.sql("SELECT seq, body_text, note, created_at, created_by FROM nd_version WHERE document_id = :d ORDER BY seq")
                .param("d", documentId)
                .query((rs, n) -> new Version(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5))).list();
    }

    Optional<Version> version(long documentId, int seq) {
        return versions(documentId).stream().filter(v -> v.seq() == seq).findFirst();
    }

    String currentText(NormDocument d) {
        return version(d.id(), d.currentVersion()).map(Version::text).orElse("");
    }

    List<Comment> comments(long documentId) {
        return jdbc.sql("""
                        SELECT id, version_seq, commenter, is_business, content, submitted_at, adoption, reply
                        FROM nd_comment WHERE document_id = :d ORDER BY submitted_at, id""")
                .param("d", documentId)
                .query((rs, n) -> new Comment(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getString(7) == null ? null : Adoption.valueOf(rs.getString(7)), rs.getString(8))).list();
    }

    List<Filing> filings(long documentId) {
        return jdbc.sql("SELECT * FROM nd_filing WHERE document_id = :d ORDER BY target").param("d", documentId)
                .query(NormdocStore::filing).list();
    }

    Optional<Filing> filing(long documentId, FilingTarget target) {
        return jdbc.sql("SELECT * FROM nd_filing WHERE document_id = :d AND target = :t").param("d", documentId)
                .param("t", target.name()).query(NormdocStore::filing).optional();
    }

    List<Step> steps(long documentId) {
        return jdbc.sql("SELECT step, happened_on, note, files_document_id, actor FROM nd_step WHERE document_id = :d ORDER BY id")
                .param("d", documentId)
                .query((rs, n) -> new Step(rs.getString(1), StepCode.valueOf(rs.getString(1)).label(),
                        rs.getObject(2, LocalDate.class), rs.getString(3), rs.getObject(4, Long.class),
                        rs.getString(5))).list();
    }

    public record Evaluation(LocalDate evaluatedOn, EvaluationResult result, String report, @Nullable Long reportDocumentId) {
        public String resultLabel() {
            return result.label();
        }
    }

    List<Evaluation> evaluations(long documentId) {
        return jdbc.sql("SELECT evaluated_on, result, report, report_document_id FROM nd_evaluation WHERE document_id = :d ORDER BY id")
                .param("d", documentId)
                .query((rs, n) -> new Evaluation(rs.getObject(1, LocalDate.class),
                        EvaluationResult.valueOf(rs.getString(2)), rs.getString(3), rs.getObject(4, Long.class))).list();
    }

    void step(NormDocument d, StepCode step, LocalDate on, @Nullable String note, @Nullable Long filesDocumentId,
              String actor) {
        jdbc.sql("""
                        INSERT INTO nd_step (county_code, document_id, step, happened_on, note, files_document_id, actor, recorded_at)
                        VALUES (:c, :d, :s, :on, :note, :f, :a, :at)""")
                .param("c", d.countyCode()).param("d", d.id()).param("s", step.name()).param("on", on)
                .param("note", note == null ? null : note.length() > 2000 ? note.substring(0, 2000) : note)
                .param("f", filesDocumentId).param("a", actor).param("at", Timestamp.from(clock.instant())).update();
    }

    /** Sets columns of a document and stamps it. */
    void update(long id, String actor, Map<String, Object> columns) {
        StringBuilder sql = new StringBuilder("UPDATE nd_document SET ");
        Map<String, Object> params = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : columns.entrySet()) {
            sql.append(e.getKey()).append(" = :").append(e.getKey()).append(", ");
            params.put(e.getKey(), e.getValue() instanceof Enum<?> en ? en.name() : e.getValue());
        }
        sql.append("updated_at = :nowTs, updated_by = :actor, version = version + 1 WHERE id = :id");
        params.put("nowTs", Timestamp.from(clock.instant()));
        params.put("actor", actor);
        params.put("id", id);
        jdbc.sql(sql.toString()).params(params).update();
    }

    static Filing filing(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Filing(rs.getLong("id"), rs.getLong("document_id"), FilingTarget.valueOf(rs.getString("target")),
                rs.getObject("due_on", LocalDate.class), rs.getString("due_citation"),
                FilingStatus.valueOf(rs.getString("status")), rs.getObject("first_submitted_on", LocalDate.class),
                rs.getObject("submitted_on", LocalDate.class), rs.getString("materials"), rs.getInt("corrections"),
                rs.getObject("returned_on", LocalDate.class), rs.getString("return_reason"),
                rs.getObject("accepted_on", LocalDate.class), rs.getString("receipt_number"),
                rs.getObject("report_document_id", Long.class));
    }
}
