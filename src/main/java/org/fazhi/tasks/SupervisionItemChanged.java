package org.fazhi.tasks;

import org.fazhi.shared.AuditableEvent;

/**
 * A supervision item (督办事项) was created, accepted, reported on, urged, extended, paused, resumed, closed or returned.
 *
 * @param action {@code tasks.item.created}, {@code tasks.item.accepted}, {@code tasks.item.feedback},
 *               {@code tasks.item.urged}, {@code tasks.item.extension-requested}, {@code tasks.item.extended},
 *               {@code tasks.item.pause-requested}, {@code tasks.item.paused}, {@code tasks.item.resumed},
 *               {@code tasks.item.completion-requested}, {@code tasks.item.closed}, {@code tasks.item.returned},
 *               {@code tasks.item.request-rejected}, {@code tasks.item.satisfaction}, {@code tasks.item.target-reported}
 */
public record SupervisionItemChanged(String countyCode, String actor, String action, long itemId, String summary)
        implements AuditableEvent {

    @Override
    public String objectType() {
        return "task_item";
    }

    @Override
    public String objectId() {
        return Long.toString(itemId);
    }
}
