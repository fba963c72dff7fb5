package org.fazhi.normdocs;

import org.jspecify.annotations.Nullable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** A normative or policy document as pages and the API show it (规范性文件). */
public record NormDocument(long id, String countyCode, long unitId, String unitName, DocKind kind, String title,
                           @Nullable String basis, boolean marketRelated, boolean provisional, DocStatus status,
                           LocalDate proposedOn, int currentVersion, @Nullable LocalDate commentFrom,
                           @Nullable LocalDate commentUntil, @Nullable String commentSummary,
                           @Nullable String fairReviewResult, @Nullable String fairReviewNote,
                           @Nullable Long reviewRequestId, @Nullable String reviewOutcome,
                           @Nullable String reviewNumber, @Nullable String meetingName,
                           @Nullable LocalDate meetingDate, @Nullable String docNumber,
                           @Nullable Long numberDocumentId, @Nullable String signer, @Nullable LocalDate issuedOn,
                           @Nullable LocalDate effectiveOn, @Nullable Integer validityYears,
                           @Nullable LocalDate expiresOn, @Nullable LocalDate publishedOn,
                           @Nullable String publicationChannel, @Nullable LocalDate repealedOn,
                           @Nullable String repealReason, @Nullable Long supersedesId,
                           @Nullable Long supersededById) {

    static final String COLUMNS = "d.id, d.county_code, d.unit_id, u.name AS unit_name, d.kind, d.title, d.basis, "
            + "d.market_related, d.provisional, d.status, d.proposed_on, d.current_version, d.comment_from, "
            + "d.comment_until, d.comment_summary, d.fair_review_result, d.fair_review_note, d.review_request_id, "
            + "d.review_outcome, d.review_number, d.meeting_name, d.meeting_date, d.doc_number, d.number_document_id, "
            + "d.signer, d.issued_on, d.effective_on, d.validity_years, d.expires_on, d.published_on, "
            + "d.publication_channel, d.repealed_on, d.repeal_reason, d.supersedes_id, d.superseded_by_id";
    static final String FROM = " FROM nd_document d JOIN org_unit u ON u.id = d.unit_id";

    public String kindLabel() {
        return kind.label();
    }

    public String statusLabel() {
        return status.label();
    }

    /**
     * 效力状态 on a day, from the stored status: only a published document can be in force (《优化营商环境条例》第六十四条
     * 第二款); the end of the validity period is stored as {@link DocStatus#EXPIRED} by the nightly job.
     */
    public String effect(LocalDate today) {
        return switch (status) {
            case REPEALED -> "已废止";
            case INVALIDATED -> "已宣布失效";
            case EXPIRED -> "已失效（有效期届满）";
            case PUBLISHED -> effectiveOn != null && effectiveOn.isAfter(today) ? "尚未施行" : "有效";
            default -> "未公布";
        };
    }

    public boolean published() {
        return publishedOn != null;
    }

    static NormDocument map(ResultSet rs, int n) throws SQLException {
        return new NormDocument(rs.getLong("id"), rs.getString("county_code"), rs.getLong("unit_id"),
                rs.getString("unit_name"), DocKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("basis"), rs.getBoolean("market_related"), rs.getBoolean("provisional"),
                DocStatus.valueOf(rs.getString("status")), rs.getObject("proposed_on", LocalDate.class),
                rs.getInt("current_version"), rs.getObject("comment_from", LocalDate.class),
                rs.getObject("comment_until", LocalDate.class), rs.getString("comment_summary"),
                rs.getString("fair_review_result"), rs.getString("fair_review_note"),
                rs.getObject("review_request_id", Long.class), rs.getString("review_outcome"),
                rs.getString("review_number"), rs.getString("meeting_name"),
                rs.getObject("meeting_date", LocalDate.class), rs.getString("doc_number"),
                rs.getObject("number_document_id", Long.class), rs.getString("signer"),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("effective_on", LocalDate.class),
                rs.getObject("validity_years", Integer.class), rs.getObject("expires_on", LocalDate.class),
                rs.getObject("published_on", LocalDate.class), rs.getString("publication_channel"),
                rs.getObject("repealed_on", LocalDate.class), rs.getString("repeal_reason"),
                rs.getObject("supersedes_id", Long.class), rs.getObject("superseded_by_id", Long.class));
    }
}
