package org.fazhi.worklist;

import org.fazhi.org.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;

/**
 * Turns deadline events into to-do items (期限事件 → 待办). The listener runs just before the publisher's transaction
 * commits, in that transaction: the item commits with the business change that produced it, and if the item cannot be
 * written the business change rolls back too, so no acknowledged change ever lacks its item. An event published
 * outside a transaction is applied at once.
 */
@Component
class DeadlineEventListener {

    private final WorkItems items;
    private final WorklistLights lights;
    private final Clock clock;

    DeadlineEventListener(WorkItems items, WorklistLights lights, Clock clock) {
        this.items = items;
        this.lights = lights;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(DeadlineSet event) {
        items.upsert(event, lights.lightOf(event.due(), lights.today()), clock.instant(), actor());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(DeadlinesSet event) {
        java.time.LocalDate today = lights.today();
        items.upsertAll(event.items(), due -> lights.lightOf(due, today), clock.instant(), actor());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(DeadlineCleared event) {
        items.clear(event.key(), lights.today(), clock.instant(), actor());
    }

    private static String actor() {
        return CurrentUser.find().map(CurrentUser::username).orElse("system");
    }
}
