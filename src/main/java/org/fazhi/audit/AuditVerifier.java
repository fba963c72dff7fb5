package org.fazhi.audit;

import org.fazhi.audit.ChainReport.ChainBreak;
import org.fazhi.audit.ChainReport.Fault;
import org.fazhi.org.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proves that the audit log is whole (审计链校验): walks each county's chain in order and recomputes every hash.
 *
 * <p>A chain is read in batches of {@link AuditSettings#verifyBatchSize()} by keyset ({@code seq > last}), keeping only
 * the previous hash in memory, so millions of entries need no more memory than one batch. Each chain is read in one
 * read-only {@code REPEATABLE READ} transaction: every batch and the chain head come from the same snapshot, so entries
 * appended while the walk runs neither disturb it nor look like a broken end.
 *
 * <p>For each entry, in this order: its position must follow the previous one (else {@link Fault#ENTRY_MISSING}); its
 * fields and claimed {@code prev_hash} must give its stored hash (else {@link Fault#CONTENT_ALTERED}); its
 * {@code prev_hash} must equal the previous entry's hash (else {@link Fault#LINK_BROKEN}). Finally the chain head must
 * point at the last entry: a head beyond it means entries were cut off the end. The first fault found is reported.
 *
 * <p>A chain without a key proves integrity against everyone who cannot rewrite it wholesale; to close that gap the
 * report gives each chain's head hash, which an auditor writes down (or prints in the annual report) so that a later
 * verification can show the chain still passes through it.
 */
@Service
public class AuditVerifier {

    private final AuditEntries entries;
    private final AuditTrail trail;
    private final AuditSettings settings;
    private final TransactionTemplate snapshot;

    AuditVerifier(AuditEntries entries, AuditTrail trail, AuditSettings settings, PlatformTransactionManager transactions) {
        this.entries = entries;
        this.trail = trail;
        this.settings = settings;
        this.snapshot = new TransactionTemplate(transactions);
        // Always a transaction of its own: joining a caller's transaction would lose the snapshot isolation.
        this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    /** Verifies one county's chain. */
    public ChainReport verify(String countyCode) {
        ChainReport report = snapshot.execute(status -> walk(countyCode));
        if (report == null) {
            throw new IllegalStateException("verification returned nothing");
        }
        return report;
    }

    /** Verifies every chain. */
    public VerificationReport verifyAll() {
        return verifyChains(entries.chains("TRUE", Map.of()));
    }

    VerificationReport verifyChains(List<String> counties) {
        List<ChainReport> reports = new ArrayList<>();
        counties.forEach(county -> reports.add(verify(county)));
        return VerificationReport.of(reports);
    }

    /** Verifies the chains the user may verify and records that the check was made (校验本身留痕). */
    VerificationReport verifyAndRecord(CurrentUser user) {
        AuditQueries.Where chains = AuditQueries.chains(user);
        VerificationReport report = verifyChains(entries.chains(chains.sql(), chains.params()));
        trail.record(AuditChainVerified.of(user.countyCode(), user.username(), report), details(report));
        return report;
    }

    /** Verifies every chain for the command line and records the check as a platform action of {@code system}. */
    VerificationReport verifyAllAndRecord(List<String> counties) {
        VerificationReport report = counties.isEmpty() ? verifyAll() : verifyChains(counties);
        trail.record(AuditChainVerified.of(AuditQueries.PLATFORM, "system", report), details(report));
        return report;
    }

    private static List<Map<String, Object>> details(VerificationReport report) {
        return report.chains().stream().map(c -> {
            Map<String, Object> chain = new java.util.LinkedHashMap<>();
            chain.put("countyCode", c.countyCode());
            chain.put("entries", c.entries());
            chain.put("headHash", c.headHash());
            if (c.firstBreak() != null) {
                chain.put("fault", c.firstBreak().fault().name());
                chain.put("seq", c.firstBreak().seq());
            }
            return chain;
        }).toList();
    }

    private ChainReport walk(String county) {
        Optional<AuditEntries.Head> head = entries.head(county);
        String previousHash = EntryHash.GENESIS;
        @Nullable AuditEntry previous = null;
        long expectedSeq = 1;
        List<AuditEntry> batch;
        do {
            batch = entries.chainBatch(county, expectedSeq - 1, settings.verifyBatchSize());
            for (AuditEntry entry : batch) {
                ChainBreak fault = check(entry, expectedSeq, previousHash);
                if (fault != null) {
                    return new ChainReport(county, expectedSeq - 1, previousHash, fault);
                }
                previousHash = entry.hash();
                previous = entry;
                expectedSeq++;
            }
        } while (batch.size() == settings.verifyBatchSize());
        long count = expectedSeq - 1;
        if (head.isPresent() && head.get().lastSeq() > count) {
            long last = head.get().lastSeq();
            return new ChainReport(county, count, previousHash, new ChainBreak(Fault.ENTRY_MISSING, count + 1, null,
                    null, null, "链尾" + range(count + 1, last) + "记录缺失：链头记载共 " + last + " 条，实存 " + count + " 条"));
        }
        if (head.isPresent() && previous != null && !head.get().lastHash().equals(previousHash)) {
            return new ChainReport(county, count, previousHash, new ChainBreak(Fault.LINK_BROKEN, previous.seq(),
                    previous.id(), previous.occurredAt(), previous.action(),
                    "链头记载的哈希与最后一条记录（第 " + previous.seq() + " 号）的哈希不符：链头或链尾记录被改动"));
        }
        return new ChainReport(county, count, previousHash, null);
    }

    private static @Nullable ChainBreak check(AuditEntry entry, long expectedSeq, String previousHash) {
        if (entry.seq() != expectedSeq) {
            return new ChainBreak(Fault.ENTRY_MISSING, expectedSeq, entry.id(), entry.occurredAt(), entry.action(),
                    range(expectedSeq, entry.seq() - 1) + "记录缺失（其后现存第 " + entry.seq() + " 号记录，ID "
                            + entry.id() + "）");
        }
        if (!EntryHash.of(entry.prevHash(), entry).equals(entry.hash())) {
            return new ChainBreak(Fault.CONTENT_ALTERED, entry.seq(), entry.id(), entry.occurredAt(), entry.action(),
                    "第 " + entry.seq() + " 号记录（ID " + entry.id() + "）的内容与其哈希不符：记录内容或哈希值被改动");
        }
        if (!entry.prevHash().equals(previousHash)) {
            return new ChainBreak(Fault.LINK_BROKEN, entry.seq(), entry.id(), entry.occurredAt(), entry.action(),
                    "第 " + entry.seq() + " 号记录（ID " + entry.id() + "）记载的前序哈希与上一条记录的哈希不符："
                            + "上一条记录可能被整条替换");
        }
        return null;
    }

    private static String range(long from, long to) {
        return from == to ? "第 " + from + " 号" : "第 " + from + " 至 " + to + " 号";
    }
}
