package org.fazhi.enforcement;

import org.fazhi.shared.AuditableEvent;

/**
 * A change in the enforcement module (执法登记或执法决定变更): a registry entry created, changed or closed, a batch of
 * decisions received, a decision published, changed or taken down.
 *
 * @param action     e.g. {@code enforcement.record.published}
 * @param objectType table of the object, e.g. {@code enf_record}
 * @param objectId   its id (a batch's id for batch receipts)
 */
public record EnforcementChanged(String countyCode, String actor, String action, String objectType, String objectId,
                                 String summary) implements AuditableEvent {
}
