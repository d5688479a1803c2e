package no.lis.tender.agreements.negotiation.domain;

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
import no.lis.tender.agreements.award.domain.Complaint;
import no.lis.tender.agreements.award.domain.Standstill;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementLine;
import no.lis.tender.agreements.framework.domain.NyeMetoderId;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versioned;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The negotiation workspace of one Nye metoder case in phase 1 (no competition): the pack negotiated
 * on, the figures of the health-technology assessment, the supplier's price offers in rounds, the
 * timeline from the case received to the agreement in force with its clock (stopped while the buyer
 * waits for the supplier), and the outcome: a direct agreement at the last offer, or a refusal with
 * the reason. Everything in it is confidential. One per case.
 */
@Entity
@Table(name = "AGR_NEGOTIATION")
@NamedQuery(name = "NegotiationCase.findByCase", query = "SELECT n FROM NegotiationCase n"
        + " WHERE n.nyeMetoderId = :nyeMetoderId")
@NamedQuery(name = "NegotiationCase.findAll", query = "SELECT n FROM NegotiationCase n"
        + " ORDER BY n.receivedOn DESC, n.nyeMetoderId")
public class NegotiationCase extends Versioned {

    public static final int TITLE_LENGTH = 200;
    public static final int REASON_LENGTH = 2000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Column(name = "NYE_METODER_ID", nullable = false, unique = true, length = NyeMetoderId.LENGTH)
    private String nyeMetoderId;

    @Column(name = "TITLE", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "VARENUMMER", nullable = false, length = Varenummer.LENGTH)
    private String varenummer;

    @Column(name = "PRODUCT_NAME", nullable = false, length = FrameworkAgreementLine.PRODUCT_NAME_LENGTH)
    private String productName;

    @Column(name = "SUPPLIER_NAME", nullable = false, length = Supplier.NAME_LENGTH)
    private String supplierName;

    @Column(name = "MAXIMUM_PRICE", nullable = false, precision = 18, scale = 2)
    private BigDecimal maximumPrice;

    @Column(name = "INCREMENTAL_QALYS", nullable = false, precision = 9, scale = 3)
    private BigDecimal incrementalQalys;

    @Column(name = "OTHER_COSTS", nullable = false, precision = 18, scale = 2)
    private BigDecimal otherIncrementalCosts;

    @Column(name = "PACKS_PER_YEAR", nullable = false, precision = 14, scale = 2)
    private BigDecimal packsPerPatientYear;

    @Column(name = "ABSOLUTE_SHORTFALL", nullable = false, precision = 5, scale = 1)
    private BigDecimal absoluteShortfall;

    @Column(name = "RECEIVED_ON", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "PRICE_NOTE_SENT_ON")
    private LocalDate priceNoteSentOn;

    @Column(name = "PRICE_NOTE_ROUND")
    private Integer priceNoteRound;

    @Column(name = "DECISION_FORUM_ON")
    private LocalDate decisionForumOn;

    @Column(name = "DECIDED_ON")
    private LocalDate decidedOn;

    @Column(name = "IN_FORCE_ON")
    private LocalDate inForceOn;

    @ElementCollection
    @CollectionTable(name = "AGR_NEGOTIATION_OFFER", joinColumns = @JoinColumn(name = "NEGOTIATION_ID"))
    @OrderColumn(name = "OFFER_INDEX")
    private List<PriceOffer> offers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "AGR_NEGOTIATION_STOP", joinColumns = @JoinColumn(name = "NEGOTIATION_ID"))
    @OrderColumn(name = "STOP_INDEX")
    private List<ClockStop> stops = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private NegotiationStatus status;

    @Column(name = "DIRECT_AGREEMENT_ID")
    private Long directAgreementId;

    @Column(name = "REFUSAL_REASON", length = REASON_LENGTH)
    private String refusalReason;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "OPENED_BY", nullable = false, length = Complaint.USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "OPENED_AT", nullable = false))
    private Stamp opened;

    protected NegotiationCase() {
    }

    /**
     * Opens the workspace of a case, reporting every broken rule at once: case id, title, pack,
     * product, supplier, maximum price, received date and figures required; the title at most
     * {@value #TITLE_LENGTH} characters; the maximum price above 0; received no later than today
     * ({@code negotiation.date.future} under {@code receivedOn}).
     */
    public static NegotiationCase open(CaseOpening opening, String actor, Clock clock) {
        Validation validation = new Validation();
        validation.required(opening.caseId(), "nyeMetoderId");
        String title = validation.requiredSafeText("title", opening.title(), TITLE_LENGTH, false);
        validation.required(opening.varenummer(), "varenummer");
        validation.required(opening.productName(), "varenummer");
        validation.required(opening.supplierName(), "varenummer");
        if (validation.required(opening.maximumPrice(), "varenummer")) {
            validation.check(opening.maximumPrice().signum() > 0, "varenummer", "negotiation.maximumPriceMissing");
        }
        notInFuture(validation, "receivedOn", opening.receivedOn(), clock);
        validation.required(opening.economics(), "economics");
        validation.throwIfInvalid();
        NegotiationCase negotiation = new NegotiationCase();
        negotiation.nyeMetoderId = opening.caseId().value();
        negotiation.title = title;
        negotiation.varenummer = opening.varenummer().value();
        negotiation.productName = opening.productName();
        negotiation.supplierName = opening.supplierName();
        negotiation.maximumPrice = opening.maximumPrice();
        negotiation.setEconomics(opening.economics());
        negotiation.receivedOn = opening.receivedOn();
        negotiation.status = NegotiationStatus.OPEN;
        negotiation.opened = Stamp.now(actor, clock);
        return negotiation;
    }

    /**
     * Records the supplier's next price offer, received on {@code receivedOn}: a rebate in percent
     * off the maximum price or a net price per pack, exactly one ({@code negotiation.offer.priceOrRebate}
     * under {@code netPrice}); a rebate above 0 and below 100 with at most two decimals
     * ({@code negotiation.offer.rebateOutOfRange} under {@code rebatePercent}); a net price above 0, in
     * øre, no higher than the maximum price ({@code negotiation.offer.netPriceOutOfRange}); received no
     * earlier than the case or the round before ({@code negotiation.date.beforeLast}) and no later than
     * today. The clock starts again if it stood still waiting for the offer. Refused on a closed case.
     */
    public PriceOffer recordOffer(BigDecimal rebatePercent, BigDecimal netPrice, LocalDate receivedOn, Clock clock) {
        requireOpen();
        Validation validation = new Validation();
        if (validation.check((rebatePercent == null) != (netPrice == null), "netPrice",
                "negotiation.offer.priceOrRebate")) {
            if (rebatePercent != null) {
                validation.check(rebatePercent.signum() > 0 && rebatePercent.compareTo(HUNDRED) < 0
                                && rebatePercent.stripTrailingZeros().scale() <= DirectAgreement.REBATE_SCALE,
                        "rebatePercent", "negotiation.offer.rebateOutOfRange");
            } else {
                validation.check(netPrice.signum() > 0 && netPrice.compareTo(maximumPrice) <= 0
                                && netPrice.stripTrailingZeros().scale() <= 2, "netPrice",
                        "negotiation.offer.netPriceOutOfRange", maximumPrice);
            }
        }
        if (notInFuture(validation, "receivedOn", receivedOn, clock)) {
            validation.check(!receivedOn.isBefore(lastDate()), "receivedOn", "negotiation.date.beforeLast", lastDate());
        }
        validation.throwIfInvalid();
        PriceOffer offer = new PriceOffer(offers.size() + 1, receivedOn,
                rebatePercent == null ? null : rebatePercent.setScale(DirectAgreement.REBATE_SCALE),
                netPrice == null ? null : netPrice.setScale(2));
        offers.add(offer);
        openStop().ifPresent(stop -> stop.resume(receivedOn));
        return offer;
    }

    /**
     * The buyer asked the supplier on {@code since} and waits: the clock stands still until the next
     * offer comes. Refused while already waiting ({@code negotiation.alreadyWaiting}), on a closed case,
     * or with a day before the last one of the case or after today.
     */
    public void waitForSupplier(LocalDate since, Clock clock) {
        requireOpen();
        if (openStop().isPresent()) {
            throw new DomainException(null, "negotiation.alreadyWaiting");
        }
        Validation validation = new Validation();
        if (notInFuture(validation, "since", since, clock)) {
            validation.check(!since.isBefore(lastDate()), "since", "negotiation.date.beforeLast", lastDate());
        }
        validation.throwIfInvalid();
        stops.add(new ClockStop(since));
    }

    /**
     * The price note at the last offer was sent on {@code sentOn}. Refused without an offer
     * ({@code negotiation.priceNote.noOffer}), on a closed case, or with a day before the last offer
     * or after today.
     */
    public void sendPriceNote(LocalDate sentOn, Clock clock) {
        requireOpen();
        PriceOffer last = latestOffer();
        if (last == null) {
            throw new DomainException(null, "negotiation.priceNote.noOffer");
        }
        Validation validation = new Validation();
        if (notInFuture(validation, "sentOn", sentOn, clock)) {
            validation.check(!sentOn.isBefore(last.getReceivedOn()), "sentOn", "negotiation.date.beforeLast",
                    last.getReceivedOn());
        }
        validation.throwIfInvalid();
        priceNoteSentOn = sentOn;
        priceNoteRound = last.getRound();
    }

    /**
     * The decision forum meets (or met) on {@code meetsOn}, which may be ahead. Refused before a price
     * note was sent ({@code negotiation.forum.noPriceNote}) or with a day before it was sent.
     */
    public void scheduleDecisionForum(LocalDate meetsOn) {
        requireOpen();
        if (priceNoteSentOn == null) {
            throw new DomainException(null, "negotiation.forum.noPriceNote");
        }
        Validation validation = new Validation();
        if (validation.required(meetsOn, "meetsOn")) {
            validation.check(!meetsOn.isBefore(priceNoteSentOn), "meetsOn", "negotiation.date.beforeLast",
                    priceNoteSentOn);
        }
        validation.throwIfInvalid();
        decisionForumOn = meetsOn;
    }

    /**
     * The price of the last offer is agreed: the decision was made on {@code decidedOn} and the direct
     * agreement is in force from {@code inForceOn}. Refused without an offer
     * ({@code negotiation.priceNote.noOffer}); when the last offer's price does not meet the
     * willingness to pay ({@code negotiation.agree.aboveLimit}, naming the break-even price); with a
     * decision day before the last one of the case or after today; or in force before the decision
     * ({@code negotiation.agree.inForceBeforeDecision} under {@code validFrom}). The direct agreement
     * is then concluded and linked with {@link #linkAgreement}.
     */
    public void agree(LocalDate decidedOn, LocalDate inForceOn, Clock clock) {
        requireOpen();
        PriceNote note = priceNote();
        if (note == null) {
            throw new DomainException(null, "negotiation.priceNote.noOffer");
        }
        if (!note.meetsLimit()) {
            throw new DomainException(null, "negotiation.agree.aboveLimit", note.breakEvenNetPrice());
        }
        Validation validation = new Validation();
        decided(validation, decidedOn, clock);
        if (validation.required(inForceOn, "validFrom") && decidedOn != null) {
            validation.check(!inForceOn.isBefore(decidedOn), "validFrom", "negotiation.agree.inForceBeforeDecision");
        }
        validation.throwIfInvalid();
        status = NegotiationStatus.AGREED;
        this.decidedOn = decidedOn;
        this.inForceOn = inForceOn;
    }

    /** Links the direct agreement concluded at the agreed price. */
    public void linkAgreement(Long agreementId) {
        if (status != NegotiationStatus.AGREED || directAgreementId != null) {
            throw new IllegalStateException("only an agreed case without its agreement is linked");
        }
        directAgreementId = Objects.requireNonNull(agreementId, "agreementId");
    }

    /**
     * The negotiation ends without agreement on {@code decidedOn}, for {@code reason} (required, at
     * most {@value #REASON_LENGTH} characters). Refused on a closed case or with a day before the last
     * one of the case or after today.
     */
    public void refuse(String reason, LocalDate decidedOn, Clock clock) {
        requireOpen();
        Validation validation = new Validation();
        String text = validation.requiredSafeText("reason", reason, REASON_LENGTH, true);
        decided(validation, decidedOn, clock);
        validation.throwIfInvalid();
        status = NegotiationStatus.REFUSED;
        refusalReason = text;
        this.decidedOn = decidedOn;
    }

    /** Replaces the assessment's figures, e.g. after the report was updated. Refused on a closed case. */
    public void reviseEconomics(HealthEconomics economics) {
        requireOpen();
        setEconomics(Objects.requireNonNull(economics, "economics"));
    }

    /** The price note at the last offer, or null before the first. */
    public PriceNote priceNote() {
        PriceOffer last = latestOffer();
        return last == null ? null : priceNoteAt(last.netPriceOff(maximumPrice));
    }

    /** The price note at any net price per pack, e.g. one the buyer is about to propose. */
    public PriceNote priceNoteAt(BigDecimal netPrice) {
        return PriceNote.at(getEconomics(), maximumPrice, netPrice);
    }

    /** The clock as it stands on the day of {@code clock} in Norway. */
    public CaseClock clock(Clock clock) {
        return CaseClock.of(receivedOn, stops, decidedOn, Standstill.today(clock));
    }

    /** Whether the clock stands still waiting for the supplier. */
    public boolean isWaitingForSupplier() {
        return openStop().isPresent();
    }

    /** Every milestone in order with its day, or null where not reached (or, for a refusal, never). */
    public Map<Milestone, LocalDate> timeline() {
        Map<Milestone, LocalDate> timeline = new LinkedHashMap<>();
        timeline.put(Milestone.RECEIVED, receivedOn);
        timeline.put(Milestone.PRICE_OFFER, offers.isEmpty() ? null : offers.get(0).getReceivedOn());
        timeline.put(Milestone.PRICE_NOTE_SENT, priceNoteSentOn);
        timeline.put(Milestone.DECISION_FORUM, decisionForumOn);
        timeline.put(Milestone.DECISION, decidedOn);
        timeline.put(Milestone.IN_FORCE, inForceOn);
        return timeline;
    }

    /** The last offer, or null before the first. */
    public PriceOffer latestOffer() {
        return offers.isEmpty() ? null : offers.get(offers.size() - 1);
    }

    private java.util.Optional<ClockStop> openStop() {
        return stops.stream().filter(ClockStop::isOpen).findFirst();
    }

    /** The last day anything happened in the case so far: what comes next may not be earlier. */
    private LocalDate lastDate() {
        LocalDate last = receivedOn;
        for (PriceOffer offer : offers) {
            last = later(last, offer.getReceivedOn());
        }
        for (ClockStop stop : stops) {
            last = later(later(last, stop.getStoppedOn()), stop.getResumedOn());
        }
        return later(last, priceNoteSentOn);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private void decided(Validation validation, LocalDate on, Clock clock) {
        if (notInFuture(validation, "decidedOn", on, clock)) {
            validation.check(!on.isBefore(lastDate()), "decidedOn", "negotiation.date.beforeLast", lastDate());
        }
    }

    private static boolean notInFuture(Validation validation, String field, LocalDate day, Clock clock) {
        return validation.required(day, field)
                && validation.check(!day.isAfter(Standstill.today(clock)), field, "negotiation.date.future");
    }

    private void requireOpen() {
        if (status.isClosed()) {
            throw new DomainException(null, "negotiation.closed", nyeMetoderId);
        }
    }

    private void setEconomics(HealthEconomics economics) {
        incrementalQalys = economics.incrementalQalys();
        otherIncrementalCosts = economics.otherIncrementalCosts();
        packsPerPatientYear = economics.packsPerPatientYear();
        absoluteShortfall = economics.absoluteShortfall();
    }

    public HealthEconomics getEconomics() {
        return new HealthEconomics(incrementalQalys, otherIncrementalCosts, packsPerPatientYear, absoluteShortfall);
    }

    public NyeMetoderId getCaseId() {
        return new NyeMetoderId(nyeMetoderId);
    }

    public String getTitle() {
        return title;
    }

    public Varenummer getVarenummer() {
        return new Varenummer(varenummer);
    }

    public String getProductName() {
        return productName;
    }

    public String getSupplierName() {
        return supplierName;
    }

    public BigDecimal getMaximumPrice() {
        return maximumPrice;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    /** The round the price note that was sent rests on, or null before one was sent. */
    public Integer getPriceNoteRound() {
        return priceNoteRound;
    }

    public List<PriceOffer> getOffers() {
        return Collections.unmodifiableList(offers);
    }

    public List<ClockStop> getStops() {
        return Collections.unmodifiableList(stops);
    }

    public NegotiationStatus getStatus() {
        return status;
    }

    /** The direct agreement of an agreed case, or null. */
    public Long getDirectAgreementId() {
        return directAgreementId;
    }

    /** Why the case ended without agreement, or null. */
    public String getRefusalReason() {
        return refusalReason;
    }

    /** Who opened it and when. */
    public Stamp getOpened() {
        return opened;
    }

    @Override
    protected Object[] businessKey() {
        return new Object[] {nyeMetoderId};
    }

    @Override
    public String toString() {
        return "negotiation " + nyeMetoderId + " (" + status + ")";
    }
}
