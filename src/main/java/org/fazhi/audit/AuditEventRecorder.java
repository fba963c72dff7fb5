package org.fazhi.audit;

import org.fazhi.shared.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stores every {@link AuditableEvent} of every module (全过程记录). A plain synchronous {@link EventListener} on
 * purpose: it runs in the publisher's thread and joins its transaction, so the entry commits or rolls back together
 * with the change it records; an event published outside a transaction (a failed login) gets a transaction of its own
 * from {@link AuditTrail#record(AuditableEvent)}. An asynchronous {@code @ApplicationModuleListener} would let a
 * committed change exist without its entry until the listener ran. If the entry cannot be stored, the exception
 * reaches the publisher and its change rolls back too: nothing changes without its record.
 */
@Component
class AuditEventRecorder {

    private final AuditTrail trail;

    AuditEventRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AuditableEvent event) {
        trail.record(event);
    }
}
