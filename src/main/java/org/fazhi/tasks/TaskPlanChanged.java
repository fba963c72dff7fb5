package org.fazhi.tasks;

import org.fazhi.shared.AuditableEvent;

/**
 * A work plan (工作要点) was imported, created by hand, extended by a part or task, or exported.
 *
 * @param action {@code tasks.plan.imported}, {@code tasks.plan.created}, {@code tasks.plan.part-added},
 *               {@code tasks.plan.task-added}, {@code tasks.plan.exported}, {@code tasks.plan.report-generated}
 */
public record TaskPlanChanged(String countyCode, String actor, String action, long planId, String summary)
        implements AuditableEvent {

    @Override
    public String objectType() {
        return "task_plan";
    }

    @Override
    public String objectId() {
        return Long.toString(planId);
    }
}
