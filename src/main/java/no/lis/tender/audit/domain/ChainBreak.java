package no.lis.tender.audit.domain;

import java.io.Serializable;
import java.util.Objects;

/**
 * The first place where the security log's chain does not hold: the number of the entry, and why.
 *
 * @param sequence the number of the first entry that is wrong or missing
 * @param reason   what is wrong there
 */
public record ChainBreak(long sequence, Reason reason) implements Serializable {

    /** What a verification can find wrong; the message key of each is {@code securityLog.break.NAME}. */
    public enum Reason {
        /** The entry's fields no longer give its stored hash: a field, or the hash, was changed. */
        ENTRY_ALTERED,
        /**
         * The entry's previous hash is not the hash of the entry before it: that entry was changed and
         * given a fresh hash, or an entry was put in or replaced.
         */
        LINK_BROKEN,
        /** There is no entry with this number although the chain goes on, or the head says it should exist. */
        ENTRY_MISSING,
        /** The head's hash is not the hash of the last entry: the last entry or the head was changed. */
        HEAD_MISMATCH,
        /** The entry does not have the hash noted outside the system: the chain was rewritten up to here. */
        ANCHOR_MISMATCH;

        public String messageKey() {
            return "securityLog.break." + name();
        }
    }

    public ChainBreak {
        Objects.requireNonNull(reason, "reason");
    }
}
