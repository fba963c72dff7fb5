package org.fazhi.enforcement.internal;

import org.fazhi.enforcement.EnforcementChanged;
import org.fazhi.org.CurrentUser;
import org.fazhi.review.ReviewConcluded;
import org.fazhi.review.ReviewKind;
import org.fazhi.review.ReviewRequests;
import org.fazhi.review.ReviewSubmission;
import org.fazhi.shared.BusinessException;
import org.fazhi.worklist.DeadlineSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

/**
 * 重大执法决定法制审核 through the county's legality-review queue. 《中华人民共和国行政处罚法》第五十八条: a decision that
 * concerns major public interest, was made after a hearing, or is complex, must be reviewed by the body's legal
 * reviewers before it is made — 未经法制审核或者审核未通过的，不得作出决定; 《中华人民共和国行政强制法》 and
 * 《法治政府建设实施纲要（2021—2025年）》 (全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度) extend
 * the rule to every enforcement type. A decision registered by hand may therefore await its review: the clerk submits it
 * to the review module ({@link ReviewRequests#submit}), the request id is kept on the decision, and the
 * {@link ReviewConcluded} event marks the review done with its date, outcome and 意见书 number. Until it has passed,
 * the decision is neither published nor on the publicity worklist. Decisions received from a department's own system
 * carry that department's own review reference instead and never come here.
 */
@Service
class RecordReview {

    static final String SOURCE_TYPE = "record";

    private final JdbcClient jdbc;
    private final RecordQueries records;
    private final ReviewRequests reviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordReview(JdbcClient jdbc, RecordQueries records, ReviewRequests reviews, ApplicationEventPublisher events,
                 Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    /** The review state of a decision as the record page shows it. */
    public record State(@Nullable Long requestId, @Nullable String outcome) {

        public boolean pending() {
            return "PENDING".equals(outcome);
        }
    }

    State state(long id, String countyCode) {
        return jdbc.sql("SELECT review_item_id, review_outcome FROM enf_record WHERE id = :id AND county_code = :c")
                .param("id", id).param("c", countyCode)
                .query((rs, n) -> new State(rs.getObject(1, Long.class), rs.getString(2))).single();
    }

    /**
     * Submits a decision that requires 法制审核 and has not passed it to the county's review queue.
     *
     * @return the review request id
     */
    @Transactional
    public long submit(long id, CurrentUser user) {
        RecordQueries.Detail d = records.detail(id, user.filter());
        if (!d.reviewRequired()) {
            throw BusinessException.conflict("该决定不属于重大执法决定，无须法制审核");
        }
        if (d.reviewDone()) {
            throw BusinessException.conflict("该决定已经法制审核（" + (d.reviewRef() == null ? "" : d.reviewRef()) + "）");
        }
        if (!"EFFECTIVE".equals(d.status())) {
            throw BusinessException.conflict("已变更或撤销的决定不再送审");
        }
        if (state(id, d.countyCode()).pending()) {
            throw BusinessException.conflict("该决定已送法制审核，正在办理中");
        }
        String text = String.join("\n",
                "执法主体：" + d.bodyName(),
                "执法事项：" + d.powerCode() + " " + d.powerName(),
                "决定类别：" + d.kindLabel() + "；决定书文号：" + d.decisionNo() + "；拟作出决定日期：" + d.decisionDate(),
                "当事人：" + d.partyName() + (d.partyCreditCode() == null ? "" : "（" + d.partyCreditCode() + "）"),
                "违法事实或申请事项：" + (d.facts() == null ? "—" : d.facts()),
                "法律依据：" + d.legalBasis(),
                "拟决定内容：" + d.result(),
                "罚款金额：" + d.fineAmount().toPlainString() + " 元；没收金额：" + d.confiscationAmount().toPlainString() + " 元",
                "送审依据：《中华人民共和国行政处罚法》第五十八条（重大执法决定法制审核）");
        long requestId = reviews.submit(ReviewSubmission.of(Publicity.MODULE, SOURCE_TYPE, Long.toString(id), d.unitId(),
                ReviewKind.ENFORCEMENT_DECISION, clip("重大执法决定法制审核：" + d.kindLabel() + " " + d.decisionNo() + "（"
                        + d.partyName() + "）"), text, "/enforcement/records/" + id));
        jdbc.sql("UPDATE enf_record SET review_item_id = :r, review_outcome = 'PENDING', updated_at = :at, updated_by = :by, "
                        + "version = version + 1 WHERE id = :id AND county_code = :c")
                .param("r", requestId).param("at", Timestamp.from(clock.instant())).param("by", user.username())
                .param("id", id).param("c", d.countyCode()).update();
        events.publishEvent(new EnforcementChanged(d.countyCode(), user.username(), "enforcement.record.review-submitted",
                "enf_record", Long.toString(id), "执法决定 " + d.decisionNo() + " 送法制审核（审查申请 " + requestId + "）"));
        return requestId;
    }

    /**
     * The review concluded (inside the review's transaction): passed → review done with the date and 意见书 number, and
     * the publicity clock goes on the worklist; failed → the decision must not be made (it may be revised and
     * submitted again); withdrawn → back to awaiting submission.
     */
    @EventListener
    void onConcluded(ReviewConcluded e) {
        if (!Publicity.MODULE.equals(e.sourceModule()) || !SOURCE_TYPE.equals(e.sourceType())) {
            return;
        }
        long id = Long.parseLong(e.sourceId());
        var row = jdbc.sql("SELECT unit_id, decision_no, party_name, kind, publicity_due, published_on, status, "
                        + "review_item_id FROM enf_record WHERE id = :id AND county_code = :c")
                .param("id", id).param("c", e.countyCode())
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7),
                        rs.getObject(8, Long.class)})
                .optional().orElse(null);
        if (row == null || row[7] == null || (Long) row[7] != e.requestId()) {
            return; // not the request this decision is waiting for
        }
        LocalDate today = LocalDate.now(clock);
        Timestamp now = Timestamp.from(clock.instant());
        boolean passed = e.outcome().allowsProceeding();
        jdbc.sql("UPDATE enf_record SET review_outcome = :o, review_done = :done, "
                        + "review_date = CASE WHEN :done THEN CAST(:d AS date) ELSE review_date END, "
                        + "review_ref = CASE WHEN :done THEN :ref ELSE review_ref END, "
                        + "review_item_id = CASE WHEN :withdrawn THEN NULL ELSE review_item_id END, "
                        + "updated_at = :at, updated_by = :by, version = version + 1 WHERE id = :id AND county_code = :c")
                .param("o", e.outcome().name()).param("done", passed).param("d", today)
                .param("ref", e.opinionNumber() == null ? "审查申请" + e.requestId() : clip100(e.opinionNumber()))
                .param("withdrawn", e.outcome() == org.fazhi.review.ReviewOutcome.WITHDRAWN)
                .param("at", now).param("by", e.actor()).param("id", id).param("c", e.countyCode()).update();
        if (passed && row[5] == null && "EFFECTIVE".equals(row[6])) {
            RecordKind kind = RecordKind.valueOf((String) row[3]);
            events.publishEvent(Publicity.publicityDeadline(id, e.countyCode(), (Long) row[0], (String) row[1],
                    (String) row[2], (LocalDate) row[4], kind.publicityPeriod().citation()));
        }
        events.publishEvent(new EnforcementChanged(e.countyCode(), e.actor(), "enforcement.record.reviewed", "enf_record",
                Long.toString(id), "执法决定 " + row[1] + " 法制审核：" + e.outcome().label()
                + (e.opinionNumber() == null ? "" : "（" + e.opinionNumber() + "）")));
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 299) + "…" : s;
    }

    private static String clip100(String s) {
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
