package org.fazhi.tasks;

import org.fazhi.shared.AuditableEvent;

/** A list of supervision items was exported (导出督办事项). */
public record SupervisionItemsExported(String countyCode, String actor, int rows) implements AuditableEvent {

    @Override
    public String action() {
        return "tasks.item.exported";
    }

    @Override
    public String objectType() {
        return "task_item";
    }

    @Override
    public String objectId() {
        return "list";
    }

    @Override
    public String summary() {
        return "导出督办事项 " + rows + " 条";
    }
}
