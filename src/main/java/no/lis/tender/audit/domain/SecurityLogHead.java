package no.lis.tender.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import no.lis.tender.shared.domain.SecurityEvent;

import java.time.Instant;

/**
 * The end of the security log's chain: the number and hash of the last entry. It is the only way
 * to add an entry, and it is one row, so that appends on any thread of any server are serialised by
 * locking that row for the length of the append (the repository reads it with a pessimistic write
 * lock); the row is created with the schema, before any entry. No {@code @Version}: the lock, not an
 * optimistic check, keeps two appends from taking the same number.
 * <p>
 * Its hash is also what can be noted outside the system (see docs/security-log.md): an entry that
 * has that hash at that number later proves the chain up to it was not rewritten.
 */
@Entity
@Table(name = "SEC_LOG_HEAD")
public class SecurityLogHead {

    /** The id of the one row. */
    public static final int ID = 1;

    @Id
    @Column(name = "ID")
    private int id = ID;

    @Column(name = "LAST_SEQUENCE", nullable = false)
    private long lastSequence;

    @Column(name = "LAST_HASH", nullable = false, length = 64)
    private String lastHash = SecurityLogEntry.GENESIS_HASH;

    protected SecurityLogHead() {
    }

    /** The head of a log without entries. */
    public static SecurityLogHead empty() {
        return new SecurityLogHead();
    }

    /** The next entry of the chain, recording {@code event} at {@code now}; the head moves on to it. */
    public SecurityLogEntry append(SecurityEvent event, Instant now) {
        SecurityLogEntry entry = new SecurityLogEntry(lastSequence + 1, now, event, lastHash);
        lastSequence = entry.getSequence();
        lastHash = entry.getHash();
        return entry;
    }

    /** The number of the last entry; 0 while the log is empty. */
    public long getLastSequence() {
        return lastSequence;
    }

    public String getLastHash() {
        return lastHash;
    }
}
