package org.fazhi.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One stored audit entry (审计记录), exactly as kept in {@code audit_entry}.
 *
 * @param id         surrogate id, unique across all chains
 * @param countyCode county (tenant) whose chain holds the entry; {@code 000000} for platform-wide actions
 * @param seq        1-based position in that county's chain, without gaps
 * @param occurredAt when the entry was appended (microsecond precision)
 * @param actor      username, or {@code system}
 * @param action     action code, e.g. {@code org.account.login}
 * @param objectType kind of object acted on
 * @param objectId   id of the object acted on, if any
 * @param summary    Chinese description, with ID-card and mobile numbers masked
 * @param details    optional canonical JSON text with further facts
 * @param clientIp   the client's address when the action came from a web request
 * @param prevHash   hash of the previous entry of the chain (64 zeros for the first)
 * @param hash       {@code SM3(prevHash ‖ canonical JSON)}, see {@link EntryHash}
 */
public record AuditEntry(long id, String countyCode, long seq, Instant occurredAt, String actor, String action,
                         String objectType, @Nullable String objectId, String summary, @Nullable String details,
                         @Nullable String clientIp, String prevHash, String hash) {
}
