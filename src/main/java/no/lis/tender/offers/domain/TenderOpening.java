package no.lis.tender.offers.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Versioned;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The opening of a tender's offers after the submission deadline, by two different buyers: one
 * starts it, another confirms it. It records both, when, and which offers were opened: those
 * submitted when it was confirmed, each checked against its receipt ({@link OpeningCheck}). Only
 * then can buyers read them, and only those found intact. One per tender.
 */
@Entity
@Table(name = "OFR_OPENING", uniqueConstraints = @UniqueConstraint(
        name = "UQ_OFR_OPENING_TENDER", columnNames = "TENDER_ID"))
@NamedQuery(name = "TenderOpening.findByTender", query = "SELECT t FROM TenderOpening t WHERE t.tenderId = :tenderId")
public class TenderOpening extends Versioned {

    static final int USERNAME_LENGTH = Stamp.USERNAME_LENGTH;

    @Column(name = "TENDER_ID", nullable = false)
    private Long tenderId;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "STARTED_BY", nullable = false, length = USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "STARTED_AT", nullable = false))
    private Stamp started;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "CONFIRMED_BY", length = USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "CONFIRMED_AT"))
    private Stamp confirmed;

    @ElementCollection
    @CollectionTable(name = "OFR_OPENED_OFFER", joinColumns = @JoinColumn(name = "OPENING_ID"))
    private Set<OpeningCheck> opened = new HashSet<>();

    protected TenderOpening() {
    }

    /**
     * How long after the submission deadline the opening can start. An offer that arrived before the
     * deadline may still be being received just after it: saved, sealed and counted before it takes the
     * tender's lock as its last step, and refused if the opening has started by then. A minute is far
     * longer than a submission takes even in a rush (seconds), so every offer that arrived in time is in.
     */
    public static final Duration OPENS_AFTER_DEADLINE = Duration.ofMinutes(1);

    /**
     * A buyer starts opening the offers of {@code tender}. Refused until a minute after its submission
     * deadline ({@code offers.opening.beforeDeadline}, naming the time it can start;
     * {@link #OPENS_AFTER_DEADLINE}) and for a tender that is not published or closed for submission.
     */
    public static TenderOpening start(Tender tender, Reader buyer, Clock clock) {
        requireBuyer(buyer);
        Instant now = clock.instant();
        Instant opensAt = opensAt(tender);
        if (now.isBefore(opensAt)) {
            throw new DomainException(null, "offers.opening.beforeDeadline", opensAt);
        }
        if (tender.getStatus() != TenderStatus.PUBLISHED && tender.getStatus() != TenderStatus.SUBMISSION_CLOSED) {
            throw new DomainException(null, "offers.opening.notPossible", tender.getStatus());
        }
        TenderOpening opening = new TenderOpening();
        opening.tenderId = tender.getId();
        opening.started = Stamp.of(buyer.username(), now);
        return opening;
    }

    /** When the opening of {@code tender}'s offers can start: a minute after its submission deadline. */
    public static Instant opensAt(Tender tender) {
        return tender.getTimeline().getSubmissionDeadline().plus(OPENS_AFTER_DEADLINE);
    }

    /**
     * How the opening checks one submitted offer; given by the caller, who holds the tender's
     * opening key and the offer's attachments (see {@link #checkingWith}).
     */
    @FunctionalInterface
    public interface Inspection {

        OpeningCheck check(Offer offer);
    }

    /**
     * The inspection that decrypts each offer's submission with the tender's opening key (unwrapped
     * once, on first need) and checks it and {@code attachmentsOf} the offer.
     */
    public static Inspection checkingWith(Supplier<OfferSeal.OpeningKey> openingKey, OfferSeal seal,
                                          Function<Offer, List<OfferAttachment>> attachmentsOf) {
        OfferSeal.OpeningKey[] key = new OfferSeal.OpeningKey[1];
        return offer -> {
            if (key[0] == null) {
                key[0] = openingKey.get();
            }
            return offer.checkAtOpening(key[0], seal, attachmentsOf.apply(offer));
        };
    }

    /**
     * A second buyer, not the one who started, confirms the opening: the offers of
     * {@code offersOfTender} that stand submitted are opened, each checked by {@code inspection}
     * and recorded with its digests and outcome. Refused if already confirmed.
     */
    public void confirm(Reader buyer, Collection<Offer> offersOfTender, Inspection inspection, Clock clock) {
        requireBuyer(buyer);
        if (isConfirmed()) {
            throw new DomainException(null, "offers.opening.alreadyConfirmed", confirmed.actor(),
                    confirmed.at());
        }
        if (buyer.username().equals(started.actor())) {
            throw new DomainException(null, "offers.opening.sameBuyer", started.actor());
        }
        if (offersOfTender.stream().anyMatch(offer -> !offer.getTenderId().equals(tenderId))) {
            throw new IllegalArgumentException("only the offers of tender " + tenderId + " can be opened");
        }
        for (Offer offer : offersOfTender.stream().filter(Offer::isSubmitted).toList()) {
            OpeningCheck check = inspection.check(offer);
            if (!offer.getId().equals(check.getOfferId())) {
                throw new IllegalArgumentException("the check of " + offer + " names offer " + check.getOfferId());
            }
            opened.add(check);
        }
        confirmed = Stamp.now(buyer.username(), clock);
    }

    private static void requireBuyer(Reader reader) {
        if (!reader.isBuyer()) {
            throw new DomainException(null, "offers.buyersOnly");
        }
    }

    /** Refuses {@code reader} any content unless a buyer and this opening is confirmed ({@code offers.sealed}). */
    public void requireReadableBy(Reader reader) {
        if (!reader.isBuyer() || !isConfirmed()) {
            throw new DomainException(null, "offers.sealed");
        }
    }

    /** {@link #requireReadableBy}, and only for an offer of this tender that was opened intact (see {@link #requireOpened}). */
    void requireOpenedFor(Reader reader, Offer offer) {
        requireReadableBy(reader);
        requireOpened(offer);
    }

    /**
     * Refuses unless this opening is confirmed ({@code offers.sealed}), opened {@code offer}
     * ({@code offers.notOpened}) and found it intact ({@code offers.opening.notIntact}, naming what
     * it found): an offer that failed its check is never read as if nothing had happened.
     */
    void requireOpened(Offer offer) {
        if (!isConfirmed()) {
            throw new DomainException(null, "offers.sealed");
        }
        OpeningCheck check = tenderId.equals(offer.getTenderId()) ? checkOf(offer.getId()).orElse(null) : null;
        if (check == null) {
            throw new DomainException(null, "offers.notOpened");
        }
        if (!check.isIntact()) {
            throw new DomainException(null, "offers.opening.notIntact", offer.getId(), check.getOutcome());
        }
    }

    /** What the opening found for offer {@code offerId}; empty unless it was opened. */
    public Optional<OpeningCheck> checkOf(Long offerId) {
        return opened.stream().filter(check -> check.getOfferId().equals(offerId)).findFirst();
    }

    /** Every offer opened, as the opening found it, by offer id; empty until confirmed. */
    public List<OpeningCheck> getChecks() {
        return opened.stream().sorted(Comparator.comparing(OpeningCheck::getOfferId)).toList();
    }

    public boolean isConfirmed() {
        return confirmed != null;
    }

    public Long getTenderId() {
        return tenderId;
    }

    public String getStartedBy() {
        return Stamp.actorOf(started);
    }

    public Instant getStartedAt() {
        return Stamp.atOf(started);
    }

    /** The buyer who confirmed, or null while the opening waits for confirmation. */
    public String getConfirmedBy() {
        return Stamp.actorOf(confirmed);
    }

    public Instant getConfirmedAt() {
        return Stamp.atOf(confirmed);
    }

    /** The offers opened, intact or not, by id; empty until confirmed. */
    public List<Long> getOpenedOfferIds() {
        return getChecks().stream().map(OpeningCheck::getOfferId).toList();
    }

    /** The offers opened and found intact, by id: those that can be read and evaluated. */
    public List<Long> getIntactOfferIds() {
        return getChecks().stream().filter(OpeningCheck::isIntact).map(OpeningCheck::getOfferId).toList();
    }

    @Override
    protected Object[] businessKey() {
        return new Object[] {tenderId};
    }
}
