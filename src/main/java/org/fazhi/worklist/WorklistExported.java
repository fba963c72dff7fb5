package org.fazhi.worklist;

import org.fazhi.shared.AuditableEvent;

/** Someone exported to-do items to a spreadsheet (导出待办). */
public record WorklistExported(String countyCode, String actor, String objectId, String summary)
        implements AuditableEvent {

    @Override
    public String action() {
        return "worklist.item.exported";
    }

    @Override
    public String objectType() {
        return "wl_item";
    }
}
