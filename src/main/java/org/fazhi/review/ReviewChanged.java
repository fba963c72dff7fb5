package org.fazhi.review;

import org.fazhi.shared.AuditableEvent;

/**
 * A state change of a review request other than its conclusion (收件、分办、补正、意见、采纳反馈).
 *
 * @param action {@code review.request.submitted}, {@code .assigned}, {@code .supplement-requested},
 *               {@code .supplement-received}, {@code review.opinion.added}, {@code review.opinion.answered},
 *               {@code review.material.attached}
 */
public record ReviewChanged(String countyCode, String actor, String action, long requestId, String summary)
        implements AuditableEvent {

    @Override
    public String objectType() {
        return "rv_request";
    }

    @Override
    public String objectId() {
        return Long.toString(requestId);
    }
}
