package org.fazhi.org;

import org.fazhi.shared.AuditableEvent;

/**
 * Somebody exported a list (数据导出) of units, people or accounts; exports are audited because they take data out of
 * the platform.
 *
 * @param objectType the table exported, e.g. {@code org_person}
 * @param piiVisible whether identity numbers and mobiles were exported unmasked
 */
public record OrgDataExported(String countyCode, String actor, String objectType, int rows, boolean piiVisible,
                              String summary) implements AuditableEvent {

    @Override
    public String action() {
        return "org.export";
    }

    @Override
    public String objectId() {
        return objectType;
    }
}
