package no.lis.tender.audit.domain;

import java.io.Serializable;
import java.util.Optional;

/**
 * The outcome of walking the security log's chain.
 *
 * @param entriesChecked the entries found whole before the first break (all of them if there is none)
 * @param headSequence   the number of the last entry, as the head gave it when the walk began
 * @param headHash       the hash of that entry, as the head gave it: the value to note outside the system
 * @param firstBreak     the first break, or {@code null} when the chain holds
 */
public record ChainVerification(long entriesChecked, long headSequence, String headHash, ChainBreak firstBreak)
        implements Serializable {

    public boolean isIntact() {
        return firstBreak == null;
    }

    public Optional<ChainBreak> broken() {
        return Optional.ofNullable(firstBreak);
    }
}
