package no.lis.tender.agreements.award.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardDecisionRepository;
import no.lis.tender.agreements.award.domain.AwardLetter;
import no.lis.tender.agreements.award.domain.AwardLetterRepository;
import no.lis.tender.agreements.award.domain.AwardResult;
import no.lis.tender.agreements.award.domain.Complaint;
import no.lis.tender.agreements.award.domain.LotAward;
import no.lis.tender.agreements.award.domain.Standstill;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.evaluation.domain.EvaluatedOffer;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.TenderRankingRepository;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.Market;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.Timeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** What the award pages and API show: a tender's award for buyers, and award letters for whoever may read them. */
@ApplicationScoped
@Transactional
public class AwardQueries {

    private final TenderRepository tenders;
    private final AwardDecisionRepository decisions;
    private final TenderRankingRepository rankings;
    private final AwardLetterRepository letters;
    private final ConcludedAgreements agreements;
    private final ProductRepository products;
    private final Clock clock;

    @Inject
    public AwardQueries(TenderRepository tenders, AwardDecisionRepository decisions, TenderRankingRepository rankings,
                        AwardLetterRepository letters, ConcludedAgreements agreements,
                        ProductRepository products, Clock clock) {
        this.tenders = tenders;
        this.decisions = decisions;
        this.rankings = rankings;
        this.letters = letters;
        this.agreements = agreements;
        this.products = products;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected AwardQueries() {
        this(null, null, null, null, null, null, null);
    }

    public boolean exists(Long tenderId) {
        return tenderId != null && tenders.exists(tenderId);
    }

    /** The award of tender {@code tenderId}, for buyers ({@code agreements.tender.notFound} for an unknown one). */
    public AwardOverview award(Long tenderId) {
        Tender tender = AwardAccess.tender(tenders, tenderId);
        Optional<AwardDecision> decision = decisions.findByTender(tender.getId());
        Map<Integer, LotOutcome> outcomes = rankings.all(tender.getId()).stream()
                .collect(Collectors.toMap(LotOutcome::lotNumber, Function.identity()));
        Map<String, String> productNames = productNames(outcomes);
        Map<String, Long> concluded = agreements.byMarket(tender.getId());
        List<AwardOverview.MarketAward> markets = new ArrayList<>();
        for (Lot lot : tender.getLots()) {
            LotOutcome outcome = outcomes.get(lot.getNumber());
            boolean ranked = outcome != null && outcome.status().isRanked();
            for (Market market : lot.getMarkets()) {
                Optional<LotAward> lotAward = decision.flatMap(d -> d.lotAward(lot.getNumber(), market.getCode()));
                List<AwardOverview.Candidate> candidates = ranked ? outcome.offers().stream()
                        .map(offer -> candidate(offer, lotAward, productNames)).toList() : List.of();
                markets.add(new AwardOverview.MarketAward(lot.getNumber(), lot.getTitle(), market.getCode(),
                        market.getName(), ranked, candidates, concluded.get(ConcludedAgreements.key(lot.getNumber(), market.getCode()))));
            }
        }
        Optional<Standstill> standstill = decision.flatMap(AwardDecision::getStandstill);
        List<Complaint> complaints = decision.map(AwardDecision::getComplaints).orElse(List.of());
        Timeline timeline = tender.getTimeline();
        return new AwardOverview(tender.getId(), tender.getReference().value(), tender.getTitle(), tender.getStatus(),
                tender.isSeveralRankedSuppliersAllowed(), decision.map(AwardDecision::getId).orElse(null),
                decision.map(AwardDecision::getStandstillDays).orElse(Standstill.MIN_DAYS),
                decision.map(AwardDecision::getLettersIssuedAt).orElse(null),
                standstill.map(Standstill::announcedEnd).orElse(null),
                standstill.flatMap(Standstill::end).orElse(null),
                standstill.map(Standstill::isSuspended).orElse(false),
                decision.map(d -> d.mayConclude(clock)).orElse(false), markets,
                IntStream.range(0, complaints.size()).mapToObj(i -> complaint(i + 1, complaints.get(i), standstill))
                        .toList(),
                letters.findByTender(tender.getId()).stream().map(l -> new AwardOverview.LetterRow(l.getSupplierId(),
                        l.getSupplierName(), l.isAwarded(), l.getGeneratedAt(), l.getSha256())).toList(),
                timeline == null ? null : timeline.getAgreementStart(),
                timeline == null ? null : timeline.getAgreementEnd(),
                timeline == null ? List.of() : timeline.getOptionYears(), Standstill.today(clock));
    }

    private Map<String, String> productNames(Map<Integer, LotOutcome> outcomes) {
        List<Varenummer> offered = outcomes.values().stream().flatMap(outcome -> outcome.offers().stream())
                .map(EvaluatedOffer::varenummer).distinct().map(Varenummer::new).toList();
        return offered.isEmpty() ? Map.of() : products.findByVarenumre(offered).stream()
                .collect(Collectors.toMap(p -> p.getVarenummer().value(), Product::getName, (a, b) -> a));
    }

    private static AwardOverview.Candidate candidate(EvaluatedOffer offer, Optional<LotAward> lotAward,
                                                     Map<String, String> productNames) {
        Integer awardRank = lotAward.flatMap(award -> award.getResults().stream()
                .filter(result -> result.getOfferId() == offer.offerId()).findFirst())
                .map(AwardResult::getAwardRank).orElse(null);
        return new AwardOverview.Candidate(offer.offerId(), offer.rank(), offer.supplierId(), offer.supplierName(),
                offer.total(), offer.varenummer(), productNames.get(offer.varenummer()), offer.packPrice(), awardRank);
    }

    private static AwardOverview.ComplaintRow complaint(int number, Complaint complaint, Optional<Standstill> standstill) {
        boolean suspends = standstill.map(s -> complaint.suspends(s.lettersIssuedOn(), s.announcedEnd())).orElse(false);
        return new AwardOverview.ComplaintRow(number, complaint.getKind(), complaint.getFiledOn(),
                complaint.getDescription(), complaint.getRecorded().actor(), complaint.getRecorded().at(),
                complaint.getResolution(), complaint.getResolvedBy(), complaint.getResolvedAt(), suspends);
    }

    /**
     * The award letter of tender {@code tenderId} to supplier {@code supplierId}, as PDF: a supplier's
     * user may leave the supplier out (its own), and gets {@code agreements.letter.notFound} for any
     * other; a buyer names the supplier ({@code agreements.letter.supplierRequired}).
     */
    public LetterFile letter(Long tenderId, Long supplierId, Reader reader) {
        Long addressee = supplierId != null ? supplierId : reader.isSupplier() ? reader.supplierId() : null;
        if (addressee == null) {
            if (reader.isBuyer()) {
                throw new DomainException("supplier", "agreements.letter.supplierRequired");
            }
            throw new DomainException(null, "agreements.letter.notFound");
        }
        AwardLetter letter = letters.findByTenderAndSupplier(tenderId, addressee)
                .orElseThrow(() -> new DomainException(null, "agreements.letter.notFound"));
        return new LetterFile(letter.fileName(), letter.contentFor(reader));
    }

    /** The letters to the caller's supplier, newest first; none for anyone else. */
    public List<SupplierLetter> lettersOf(Reader reader) {
        if (!reader.isSupplier()) {
            return List.of();
        }
        return letters.findBySupplier(reader.supplierId()).stream().map(l -> new SupplierLetter(l.getTenderId(),
                l.getTenderReference(), l.isAwarded(), l.getGeneratedAt(), l.getSha256())).toList();
    }
}
