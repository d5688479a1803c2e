package no.lis.tender.agreements.award.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import no.lis.tender.evaluation.domain.RankedOffer;
import no.lis.tender.evaluation.domain.Ranking;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versioned;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.Market;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderReference;
import no.lis.tender.tendering.domain.TenderStatus;
import no.lis.tender.tendering.domain.Timeline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The buyer's award decision (tildelingsbeslutning) of a tender, the aggregate root of awarding:
 * per lot and market, which of the ranked offers are awarded ({@link LotAward}). One winner, or
 * several ranked suppliers where the tender allows it; a lot split into markets may go to different
 * suppliers per market. The buyer may change the awards until she issues the award letters, one to
 * each supplier that took part; from then on the decision stands and the {@link Standstill} runs.
 * Complaints and petitions to the court are recorded here; a petition filed within the standstill
 * suspends it until the court's decision is recorded. One
 * per tender; the tender is referred to by id.
 */
@Entity
@Table(name = "AGR_AWARD_DECISION")
@NamedQuery(name = "AwardDecision.findByTender", query = "SELECT d FROM AwardDecision d"
        + " WHERE d.tenderId = :tenderId")
public class AwardDecision extends Versioned {

    @Column(name = "TENDER_ID", nullable = false, unique = true)
    private Long tenderId;

    @Column(name = "TENDER_REFERENCE", nullable = false, length = TenderReference.MAX_LENGTH)
    private String tenderReference;

    @Column(name = "TENDER_TITLE", nullable = false, length = 200)
    private String tenderTitle;

    @Column(name = "STANDSTILL_DAYS", nullable = false)
    private int standstillDays;

    @OneToMany(mappedBy = "decision", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lotNumber, marketIndex")
    private List<LotAward> lotAwards = new ArrayList<>();

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "CREATED_BY", nullable = false, length = Complaint.USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "CREATED_AT", nullable = false))
    private Stamp created;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "LETTERS_ISSUED_BY", length = Complaint.USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "LETTERS_ISSUED_AT"))
    private Stamp lettersIssued;

    @ElementCollection
    @CollectionTable(name = "AGR_COMPLAINT", joinColumns = @JoinColumn(name = "DECISION_ID"))
    @OrderColumn(name = "COMPLAINT_INDEX")
    private List<Complaint> complaints = new ArrayList<>();

    protected AwardDecision() {
    }

    /**
     * Starts the award decision of {@code tender}, with nothing awarded yet and a standstill of
     * {@value Standstill#MIN_DAYS} days. Only once the tender is evaluated
     * ({@code agreements.award.notAwarding}).
     */
    public static AwardDecision prepare(Tender tender, String actor, Clock clock) {
        requireAwarding(tender);
        AwardDecision decision = new AwardDecision();
        decision.tenderId = Objects.requireNonNull(tender.getId(), "tender id");
        decision.tenderReference = tender.getReference().value();
        decision.tenderTitle = tender.getTitle();
        decision.standstillDays = Standstill.MIN_DAYS;
        decision.created = Stamp.now(actor, clock);
        return decision;
    }

    /**
     * Sets the length of the standstill in calendar days, from {@value Standstill#MIN_DAYS} (the
     * statutory minimum) to {@value Standstill#MAX_DAYS} ({@code agreements.standstill.daysOutOfRange}
     * under {@code standstillDays}). Only before the letters are issued: they announce it.
     */
    public void setStandstillDays(int days) {
        requireLettersNotIssued();
        Validation validation = new Validation();
        validation.check(days >= Standstill.MIN_DAYS && days <= Standstill.MAX_DAYS, "standstillDays",
                "agreements.standstill.daysOutOfRange", Standstill.MIN_DAYS, Standstill.MAX_DAYS);
        validation.throwIfInvalid();
        standstillDays = days;
    }

    /**
     * Awards market {@code marketCode} of lot {@code lotNumber} to the offers {@code awarded}, which
     * must be in the lot's {@code ranking}; they are ranked 1, 2, ... in the ranking's order, so the
     * buyer picks who, and the evaluation decides their order. {@code supplierOfOffer} gives the
     * supplier of every ranked offer. An earlier award of the market is replaced. Refused
     * <ul>
     *   <li>once the letters are issued ({@code agreements.award.lettersIssued}) or unless the tender
     *       is evaluated ({@code agreements.award.notAwarding});</li>
     *   <li>for a lot or market the tender does not have ({@code agreements.award.lotNotFound},
     *       {@code agreements.award.marketNotFound});</li>
     *   <li>without an awarded offer ({@code agreements.award.noneAwarded} under {@code awarded}),
     *       with an offer not in the ranking ({@code agreements.award.notRanked}), or with more
     *       than one where the tender does not allow several ranked suppliers
     *       ({@code agreements.award.severalNotAllowed}).</li>
     * </ul>
     */
    public LotAward award(Tender tender, int lotNumber, String marketCode, Ranking ranking,
                          Map<Long, Long> supplierOfOffer, List<Long> awarded) {
        requireSameTender(tender);
        requireAwarding(tender);
        requireLettersNotIssued();
        Lot lot = tender.getLots().stream().filter(l -> l.getNumber() == lotNumber).findFirst()
                .orElseThrow(() -> new DomainException("lotNumber", "agreements.award.lotNotFound", lotNumber));
        List<Market> markets = lot.getMarkets();
        int marketIndex = indexOf(markets, marketCode);
        if (marketIndex < 0) {
            throw new DomainException("marketCode", "agreements.award.marketNotFound", marketCode, lotNumber);
        }
        Set<Long> chosen = new LinkedHashSet<>(awarded);
        Validation validation = new Validation();
        validation.check(!chosen.isEmpty(), "awarded", "agreements.award.noneAwarded");
        Set<Long> ranked = new LinkedHashSet<>(ranking.offers().stream().map(RankedOffer::offerId).toList());
        chosen.stream().filter(offerId -> !ranked.contains(offerId)).forEach(offerId ->
                validation.check(false, "awarded", "agreements.award.notRanked", offerId));
        validation.check(chosen.size() <= 1 || tender.isSeveralRankedSuppliersAllowed(), "awarded",
                "agreements.award.severalNotAllowed");
        validation.throwIfInvalid();
        lotAwards.removeIf(existing -> existing.isOf(lotNumber, marketCode));
        LotAward lotAward = new LotAward(this, lot, marketIndex, markets.get(marketIndex), ranking, supplierOfOffer,
                List.copyOf(chosen));
        lotAwards.add(lotAward);
        lotAwards.sort(Comparator.comparingInt(LotAward::getLotNumber).thenComparingInt(LotAward::getMarketIndex));
        return lotAward;
    }

    private static int indexOf(List<Market> markets, String code) {
        for (int i = 0; i < markets.size(); i++) {
            if (markets.get(i).getCode().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** The markets of {@code tender}'s lots not yet awarded, each as "lot number market code", e.g. "2 HV". */
    public List<String> notYetAwarded(Tender tender) {
        requireSameTender(tender);
        List<String> missing = new ArrayList<>();
        for (Lot lot : tender.getLots()) {
            for (Market market : lot.getMarkets()) {
                if (lotAward(lot.getNumber(), market.getCode()).isEmpty()) {
                    missing.add(lot.getNumber() + " " + market.getCode());
                }
            }
        }
        return missing;
    }

    /**
     * Issues the award letters: one to each supplier that took part, printed by {@code renderer}
     * from {@link #letterContentFor}, one to each supplier in {@code rejected} whose offer was
     * rejected at qualification ({@link #letterContentFor(RejectedBidder)}), and starts the
     * standstill today. Every market of every lot must be awarded ({@code agreements.award.incomplete},
     * naming those missing); only once ({@code agreements.award.lettersIssued}). The caller stores the letters.
     */
    public List<AwardLetter> issueLetters(Tender tender, List<RejectedBidder> rejected, AwardLetterRenderer renderer,
                                          String actor, Clock clock) {
        requireSameTender(tender);
        requireAwarding(tender);
        requireLettersNotIssued();
        List<String> missing = notYetAwarded(tender);
        if (!missing.isEmpty()) {
            throw new DomainException(null, "agreements.award.incomplete", String.join(", ", missing));
        }
        lettersIssued = Stamp.now(actor, clock);
        List<AwardLetter> letters = new ArrayList<>();
        List<Long> participants = participants();
        for (Long supplierId : participants) {
            AwardLetterContent content = letterContentFor(supplierId);
            letters.add(AwardLetter.generate(tenderId, content, renderer.render(content), clock));
        }
        for (RejectedBidder bidder : rejected) {
            if (!participants.contains(bidder.supplierId())) {
                AwardLetterContent content = letterContentFor(bidder);
                letters.add(AwardLetter.generate(tenderId, content, renderer.render(content), clock));
            }
        }
        return letters;
    }

    /**
     * What the letter to a supplier whose offer was rejected says: the reason, who was awarded each
     * market, and the standstill. Only once the letters are issued ({@code agreements.standstill.notStarted}).
     */
    public AwardLetterContent letterContentFor(RejectedBidder bidder) {
        Standstill standstill = requireStandstill();
        List<AwardLetterContent.MarketAwarded> markets = lotAwards.stream().map(lotAward -> {
            boolean split = lotAwards.stream().filter(other -> other.getLotNumber() == lotAward.getLotNumber()).count() > 1;
            return new AwardLetterContent.MarketAwarded(lotAward.getLotNumber(), lotAward.getLotTitle(),
                    lotAward.getMarketName(), split, lotAward.getAwarded().stream().map(AwardResult::getSupplierName).toList());
        }).toList();
        return new AwardLetterContent(tenderReference, tenderTitle, bidder.supplierId(), bidder.supplierName(),
                standstill.lettersIssuedOn(), standstillDays, standstill.announcedEnd(), List.of(),
                new AwardLetterContent.Rejection(bidder.reason(), markets));
    }

    /** The suppliers that took part, each once, in the order they first appear in the awards. */
    public List<Long> participants() {
        Set<Long> suppliers = new LinkedHashSet<>();
        lotAwards.forEach(lotAward -> lotAward.getResults().forEach(result -> suppliers.add(result.getSupplierId())));
        return List.copyOf(suppliers);
    }

    /**
     * What the letter to {@code supplierId} says: for each market it offered on, its own result and
     * the awarded suppliers with their points, and the standstill's end. Only once the letters are
     * issued, which fixes the standstill ({@code agreements.standstill.notStarted}).
     */
    public AwardLetterContent letterContentFor(Long supplierId) {
        Standstill standstill = requireStandstill();
        List<AwardLetterContent.LotResult> lots = new ArrayList<>();
        String supplierName = null;
        for (LotAward lotAward : lotAwards) {
            Optional<AwardResult> own = lotAward.resultOf(supplierId);
            if (own.isEmpty()) {
                continue;
            }
            AwardResult result = own.get();
            supplierName = result.getSupplierName();
            boolean split = lotAwards.stream().filter(other -> other.getLotNumber() == lotAward.getLotNumber())
                    .count() > 1;
            lots.add(new AwardLetterContent.LotResult(lotAward.getLotNumber(), lotAward.getLotTitle(),
                    lotAward.getMarketName(), split, result.getPlace(), lotAward.getResults().size(),
                    result.getAwardRank(), AwardLetterContent.Points.of(result),
                    lotAward.getAwarded().stream().map(awarded -> new AwardLetterContent.Awarded(
                            awarded.getAwardRank(), awarded.getSupplierName(),
                            AwardLetterContent.Points.of(awarded))).toList()));
        }
        if (lots.isEmpty()) {
            throw new DomainException(null, "agreements.letter.notFound");
        }
        return new AwardLetterContent(tenderReference, tenderTitle, supplierId, supplierName,
                standstill.lettersIssuedOn(), standstillDays, standstill.announcedEnd(), lots);
    }

    /**
     * Records what a supplier did about the award: an ordinary complaint to the buyer, or a petition
     * to the court for an interim injunction, filed on {@code filedOn}. A petition filed within the
     * standstill suspends it until the court's decision is recorded ({@link Standstill}); a
     * complaint, or a petition filed later, is recorded and answered without blocking. Only after
     * the letters ({@code agreements.complaint.beforeLetters}); the kind ({@code kind}), the day it
     * was filed ({@code filedOn}: from the letters' day, not in the future) and the text
     * ({@code description}) are required.
     */
    public void recordComplaint(ComplaintKind kind, LocalDate filedOn, String description, String actor, Clock clock) {
        if (!areLettersIssued()) {
            throw new DomainException(null, "agreements.complaint.beforeLetters");
        }
        LocalDate lettersIssuedOn = getStandstill().orElseThrow().lettersIssuedOn();
        Validation validation = new Validation();
        validation.required(kind, "kind");
        if (validation.required(filedOn, "filedOn")) {
            validation.check(!filedOn.isBefore(lettersIssuedOn), "filedOn", "agreements.complaint.filedBeforeLetters",
                    lettersIssuedOn);
            validation.check(!filedOn.isAfter(Standstill.today(clock)), "filedOn", "agreements.complaint.filedInFuture");
        }
        String text = validation.requiredText("description", description, Complaint.TEXT_LENGTH);
        validation.throwIfInvalid();
        complaints.add(new Complaint(kind, filedOn, text, actor, clock.instant()));
    }

    /**
     * Records complaint {@code number} (1 for the first recorded) resolved with {@code outcome}: the
     * buyer's answer to a complaint, or the court's decision on a petition, which is required (under
     * {@code resolution}); a standstill held by the petition resumes as {@link Standstill} says. Refused for a complaint that does not exist ({@code agreements.complaint.notFound}) or
     * is already resolved ({@code agreements.complaint.alreadyResolved}).
     */
    public void resolveComplaint(int number, String outcome, String actor, Clock clock) {
        if (number < 1 || number > complaints.size()) {
            throw new DomainException(null, "agreements.complaint.notFound", number);
        }
        Complaint complaint = complaints.get(number - 1);
        if (complaint.isResolved()) {
            throw new DomainException(null, "agreements.complaint.alreadyResolved", number,
                    complaint.getResolvedAt());
        }
        Validation validation = new Validation();
        String text = validation.requiredText("resolution", outcome, Complaint.TEXT_LENGTH);
        validation.throwIfInvalid();
        complaint.resolve(text, actor, clock.instant());
    }

    /** The standstill, once the letters are issued. */
    public Optional<Standstill> getStandstill() {
        return areLettersIssued()
                ? Optional.of(new Standstill(Timeline.osloDate(lettersIssued.at()), standstillDays, complaints))
                : Optional.empty();
    }

    /** Whether the framework agreements of this award may be concluded now: the standstill has ended. */
    public boolean mayConclude(Clock clock) {
        return getStandstill().map(standstill -> standstill.mayConclude(clock)).orElse(false);
    }

    /**
     * Refuses to conclude an agreement before the standstill has ended: before the letters
     * ({@code agreements.standstill.notStarted}), while a complaint is open
     * ({@code agreements.standstill.suspended}), or before its last day has passed
     * ({@code agreements.standstill.notEnded}, naming it).
     */
    public void requireStandstillEnded(Clock clock) {
        requireStandstill().requireEnded(clock);
    }

    private Standstill requireStandstill() {
        return getStandstill().orElseThrow(() -> new DomainException(null, "agreements.standstill.notStarted"));
    }

    private static void requireAwarding(Tender tender) {
        if (tender.getStatus() != TenderStatus.EVALUATED && tender.getStatus() != TenderStatus.AWARDED) {
            throw new DomainException(null, "agreements.award.notAwarding", tender.getStatus());
        }
    }

    private void requireLettersNotIssued() {
        if (areLettersIssued()) {
            throw new DomainException(null, "agreements.award.lettersIssued", lettersIssued.at());
        }
    }

    private void requireSameTender(Tender tender) {
        if (!tenderId.equals(tender.getId())) {
            throw new IllegalArgumentException("award decision of tender " + tenderId + " used with tender "
                    + tender.getId());
        }
    }

    /** The award of market {@code marketCode} of lot {@code lotNumber}, if made. */
    public Optional<LotAward> lotAward(int lotNumber, String marketCode) {
        return lotAwards.stream().filter(lotAward -> lotAward.isOf(lotNumber, marketCode)).findFirst();
    }

    public boolean areLettersIssued() {
        return lettersIssued != null;
    }

    public Long getTenderId() {
        return tenderId;
    }

    public String getTenderReference() {
        return tenderReference;
    }

    public String getTenderTitle() {
        return tenderTitle;
    }

    public int getStandstillDays() {
        return standstillDays;
    }

    /** The awards by lot number, then by market in the lot's order. */
    public List<LotAward> getLotAwards() {
        return List.copyOf(lotAwards);
    }

    /** Who created it and when. */
    public Stamp getCreated() {
        return created;
    }

    /** Who issued the letters, or null before. */
    public String getLettersIssuedBy() {
        return Stamp.actorOf(lettersIssued);
    }

    /** When the letters were issued, or null before. */
    public Instant getLettersIssuedAt() {
        return Stamp.atOf(lettersIssued);
    }

    /** The complaints in the order recorded: complaint 1 first. */
    public List<Complaint> getComplaints() {
        return List.copyOf(complaints);
    }

    @Override
    protected Object[] businessKey() {
        return new Object[] {tenderId};
    }

    @Override
    public String toString() {
        return "award decision of " + tenderReference;
    }
}
