package org.fazhi.reconsideration;

import org.fazhi.shared.AuditableEvent;

/**
 * A reconsideration case was registered or took a step (行政复议案件办理), published inside the transaction of the change.
 *
 * @param action e.g. {@code reconsideration.case.accept}
 */
public record ReconsiderationCaseChanged(String countyCode, String actor, String action, long caseId, String number,
                                         String summary) implements AuditableEvent {

    @Override
    public String objectType() {
        return "recon_case";
    }

    @Override
    public String objectId() {
        return Long.toString(caseId);
    }
}
