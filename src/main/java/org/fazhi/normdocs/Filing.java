package org.fazhi.normdocs;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** One filing of a document with one filing body (备案). */
public record Filing(long id, long documentId, FilingTarget target, LocalDate dueOn, String dueCitation,
                     FilingStatus status, @Nullable LocalDate firstSubmittedOn, @Nullable LocalDate submittedOn,
                     @Nullable String materials, int corrections, @Nullable LocalDate returnedOn,
                     @Nullable String returnReason, @Nullable LocalDate acceptedOn, @Nullable String receiptNumber,
                     @Nullable Long reportDocumentId) {

    public String targetLabel() {
        return target.label();
    }

    public String statusLabel() {
        return status.label();
    }

    /** 及时报备: first submitted on or before the due day. */
    public boolean timely() {
        return firstSubmittedOn != null && !firstSubmittedOn.isAfter(dueOn);
    }
}
