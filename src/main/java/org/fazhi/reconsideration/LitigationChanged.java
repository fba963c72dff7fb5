package org.fazhi.reconsideration;

import org.fazhi.shared.AuditableEvent;

/** A litigation case or a judicial/procuratorial recommendation was recorded or changed (行政应诉登记). */
public record LitigationChanged(String countyCode, String actor, String action, String objectType, long id,
                                String summary) implements AuditableEvent {

    @Override
    public String objectId() {
        return Long.toString(id);
    }
}
