package org.fazhi.worklist;

/**
 * The step a deadline watched is done, or no longer needed (期限解除): the to-do item of the same key is closed. Publish
 * it inside the transaction that completed the step. Clearing an item that does not exist changes nothing.
 */
public record DeadlineCleared(String countyCode, String sourceModule, String sourceType, String sourceId,
                              String kind) {

    public DeadlineCleared {
        DeadlineKey.check(countyCode, sourceModule, sourceType, sourceId, kind);
    }

    /** The same key as the {@link DeadlineSet} it clears. */
    public static DeadlineCleared of(DeadlineKey key) {
        return new DeadlineCleared(key.countyCode(), key.sourceModule(), key.sourceType(), key.sourceId(), key.kind());
    }

    public DeadlineKey key() {
        return new DeadlineKey(countyCode, sourceModule, sourceType, sourceId, kind);
    }
}
