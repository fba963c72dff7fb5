package org.fazhi.review;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A request as other modules see it (审查状态).
 *
 * @param requestId          the request
 * @param status             where it stands
 * @param outcome            the conclusion, once concluded or withdrawn
 * @param receivedOn         收件日
 * @param dueOn              审查期限届满日 ({@code null} while the clock is stopped for 补正)
 * @param concludedOn        办结日
 * @param opinionDocumentId  the 合法性审核意见书 in {@code files}
 * @param opinionNumber      its 文号
 */
public record ReviewStatus(long requestId, ReviewStatusCode status, @Nullable ReviewOutcome outcome,
                           LocalDate receivedOn, @Nullable LocalDate dueOn, @Nullable LocalDate concludedOn,
                           @Nullable Long opinionDocumentId, @Nullable String opinionNumber) {

    /** Whether the reviewed matter may go ahead. */
    public boolean passed() {
        return status == ReviewStatusCode.CONCLUDED && outcome != null && outcome.allowsProceeding();
    }
}
