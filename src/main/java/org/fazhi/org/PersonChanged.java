package org.fazhi.org;

import org.fazhi.shared.AuditableEvent;

/**
 * A person (人员) was registered or their record changed. The summary never carries the identity number or mobile.
 *
 * @param action {@code org.person.created} or {@code org.person.updated}
 */
public record PersonChanged(String countyCode, String actor, String action, long personId, String summary)
        implements AuditableEvent {

    @Override
    public String objectType() {
        return "org_person";
    }

    @Override
    public String objectId() {
        return Long.toString(personId);
    }
}
