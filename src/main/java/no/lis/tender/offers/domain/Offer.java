package no.lis.tender.offers.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import no.lis.tender.shared.domain.Digests;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Versioned;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderStatus;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A supplier's offer on a tender, the aggregate root of offers: one per supplier and tender. Until
 * the submission deadline the supplier may save a draft, submit it, withdraw and submit again;
 * each submission gets a {@link Receipt}, and the last submission counts while the offer is
 * {@link OfferStatus#SUBMITTED}. Content is only ever stored sealed, each value bound to its place
 * ({@link SealPlace}: this offer, its supplier, the slot and its number), so the offer must be
 * stored (have its id) before anything is sealed in it. Which lots it is for is sealed too; buyers
 * count offers per lot through the anonymous {@link LotTally}. Before the tender's offers are opened
 * no one but the supplier can read the content ({@link #contentFor}); the opening checks each
 * submission against its receipt ({@link #checkAtOpening}).
 */
@Entity
@Table(name = "OFR_OFFER", uniqueConstraints = @UniqueConstraint(
        name = "UQ_OFR_OFFER_TENDER_SUPPLIER", columnNames = {"TENDER_ID", "SUPPLIER_ID"}))
@NamedQuery(name = "Offer.findByTender", query = "SELECT o FROM Offer o WHERE o.tenderId = :tenderId ORDER BY o.id")
@NamedQuery(name = "Offer.receiptsByTender", query = "SELECT o.id, o.supplierId, r.submissionNumber, r.receivedAt, r.sha256"
        + " FROM Offer o JOIN o.receipts r WHERE o.tenderId = :tenderId ORDER BY o.id, r.submissionNumber")
@NamedQuery(name = "Offer.findByTenderAndSupplier",
        query = "SELECT o FROM Offer o WHERE o.tenderId = :tenderId AND o.supplierId = :supplierId")
public class Offer extends Versioned {

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
    @AttributeOverride(name = "keys", column = @Column(name = "DRAFT_KEYS"))
    private SealedContent draft;

    /** How many drafts were saved: the number the draft is sealed under, so that an older one cannot be put back. */
    @Column(name = "DRAFT_NUMBER", nullable = false)
    private int draftNumber;

    /** How many files were attached: the next attachment is sealed under the next number. */
    @Column(name = "ATTACHMENT_COUNT", nullable = false)
    private int attachmentCount;

    @Column(name = "DRAFT_SAVED_AT")
    private Instant draftSavedAt;

    @Embedded
    @AttributeOverride(name = "ciphertext", column = @Column(name = "SUBMITTED_CIPHERTEXT"))
    @AttributeOverride(name = "nonce", column = @Column(name = "SUBMITTED_NONCE"))
    @AttributeOverride(name = "keyId", column = @Column(name = "SUBMITTED_KEY_ID",
            length = SealedContent.KEY_ID_LENGTH))
    @AttributeOverride(name = "keys", column = @Column(name = "SUBMITTED_KEYS"))
    private SealedContent submitted;

    @ElementCollection
    @CollectionTable(name = "OFR_RECEIPT", joinColumns = @JoinColumn(name = "OFFER_ID"))
    @OrderColumn(name = "RECEIPT_INDEX")
    private List<Receipt> receipts = new ArrayList<>();

    /**
     * The lots of each receipt ({@link ReceiptLots}), sealed for the supplier, in the same order. Kept
     * apart from the receipts, which change when withdrawn, so that these rows are only ever added.
     */
    @ElementCollection
    @CollectionTable(name = "OFR_RECEIPT_LOTS", joinColumns = @JoinColumn(name = "OFFER_ID"))
    @OrderColumn(name = "RECEIPT_INDEX")
    private List<SealedContent> receiptLots = new ArrayList<>();

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected Offer() {
    }

    /**
     * A new, empty offer of the supplier {@code supplier} acts for, on {@code tender}; refused
     * where the tender takes no offers (see {@link #saveDraft}).
     */
    public static Offer start(Tender tender, Reader supplier, Clock clock) {
        if (!supplier.isSupplier()) {
            throw new DomainException(null, "offers.suppliersOnly");
        }
        Offer offer = new Offer();
        offer.tenderId = tender.getId();
        offer.supplierId = supplier.supplierId();
        offer.status = OfferStatus.DRAFT;
        offer.createdAt = clock.instant();
        offer.requireOpenForOffers(tender, offer.createdAt);
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
        draft = seal.seal(place(SealPlace.Slot.DRAFT, draftNumber + 1),
                content.canonicalJson().getBytes(StandardCharsets.UTF_8));
        draftNumber++;
        draftSavedAt = now;
    }

    /**
     * Submits the draft: it becomes the content that counts, replacing any earlier submission,
     * and is received now. Refused at and after the deadline, unless the tender is published, for
     * a draft without lots, and for one without a complete ESPD where one is needed ({@link Espd}).
     * Returns the receipt, with the digest of the content submitted, and the changes to the count of
     * offers per lot.
     */
    public Submission submit(Tender tender, OfferSeal seal, Clock clock) {
        Instant now = clock.instant();
        requireOpenForOffers(tender, now);
        if (draft == null) {
            throw new DomainException(null, "offers.noDraft");
        }
        byte[] bytes = seal.open(place(SealPlace.Slot.DRAFT, draftNumber), draft);
        OfferContent content = content(bytes);
        if (content.lots().isEmpty()) {
            throw new DomainException("lots", "offers.lotsRequired");
        }
        DomainException.throwIfAny(content.violationsForSubmission(tender));
        List<String> uncounted = countedTokens(seal);
        int number = receipts.size() + 1;
        submitted = seal.seal(place(SealPlace.Slot.SUBMITTED, number), bytes);
        ReceiptLots lots = ReceiptLots.counting(content.lotNumbers());
        Receipt receipt = new Receipt(number, now.truncatedTo(ChronoUnit.MICROS), Digests.sha256Hex(bytes));
        receipts.add(receipt);
        receiptLots.add(seal.seal(place(SealPlace.Slot.RECEIPT, number), lots.toBytes()));
        status = OfferStatus.SUBMITTED;
        return new Submission(receipt, lots.tallies(tenderId), uncounted);
    }

    /**
     * Withdraws the submitted offer: nothing counts until it is submitted again, and its receipt
     * records when it was withdrawn. Refused at and after the deadline, unless the tender is
     * published, and unless the offer stands submitted. Returns the tally tokens that no longer count.
     */
    public List<String> withdraw(Tender tender, OfferSeal seal, Clock clock) {
        Instant now = clock.instant();
        requireOpenForOffers(tender, now);
        if (status != OfferStatus.SUBMITTED) {
            throw new DomainException(null, "offers.notSubmitted");
        }
        List<String> uncounted = countedTokens(seal);
        status = OfferStatus.WITHDRAWN;
        lastReceipt().ifPresent(receipt -> receipt.withdrawAt(now.truncatedTo(ChronoUnit.MICROS)));
        return uncounted;
    }

    /** The tally tokens the submission that counts now is counted under; none unless submitted. */
    private List<String> countedTokens(OfferSeal seal) {
        return isSubmitted() ? lotsOf(lastReceipt().orElseThrow(), seal).tallyTokens() : List.of();
    }

    private ReceiptLots lotsOf(Receipt receipt, OfferSeal seal) {
        int number = receipt.getSubmissionNumber();
        return ReceiptLots.fromBytes(seal.open(place(SealPlace.Slot.RECEIPT, number), receiptLots.get(number - 1)));
    }

    /** The lots of {@code receipt}, for the supplier whose offer it is only ({@code offers.notYours}). */
    public List<Integer> lotsOf(Receipt receipt, Reader reader, OfferSeal seal) {
        requireOwnedBy(reader);
        return lotsOf(receipt, seal).lotNumbers();
    }

    /**
     * Where a value of this offer is sealed: slot {@code slot}, number {@code number}. Only a stored
     * offer has a place, since the seal binds each value to the offer's id.
     */
    SealPlace place(SealPlace.Slot slot, int number) {
        if (getId() == null) {
            throw new IllegalStateException("store the offer before sealing anything in it: seals are bound to its id");
        }
        return new SealPlace(tenderId, getId(), supplierId, slot, number);
    }

    /** The number the next attached file is sealed under. */
    int nextAttachmentNumber() {
        return ++attachmentCount;
    }

    /**
     * Offers may be changed until the deadline (exclusive, by the server's clock at the arrival of
     * the request: see {@code shared.application.Arrival}), on a published tender only; once the
     * opening has started, submission is closed and nothing changes.
     */
    void requireOpenForOffers(Tender tender, Instant now) {
        if (!tender.getId().equals(tenderId)) {
            throw new IllegalArgumentException("offer " + getId() + " is not on tender " + tender.getId());
        }
        Instant deadline = tender.getTimeline().getSubmissionDeadline();
        if (tender.getTimeline().submissionDeadlineReached(now)) {
            throw new DomainException(null, "offers.deadlinePassed", deadline);
        }
        if (tender.getStatus() == TenderStatus.SUBMISSION_CLOSED || tender.getStatus() == TenderStatus.OPENED) {
            throw new DomainException(null, "offers.submissionClosed");
        }
        if (tender.getStatus() != TenderStatus.PUBLISHED) {
            throw new DomainException(null, "offers.tenderNotOpenForOffers", tender.getStatus());
        }
    }

    /**
     * Confirms a submission or withdrawal of this offer, made against the tender as read before,
     * against {@code lockedTender}: the tender as it stands under its lock, the last step before the
     * commit. Refused as that step would have been if the opening has started meanwhile
     * ({@code offers.submissionClosed}); the deadline is judged by {@code clock}, the arrival, again.
     */
    public void requireStillOpen(Tender lockedTender, Clock clock) {
        requireOpenForOffers(lockedTender, clock.instant());
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
     * confirmed, and only an offer that was opened intact ({@code offers.sealed},
     * {@code offers.notOpened}, {@code offers.opening.notIntact}), through the tender's opening key,
     * which the seal refuses before the deadline; no one else, administrators included.
     */
    public Optional<OfferContent> contentFor(Reader reader, TenderOpening opening, OfferSeal seal) {
        if (isOwnedBy(reader)) {
            return Optional.ofNullable(submitted).map(sealed -> content(seal.open(submittedPlace(), sealed)));
        }
        if (reader.isSupplier()) {
            throw new DomainException(null, "offers.notYours");
        }
        if (opening == null) {
            throw new DomainException(null, "offers.sealed");
        }
        opening.requireOpenedFor(reader, this);
        return Optional.of(openedContent(seal.openingKey(tenderId, reader.username())));
    }

    /**
     * The content of this offer as it was opened intact at {@code opening}, for the evaluation of
     * the tender, which decides itself what the buyers and the specialist group may see of it
     * (members score blind to prices). Refused unless the opening is confirmed
     * ({@code offers.sealed}) and opened this offer intact ({@code offers.notOpened},
     * {@code offers.opening.notIntact}). {@code key} is the tender's opening key.
     */
    public OfferContent openedContent(TenderOpening opening, OfferSeal.OpeningKey key) {
        return sealedSubmission(opening).open(key);
    }

    /**
     * The submission as sealed, with its place: a value that can be opened away from this entity and
     * its persistence context, e.g. on another thread. Only for an offer opened by {@code opening}.
     */
    public SealedSubmission sealedSubmission(TenderOpening opening) {
        opening.requireOpened(this);
        return new SealedSubmission(submittedPlace(), submitted);
    }

    /** A submission as sealed, and where: opened by a tender's opening key. */
    public record SealedSubmission(SealPlace place, SealedContent sealed) {

        public OfferContent open(OfferSeal.OpeningKey key) {
            return content(key.open(place, sealed));
        }
    }

    private OfferContent openedContent(OfferSeal.OpeningKey key) {
        return content(key.open(submittedPlace(), submitted));
    }

    private SealPlace submittedPlace() {
        return place(SealPlace.Slot.SUBMITTED, receipts.size());
    }

    private static OfferContent content(byte[] canonicalJson) {
        return OfferContent.fromCanonicalJson(new String(canonicalJson, StandardCharsets.UTF_8));
    }

    /**
     * The draft opened for its own supplier, or empty if none was saved; anyone else is refused as
     * {@code offers.notYours}.
     */
    public Optional<OfferContent> draftFor(Reader reader, OfferSeal seal) {
        requireOwnedBy(reader);
        return Optional.ofNullable(draft)
                .map(sealed -> content(seal.open(place(SealPlace.Slot.DRAFT, draftNumber), sealed)));
    }

    /**
     * Checks the submission that counts at the opening: decrypts it with the tender's opening key
     * and compares its SHA-256 with the one on the last receipt; its attachments and its draft must
     * pass their authentication too. Nothing is read out: only digests and what failed are kept.
     * A broken draft is recorded but does not fail the submission, since a draft is never opened.
     */
    OpeningCheck checkAtOpening(OfferSeal.OpeningKey key, OfferSeal seal, List<OfferAttachment> attachments) {
        Receipt receipt = lastReceipt().orElseThrow(() -> new IllegalStateException(this + " has no submission"));
        List<String> broken = new ArrayList<>();
        String opened = null;
        try {
            opened = Digests.sha256Hex(key.open(submittedPlace(), submitted));
        } catch (SealBrokenException e) {
            broken.add(e.place().label());
        }
        for (OfferAttachment attachment : attachments) {
            broken.addAll(attachment.brokenSlots(this, key));
        }
        boolean submissionBroken = !broken.isEmpty();
        if (draft != null) {
            try {
                seal.open(place(SealPlace.Slot.DRAFT, draftNumber), draft);
            } catch (SealBrokenException e) {
                broken.add(e.place().label());
            }
        }
        return new OpeningCheck(getId(), receipt.getSubmissionNumber(), receipt.getSha256(), opened, submissionBroken,
                broken);
    }

    /** The receipt of the last submission, which counts while the offer is submitted. */
    public Optional<Receipt> lastReceipt() {
        return receipts.isEmpty() ? Optional.empty() : Optional.of(receipts.get(receipts.size() - 1));
    }

    public boolean isSubmitted() {
        return status == OfferStatus.SUBMITTED;
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

    /** How many drafts were saved; the draft's number. */
    public int getDraftNumber() {
        return draftNumber;
    }

    /** When the draft was last saved, or null if never. */
    public Instant getDraftSavedAt() {
        return draftSavedAt;
    }

    /** Every submission, first to last. */
    public List<Receipt> getReceipts() {
        return List.copyOf(receipts);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** One offer per supplier and tender. */
    @Override
    protected Object[] businessKey() {
        return new Object[] {tenderId, supplierId};
    }

    @Override
    public String toString() {
        return "offer " + getId() + " of supplier " + supplierId + " on tender " + tenderId;
    }
}
