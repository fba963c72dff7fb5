package org.fazhi.review;

import org.fazhi.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

/**
 * A review ended (审查办结或撤回): the event other modules listen for to learn the outcome of what they submitted.
 * Published inside the transaction that concluded the request, so a listener's change commits with it.
 *
 * @param countyCode        county
 * @param actor             who concluded
 * @param requestId         the review request
 * @param sourceModule      the submitting module, as given in {@link ReviewSubmission}
 * @param sourceType        the kind of record there
 * @param sourceId          the record's id
 * @param kind              审查事项类别
 * @param outcome           the conclusion
 * @param opinionDocumentId the generated 合法性审核意见书, {@code null} for a withdrawal
 * @param opinionNumber     its 文号
 */
public record ReviewConcluded(String countyCode, String actor, long requestId, String sourceModule, String sourceType,
                              String sourceId, ReviewKind kind, ReviewOutcome outcome, @Nullable Long opinionDocumentId,
                              @Nullable String opinionNumber) implements AuditableEvent {

    @Override
    public String action() {
        return outcome == ReviewOutcome.WITHDRAWN ? "review.request.withdrawn" : "review.request.concluded";
    }

    @Override
    public String objectType() {
        return "rv_request";
    }

    @Override
    public String objectId() {
        return Long.toString(requestId);
    }

    @Override
    public String summary() {
        return "合法性审查办结：" + outcome.label() + (opinionNumber == null ? "" : "（" + opinionNumber + "）")
                + "，来源 " + sourceModule + "/" + sourceType + "/" + sourceId;
    }
}
