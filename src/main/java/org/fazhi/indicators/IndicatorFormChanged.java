package org.fazhi.indicators;

import org.fazhi.shared.AuditableEvent;

/**
 * A reported-indicator form changed (指标填报变更): created, values saved, submitted, returned or approved.
 *
 * @param action {@code indicators.form.created|saved|submitted|returned|approved}
 */
public record IndicatorFormChanged(String countyCode, String actor, String action, long formId, long unitId, int year,
                                   String summary) implements AuditableEvent {

    @Override
    public String objectType() {
        return "ind_form";
    }

    @Override
    public String objectId() {
        return Long.toString(formId);
    }
}
