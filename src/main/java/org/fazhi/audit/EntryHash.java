package org.fazhi.audit;

/**
 * The link of the audit chain (审计哈希链): {@code hash = SM3(prev_hash ‖ canonical JSON of the entry)}, where
 * {@code prev_hash} is the previous entry's hash as 64 lower-case hex digits (the {@link #GENESIS} for the first entry
 * of a chain), {@code ‖} is plain concatenation, and the whole string is hashed as UTF-8.
 *
 * <p>The canonical JSON holds every stored field except the two hashes, in this fixed order:
 * {@code countyCode, seq, id, occurredAt, actor, action, objectType, objectId, summary, details, clientIp}, written
 * by {@link CanonicalJson}. {@code details} is embedded as a JSON <em>string</em> holding the stored details text (or
 * {@code null}), so the hash never depends on how a database re-serialises JSON.
 */
final class EntryHash {

    /** The {@code prev_hash} of the first entry of every chain: 64 zeros. */
    static final String GENESIS = "0".repeat(Sm3.HEX_LENGTH);

    private EntryHash() {
    }

    static String canonical(AuditEntry e) {
        return CanonicalJson.object()
                .field("countyCode", e.countyCode())
                .field("seq", e.seq())
                .field("id", e.id())
                .field("occurredAt", CanonicalJson.timestamp(e.occurredAt()))
                .field("actor", e.actor())
                .field("action", e.action())
                .field("objectType", e.objectType())
                .field("objectId", e.objectId())
                .field("summary", e.summary())
                .field("details", e.details())
                .field("clientIp", e.clientIp())
                .build();
    }

    /** The entry with its {@code hash} computed from its {@code prevHash} and fields (the draft's hash is ignored). */
    static AuditEntry sealed(AuditEntry draft) {
        return new AuditEntry(draft.id(), draft.countyCode(), draft.seq(), draft.occurredAt(), draft.actor(),
                draft.action(), draft.objectType(), draft.objectId(), draft.summary(), draft.details(),
                draft.clientIp(), draft.prevHash(), of(draft.prevHash(), draft));
    }

    /** The hash the entry must carry given the {@code prevHash} it claims. */
    static String of(String prevHash, AuditEntry e) {
        return Sm3.hex(prevHash + canonical(e));
    }
}
