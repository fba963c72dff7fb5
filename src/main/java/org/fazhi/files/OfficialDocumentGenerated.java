package org.fazhi.files;

import org.fazhi.shared.AuditableEvent;

/** An official document was generated and stored (公文已生成). */
public record OfficialDocumentGenerated(String countyCode, String actor, long documentId, long unitId, String number,
                                        String title, String sha256) implements AuditableEvent {

    @Override
    public String action() {
        return "files.document.generated";
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
        return "生成公文“" + title + "”" + (number == null ? "" : "（" + number + "）") + "，SHA-256 " + sha256;
    }
}
