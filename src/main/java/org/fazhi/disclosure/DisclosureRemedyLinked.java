package org.fazhi.disclosure;

import org.fazhi.shared.AuditableEvent;

/** A remedy was linked to a request or its outcome updated (救济关联). */
public record DisclosureRemedyLinked(String countyCode, String actor, long requestId, String caseNumber, String summary)
        implements AuditableEvent {

    @Override
    public String action() {
        return "disclosure.remedy.linked";
    }

    @Override
    public String objectType() {
        return "disc_request";
    }

    @Override
    public String objectId() {
        return Long.toString(requestId);
    }
}
