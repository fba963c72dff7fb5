package org.fazhi.normdocs;

import org.fazhi.shared.AuditableEvent;

/**
 * A step of a normative document's lifecycle happened (规范性文件办理环节).
 *
 * @param action e.g. {@code normdocs.document.proposed}, {@code .published}, {@code normdocs.filing.returned}
 */
public record NormdocChanged(String countyCode, String actor, String action, long documentId, String summary)
        implements AuditableEvent {

    @Override
    public String objectType() {
        return "nd_document";
    }

    @Override
    public String objectId() {
        return Long.toString(documentId);
    }
}
