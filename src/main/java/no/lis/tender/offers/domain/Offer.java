package no.lis.tender.offers.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderStatus;
import no.lis.tender.tendering.domain.Timeline;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A supplier's offer on a tender, the aggregate root of offers: one per supplier and tender. Until
 * the submission deadline the supplier may save a draft, submit it, withdraw and submit again;
 * each submission gets a {@link Receipt}, and the last submission counts while the offer is
 * {@link OfferStatus#SUBMITTED}. Content is only ever stored sealed; the lots of the submission
 * that counts are kept in clear, so that buyers can count offers per lot without reading any.
 * Before the tender's offers are opened no one but the supplier can read the content
 * ({@link #contentFor}).
 */
@Entity
@Table(name = "OFR_OFFER", uniqueConstraints = @UniqueConstraint(
        name = "UQ_OFR_OFFER_TENDER_SUPPLIER", columnNames = {"TENDER_ID", "SUPPLIER_ID"}))
@NamedQuery(name = "Offer.findByTender", query = "SELECT o FROM Offer o WHERE o.tenderId = :tenderId ORDER BY o.id")
@NamedQuery(name = "Offer.findByTenderAndSupplier",
        query = "SELECT o FROM Offer o WHERE o.tenderId = :tenderId AND o.supplierId = :supplierId")
@NamedQuery(name = "Offer.countByLot", query = "SELECT l, COUNT(o) FROM Offer o JOIN o.lots l"
        + " WHERE o.tenderId = :tenderId AND o.status = :status GROUP BY l ORDER BY l")
public class Offer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TENDER_ID", nullable = false)
    private Long tenderId;

    @Column(name = "SUPPLIER_ID", nullable = false)
    private Long supplierId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private OfferStatus status;

    @Embedded
    @AttributeOverride(name = "ciphertext", column = @Column(name = "DRAFT_CIPHERTEXT"))
    @AttributeOverride(name = "nonce", column = @Column(name = "DRAFT_NONCE"))
    @AttributeOverride(name = "keyId", column = @Column(name = "DRAFT_KEY_ID", length = SealedContent.KEY_ID_LENGTH))
    private SealedContent draft;

    @Column(name = "DRAFT_SAVED_AT")
    private Instant draftSavedAt;

    @Embedded
    @AttributeOverride(name = "ciphertext", column = @Column(name = "SUBMITTED_CIPHERTEXT"))
    @AttributeOverride(name = "nonce", column = @Column(name = "SUBMITTED_NONCE"))
    @AttributeOverride(name = "keyId", column = @Column(name = "SUBMITTED_KEY_ID",
            length = SealedContent.KEY_ID_LENGTH))
    private SealedContent submitted;

    /** The lots of the last submission. */
    @ElementCollection
    @CollectionTable(name = "OFR_OFFER_LOT", joinColumns = @JoinColumn(name = "OFFER_ID"))
    @Column(name = "LOT_NUMBER", nullable = false)
    private Set<Integer> lots = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "OFR_RECEIPT", joinColumns = @JoinColumn(name = "OFFER_ID"))
    @OrderColumn(name = "RECEIPT_INDEX")
    private List<Receipt> receipts = new ArrayList<>();

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Offer() {
    }

    /** A new, empty offer of the supplier {@code supplier} acts for, on {@code tender}. */
    public static Offer start(Tender tender, Reader supplier, Clock clock) {
        if (!supplier.isSupplier()) {
            throw new DomainException(null, "offers.suppliersOnly");
        }
        Offer offer = new Offer();
        offer.tenderId = tender.getId();
        offer.supplierId = supplier.supplierId();
        offer.status = OfferStatus.DRAFT;
        offer.createdAt = clock.instant();
        return offer;
    }

    /**
     * Keeps {@code content} sealed as the draft, to be submitted later; what was submitted before
     * still counts. Refused at and after the deadline, unless the tender is published, and where
     * the content does not fit the tender (a lot or sub-criterion it does not have).
     */
    public void saveDraft(Tender tender, OfferContent content, OfferSeal seal, Clock clock) {
        Instant now = clock.instant();
        requireOpenForOffers(tender, now);
        DomainException.throwIfAny(content.violationsAgainst(tender));
        draft = seal.seal(content);
        draftSavedAt = now;
    }

    /**
     * Submits the draft: it becomes the content that counts, replacing any earlier submission,
     * and is received now. Refused at and after the deadline, unless the tender is published, and
     * for a draft without lots. Returns the receipt, with the digest of the content submitted.
     */
    public Receipt submit(Tender tender, OfferSeal seal, Clock clock) {
        Instant now = clock.instant();
        requireOpenForOffers(tender, now);
        if (draft == null) {
            throw new DomainException(null, "offers.noDraft");
        }
        OfferContent content = seal.open(draft);
        if (content.lots().isEmpty()) {
            throw new DomainException("lots", "offers.lotsRequired");
        }
        submitted = seal.seal(content);
        lots.clear();
        lots.addAll(content.lotNumbers());
        status = OfferStatus.SUBMITTED;
        Receipt receipt = new Receipt(receipts.size() + 1, now.truncatedTo(ChronoUnit.MICROS), content.sha256(),
                content.lotNumbers());
        receipts.add(receipt);
        return receipt;
    }

    /**
     * Withdraws the submitted offer: nothing counts until it is submitted again, and its receipt
     * records when it was withdrawn. Refused at and after the deadline, unless the tender is
     * published, and unless the offer stands submitted.
     */
    public void withdraw(Tender tender, Clock clock) {
        Instant now = clock.instant();
        requireOpenForOffers(tender, now);
        if (status != OfferStatus.SUBMITTED) {
            throw new DomainException(null, "offers.notSubmitted");
        }
        status = OfferStatus.WITHDRAWN;
        lastReceipt().ifPresent(receipt -> receipt.withdrawAt(now.truncatedTo(ChronoUnit.MICROS)));
    }

    /** Offers may be changed until the deadline (exclusive, by the server's clock), on a published tender only. */
    void requireOpenForOffers(Tender tender, Instant now) {
        if (!tender.getId().equals(tenderId)) {
            throw new IllegalArgumentException("offer " + id + " is not on tender " + tender.getId());
        }
        Instant deadline = tender.getTimeline().getSubmissionDeadline();
        if (tender.getTimeline().submissionDeadlineReached(now)) {
            throw new DomainException(null, "offers.deadlinePassed", Timeline.osloText(deadline));
        }
        if (tender.getStatus() != TenderStatus.PUBLISHED) {
            throw new DomainException(null, "offers.tenderNotOpenForOffers", tender.getStatus());
        }
    }

    /** Whether {@code reader} acts for the supplier whose offer this is. */
    public boolean isOwnedBy(Reader reader) {
        return reader.actsFor(supplierId);
    }

    /** Refuses anyone but the supplier's own users, as {@code offers.notYours}. */
    public void requireOwnedBy(Reader reader) {
        if (!isOwnedBy(reader)) {
            throw new DomainException(null, "offers.notYours");
        }
    }

    /**
     * The content that counts, opened for {@code reader}, or empty if nothing has been submitted.
     * The supplier reads its own offer at any time. Another supplier never
     * ({@code offers.notYours}). A buyer only once {@code opening} (null while none has started) is
     * confirmed, and only an offer that was opened ({@code offers.sealed}, {@code offers.notOpened});
     * no one else, administrators included.
     */
    public Optional<OfferContent> contentFor(Reader reader, TenderOpening opening, OfferSeal seal) {
        if (!isOwnedBy(reader)) {
            if (reader.isSupplier()) {
                throw new DomainException(null, "offers.notYours");
            }
            if (opening == null) {
                throw new DomainException(null, "offers.sealed");
            }
            opening.requireOpenedFor(reader, this);
        }
        return Optional.ofNullable(submitted).map(seal::open);
    }

    /**
     * The content of this offer as it was opened at {@code opening}, for the evaluation of the
     * tender, which decides itself what the buyers and the specialist group may see of it (members
     * score blind to prices). Refused unless the opening is confirmed ({@code offers.sealed}) and
     * opened this offer ({@code offers.notOpened}).
     */
    public OfferContent openedContent(TenderOpening opening, OfferSeal seal) {
        opening.requireOpened(this);
        return seal.open(submitted);
    }

    /**
     * The draft opened for its own supplier, or empty if none was saved; anyone else is refused as
     * {@code offers.notYours}.
     */
    public Optional<OfferContent> draftFor(Reader reader, OfferSeal seal) {
        requireOwnedBy(reader);
        return Optional.ofNullable(draft).map(seal::open);
    }

    /** The receipt of the last submission, which counts while the offer is submitted. */
    public Optional<Receipt> lastReceipt() {
        return receipts.isEmpty() ? Optional.empty() : Optional.of(receipts.get(receipts.size() - 1));
    }

    public boolean isSubmitted() {
        return status == OfferStatus.SUBMITTED;
    }

    public Long getId() {
        return id;
    }

    public Long getTenderId() {
        return tenderId;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public OfferStatus getStatus() {
        return status;
    }

    /** When the draft was last saved, or null if never. */
    public Instant getDraftSavedAt() {
        return draftSavedAt;
    }

    /** The lots of the last submission, by number; they count only while the offer is submitted. */
    public List<Integer> getLots() {
        return lots.stream().sorted().toList();
    }

    /** Every submission, first to last. */
    public List<Receipt> getReceipts() {
        return List.copyOf(receipts);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    /** One offer per supplier and tender. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Offer other && Objects.equals(tenderId, other.tenderId)
                && Objects.equals(supplierId, other.supplierId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenderId, supplierId);
    }

    @Override
    public String toString() {
        return "offer " + id + " of supplier " + supplierId + " on tender " + tenderId;
    }
}
