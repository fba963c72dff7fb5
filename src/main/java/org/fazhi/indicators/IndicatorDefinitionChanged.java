package org.fazhi.indicators;

import org.fazhi.shared.AuditableEvent;

/**
 * A reported indicator's definition was added or changed in the catalog (填报指标目录变更), with what changed.
 *
 * @param action {@code indicators.definition.created|updated}
 */
public record IndicatorDefinitionChanged(String countyCode, String actor, String action, String code, String summary)
        implements AuditableEvent {

    @Override
    public String objectType() {
        return "ind_definition";
    }

    @Override
    public String objectId() {
        return code;
    }
}
