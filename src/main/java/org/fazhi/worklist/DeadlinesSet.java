package org.fazhi.worklist;

import java.util.List;

/**
 * Many statutory deadlines set at once (批量设定期限), e.g. the publicity clocks of a batch of thousands of enforcement
 * decisions received in one transaction. Each item means exactly what one {@link DeadlineSet} means — the to-do items
 * are the same as if each had been published on its own — but they are written in one statement instead of one per
 * item. Publish it inside the transaction that made the change, like {@link DeadlineSet}.
 *
 * @param items the deadlines; an item whose key occurs twice keeps the last one
 */
public record DeadlinesSet(List<DeadlineSet> items) {

    public DeadlinesSet {
        items = List.copyOf(items);
    }
}
