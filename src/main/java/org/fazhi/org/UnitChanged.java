package org.fazhi.org;

import org.fazhi.shared.AuditableEvent;

/**
 * A unit (单位) was created, changed, moved or closed.
 *
 * @param action {@code org.unit.created}, {@code org.unit.updated}, {@code org.unit.moved} or {@code org.unit.closed}
 */
public record UnitChanged(String countyCode, String actor, String action, long unitId, String summary)
        implements AuditableEvent {

    @Override
    public String objectType() {
        return "org_unit";
    }

    @Override
    public String objectId() {
        return Long.toString(unitId);
    }
}
