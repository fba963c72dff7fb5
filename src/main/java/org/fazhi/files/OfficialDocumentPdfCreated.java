package org.fazhi.files;

import org.fazhi.shared.AuditableEvent;

/** The PDF of an official document was made and stored (公文 PDF 已生成). */
public record OfficialDocumentPdfCreated(String countyCode, String actor, long documentId, long pdfAttachmentId,
                                         String sha256) implements AuditableEvent {

    @Override
    public String action() {
        return "files.document.pdf-created";
    }

    @Override
    public String objectType() {
        return "files_document";
    }

    @Override
    public String objectId() {
        return Long.toString(documentId);
    }

    @Override
    public String summary() {
        return "生成公文 PDF（附件 " + pdfAttachmentId + "，SHA-256 " + sha256 + "）";
    }
}
