package no.lis.tender.offers.infrastructure;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Versioned;
import no.lis.tender.tendering.domain.Tender;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A tender's opening key pair (X25519): submissions are sealed for its public key without the
 * private key, which is unwrapped only from the tender's submission deadline on. Both halves are
 * wrapped by the master key: the private one to keep it secret, the public one so that no one can
 * put a key of their own in its place. Both are bound to the tender and to the deadline the tender
 * had when the key was made, so that moving the deadline earlier in the database does not open it
 * sooner. One per tender.
 */
@Entity
@Table(name = "OFR_TENDER_KEY")
@NamedQuery(name = "TenderKey.findByTender", query = "SELECT k FROM TenderKey k WHERE k.tenderId = :tenderId")
@NamedQuery(name = "TenderKey.findByMasterKey", query = "SELECT k FROM TenderKey k"
        + " WHERE k.publicKey.masterKeyId = :masterKeyId OR k.privateKey.masterKeyId = :masterKeyId")
public class TenderKey extends Versioned {

    @Column(name = "TENDER_ID", nullable = false, unique = true)
    private Long tenderId;

    @Column(name = "DEADLINE", nullable = false)
    private Instant deadline;

    @Embedded
    @AttributeOverride(name = "masterKeyId", column = @Column(name = "PUBLIC_MASTER_KEY_ID", length = 40))
    @AttributeOverride(name = "wrapped", column = @Column(name = "PUBLIC_WRAPPED"))
    private WrappedKey publicKey;

    @Embedded
    @AttributeOverride(name = "masterKeyId", column = @Column(name = "PRIVATE_MASTER_KEY_ID", length = 40))
    @AttributeOverride(name = "wrapped", column = @Column(name = "PRIVATE_WRAPPED"))
    private WrappedKey privateKey;

    /**
     * Set the first time the private key is unwrapped, which can only be from the deadline on: a
     * mark wrapped by the master key (so that no one can forge it in the database), by which the key
     * stays released for a server that restarts, whatever its clock says.
     */
    @Embedded
    @AttributeOverride(name = "masterKeyId", column = @Column(name = "RELEASED_MASTER_KEY_ID", length = 40))
    @AttributeOverride(name = "wrapped", column = @Column(name = "RELEASED_WRAPPED"))
    private WrappedKey released;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected TenderKey() {
    }

    /** A key for {@code tenderId} whose deadline is {@code deadline}; its halves are wrapped by the caller. */
    TenderKey(Long tenderId, Instant deadline, Instant createdAt) {
        this.tenderId = Objects.requireNonNull(tenderId, "tenderId");
        this.deadline = Objects.requireNonNull(deadline, "deadline").truncatedTo(ChronoUnit.MICROS);
        this.createdAt = createdAt;
    }

    String publicBinding() {
        return "lis tender opening public key;tender=" + tenderId + ";deadline=" + deadline;
    }

    String privateBinding() {
        return "lis tender opening private key;tender=" + tenderId + ";deadline=" + deadline;
    }

    String releasedBinding() {
        return "lis tender opening key released;tender=" + tenderId + ";deadline=" + deadline;
    }

    /**
     * Refuses before the tender's submission deadline: the later of the deadline bound into this
     * key and the tender's deadline now ({@code offers.openingKey.beforeDeadline}, naming it).
     */
    void requireDeadlineReached(Tender tender, Instant now) {
        Instant current = tender.getTimeline().getSubmissionDeadline();
        Instant opensAt = current == null || current.isBefore(deadline) ? deadline : current;
        if (now.isBefore(opensAt)) {
            throw new DomainException(null, "offers.openingKey.beforeDeadline", opensAt);
        }
    }

    void wrapWith(WrappedKey publicHalf, WrappedKey privateHalf) {
        this.publicKey = publicHalf;
        this.privateKey = privateHalf;
    }

    void release(WrappedKey mark) {
        this.released = mark;
    }

    /** The release mark, or null while the key has never been unwrapped. */
    WrappedKey getReleased() {
        return released;
    }

    public Long getTenderId() {
        return tenderId;
    }

    public Instant getDeadline() {
        return deadline;
    }

    WrappedKey getPublicKey() {
        return publicKey;
    }

    WrappedKey getPrivateKey() {
        return privateKey;
    }
}
