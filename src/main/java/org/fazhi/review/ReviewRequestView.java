package org.fazhi.review;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A review request as the staff pages and the API show it (审查事项). */
public record ReviewRequestView(long id, String countyCode, long unitId, String unitName, long reviewingUnitId,
                                String sourceModule, String sourceType, String sourceId, ReviewKind kind, String title,
                                String text, @Nullable String link, ReviewStatusCode status,
                                @Nullable ReviewOutcome outcome, LocalDate receivedOn, int periodDays,
                                @Nullable LocalDate dueOn, @Nullable String dueCitation,
                                @Nullable String dueExplanation, @Nullable String assignee,
                                @Nullable LocalDate concludedOn, @Nullable String conclusion,
                                @Nullable Long opinionDocumentId, @Nullable String opinionNumber) {

    public String kindLabel() {
        return kind.label();
    }

    public String statusLabel() {
        return status.label();
    }

    public String outcomeLabel() {
        return outcome == null ? "" : outcome.label();
    }
}
