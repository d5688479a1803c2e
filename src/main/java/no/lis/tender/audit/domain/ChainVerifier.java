package no.lis.tender.audit.domain;

import java.util.Optional;

/**
 * Walks the security log's chain from the first entry to the entry the head names, one entry at a
 * time in order of number, and names the first broken link. For each entry it checks, in order, that
 * it has the number that should come next (else {@code ENTRY_MISSING} for the number that does not
 * come), that its fields give its stored hash ({@code ENTRY_ALTERED}), that its previous hash is the
 * hash of the entry before ({@code LINK_BROKEN}), and, if a hash was noted outside the system for its
 * number, that it has that hash ({@code ANCHOR_MISMATCH}). At the end, the chain must reach the head
 * and end in the head's hash.
 * <p>
 * Entries are fed in pages, so that a long log never has to be in memory at once; the walk stops
 * reading once it has found a break. Entries numbered after the head are appends that came after the
 * walk began and are left for the next verification.
 */
public final class ChainVerifier {

    private final long headSequence;
    private final String headHash;
    private final ChainAnchor anchor;
    private long expected = 1;
    private String previousHash = SecurityLogEntry.GENESIS_HASH;
    private ChainBreak firstBreak;

    public ChainVerifier(SecurityLogHead head, Optional<ChainAnchor> anchor) {
        this.headSequence = head.getLastSequence();
        this.headHash = head.getLastHash();
        this.anchor = anchor.orElse(null);
    }

    /** The number of the last entry the walk must reach. */
    public long headSequence() {
        return headSequence;
    }

    /** The number of the last entry found whole so far; 0 before the first. */
    public long lastChecked() {
        return expected - 1;
    }

    /**
     * Checks the next entry of the chain.
     *
     * @return whether the walk should go on: {@code false} once a break is found
     */
    public boolean accept(SecurityLogEntry entry) {
        if (firstBreak != null) {
            return false;
        }
        long sequence = entry.getSequence();
        if (sequence != expected) {
            firstBreak = new ChainBreak(expected, ChainBreak.Reason.ENTRY_MISSING);
        } else if (!entry.isIntact()) {
            firstBreak = new ChainBreak(sequence, ChainBreak.Reason.ENTRY_ALTERED);
        } else if (!entry.getPreviousHash().equals(previousHash)) {
            firstBreak = new ChainBreak(sequence, ChainBreak.Reason.LINK_BROKEN);
        } else if (anchor != null && anchor.sequence() == sequence && !anchor.hash().equals(entry.getHash())) {
            firstBreak = new ChainBreak(sequence, ChainBreak.Reason.ANCHOR_MISMATCH);
        } else {
            previousHash = entry.getHash();
            expected++;
        }
        return firstBreak == null;
    }

    /** The outcome, once every entry up to the head has been fed (or a break was found). */
    public ChainVerification finish() {
        long last = lastChecked();
        if (firstBreak == null) {
            if (last < headSequence || anchor != null && anchor.sequence() > last) {
                firstBreak = new ChainBreak(last + 1, ChainBreak.Reason.ENTRY_MISSING);
            } else if (!previousHash.equals(headHash)) {
                firstBreak = new ChainBreak(last, ChainBreak.Reason.HEAD_MISMATCH);
            }
        }
        return new ChainVerification(last, headSequence, headHash, firstBreak);
    }
}
