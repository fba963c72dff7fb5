package org.fazhi.disclosure;

import org.fazhi.shared.AuditableEvent;

/**
 * A disclosure request changed state (政府信息公开申请办理): registered, received, transferred, 补正, extended, consulted,
 * charged, answered, closed, served … Published inside the business transaction; {@code audit} records it.
 *
 * @param step the step code, e.g. {@code replied}; the action is {@code disclosure.request.<step>}
 */
public record DisclosureRequestChanged(String countyCode, String actor, long requestId, String number, long unitId,
                                       String step, String summary) implements AuditableEvent {

    @Override
    public String action() {
        return "disclosure.request." + step;
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
