package org.fazhi.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The result of walking one county's audit chain (审计链校验结果).
 *
 * @param countyCode the chain's county
 * @param entries    entries checked (up to the first break)
 * @param headHash   hash of the last entry of the chain (the one to write down to prove later that nothing after
 *                   it was rewritten); for a broken chain, the hash of the last entry before the break
 * @param firstBreak the first entry that is wrong, or {@code null} when the chain is intact
 */
public record ChainReport(String countyCode, long entries, String headHash, @Nullable ChainBreak firstBreak) {

    @JsonProperty("intact")
    public boolean intact() {
        return firstBreak == null;
    }

    /** What is wrong with an entry (审计链异常类型). */
    public enum Fault {
        /** 内容被篡改: the entry's fields (or its own hash) no longer give its stored hash. */
        CONTENT_ALTERED("内容被篡改"),
        /** 链接断开: the entry does not point at the previous entry's hash, e.g. an earlier entry was replaced. */
        LINK_BROKEN("哈希链接断开"),
        /** 记录缺失: a position of the chain has no entry (deleted), in the middle or at the end. */
        ENTRY_MISSING("记录缺失");

        private final String label;

        Fault(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The first broken entry of a chain (首个异常记录).
     *
     * @param fault       what is wrong
     * @param seq         position in the chain: the altered entry, or for {@link Fault#ENTRY_MISSING} the missing one
     * @param entryId     id of the entry at fault; for a missing entry, of the entry found in its place (the next
     *                    surviving one), {@code null} when the chain's end is missing
     * @param occurredAt  that entry's time
     * @param action      that entry's action code
     * @param description a Chinese sentence saying what was found
     */
    public record ChainBreak(Fault fault, long seq, @Nullable Long entryId, @Nullable Instant occurredAt,
                             @Nullable String action, String description) {
    }
}
