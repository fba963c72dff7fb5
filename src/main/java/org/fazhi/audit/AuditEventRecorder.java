package org.fazhi.audit;

import org.fazhi.shared.AuditableEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;

/**
 * Stores every {@link AuditableEvent} of every module (全过程记录). A synchronous {@link EventListener} on purpose: the
 * entry belongs to the publisher's transaction and commits or rolls back with the change it records. An asynchronous
 * {@code @ApplicationModuleListener} would let a committed change exist without its entry until the listener ran. If
 * the entry cannot be stored, the commit fails and the change rolls back too: nothing changes without its record.
 *
 * <p>Inside a transaction the entries are appended just before it commits, in the order published, not when each
 * event is published. Appending locks the county's chain head (see {@link AuditTrail}) until the transaction ends;
 * appended at publication, that lock would also cover whatever the transaction did afterwards — rendering a document
 * after its number was issued, the worklist's to-do rows of a whole batch — and every other writer of the county would
 * queue behind it. Appended last among the before-commit callbacks, the head is held for the commit only. An event
 * published outside a transaction (a failed login) is recorded at once in a transaction of its own.
 */
@Component
class AuditEventRecorder {

    private static final Logger log = LoggerFactory.getLogger(AuditEventRecorder.class);

    private final AuditTrail trail;

    AuditEventRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AuditableEvent event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            trail.record(event);
            return;
        }
        // Synchronizations belong to one transaction (an inner REQUIRES_NEW one sees only its own), so the list found
        // here is this transaction's.
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof PendingEntries pending) {
                pending.add(event);
                return;
            }
        }
        PendingEntries pending = new PendingEntries(trail);
        TransactionSynchronizationManager.registerSynchronization(pending);
        pending.add(event);
    }

    /** The entries of one transaction, appended last before it commits. */
    private static final class PendingEntries implements TransactionSynchronization {

        private final AuditTrail trail;
        private final List<AuditableEvent> events = new ArrayList<>();
        private boolean appended;

        PendingEntries(AuditTrail trail) {
            this.trail = trail;
        }

        void add(AuditableEvent event) {
            if (appended) {
                trail.record(event); // published by a later before-commit callback: still inside the transaction
            } else {
                events.add(event);
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            appended = true;
            for (AuditableEvent event : events) {
                trail.record(event);
            }
        }

        /**
         * A list registered by a callback that ran after the before-commit callbacks had been collected missed its
         * turn; its transaction has committed, so its entries are recorded in a transaction of their own rather than
         * lost. No code path does this today; the warning says which event did.
         */
        @Override
        public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED && !appended && !events.isEmpty()) {
                for (AuditableEvent event : events) {
                    log.warn("审计事件在提交阶段才发布，已在提交后单独记录：{}", event.action());
                    trail.recordSeparately(event);
                }
            }
        }
    }
}
