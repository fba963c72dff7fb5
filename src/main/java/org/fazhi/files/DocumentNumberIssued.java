package org.fazhi.files;

import org.fazhi.shared.AuditableEvent;

/** A document number was taken (已编发文字号). Published inside the taker's transaction: a rollback takes it back. */
public record DocumentNumberIssued(String countyCode, String actor, long numberId, long unitId, String docType,
                                   String number) implements AuditableEvent {

    @Override
    public String action() {
        return "files.doc-number.issued";
    }

    @Override
    public String objectType() {
        return "files_doc_number";
    }

    @Override
    public String objectId() {
        return Long.toString(numberId);
    }

    @Override
    public String summary() {
        return "编发文号 " + number;
    }
}
