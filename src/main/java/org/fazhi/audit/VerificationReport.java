package org.fazhi.audit;

import java.util.List;

/**
 * The result of verifying one or more audit chains (审计链校验报告).
 *
 * @param intact  true when every chain is intact (an empty log is intact)
 * @param entries entries checked over all chains
 * @param chains  one report per county chain, in county-code order
 */
public record VerificationReport(boolean intact, long entries, List<ChainReport> chains) {

    public VerificationReport {
        chains = List.copyOf(chains);
    }

    static VerificationReport of(List<ChainReport> chains) {
        return new VerificationReport(chains.stream().allMatch(ChainReport::intact),
                chains.stream().mapToLong(ChainReport::entries).sum(), chains);
    }

    /** The chains that are not intact. */
    public List<ChainReport> broken() {
        return chains.stream().filter(c -> !c.intact()).toList();
    }
}
