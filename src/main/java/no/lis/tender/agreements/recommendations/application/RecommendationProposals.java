package no.lis.tender.agreements.recommendations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.agreements.framework.domain.DirectAgreementRepository;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementLine;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.agreements.recommendations.domain.LinePrices;
import no.lis.tender.agreements.recommendations.domain.PriceViewChannel;
import no.lis.tender.agreements.recommendations.domain.PriceViewRecord;
import no.lis.tender.agreements.recommendations.domain.PriceViewRecordRepository;
import no.lis.tender.agreements.recommendations.domain.PricedRecommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendedProduct;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.TherapeuticAreaRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.DomainException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Built from the active agreements": proposes the lines of a therapeutic area's recommendation from
 * the framework agreements in force and the direct agreements valid, one per product of a substance of
 * the area, with the agreed (or effective) price per pack and per DDD (from the catalogue's DDDs per pack).
 */
@ApplicationScoped
@Transactional
public class RecommendationProposals {

    /** The indication a direct agreement's line is proposed under, before the decision's id. */
    public static final String DIRECT_INDICATION_PREFIX = "Nye metoder ";

    private final FrameworkAgreementRepository agreements;
    private final DirectAgreementRepository directAgreements;
    private final ProductRepository products;
    private final TherapeuticAreaRepository areas;
    private final PriceViewRecordRepository priceViews;
    private final Clock clock;

    @Inject
    public RecommendationProposals(FrameworkAgreementRepository agreements, DirectAgreementRepository directAgreements,
                                   ProductRepository products, TherapeuticAreaRepository areas,
                                   PriceViewRecordRepository priceViews, Clock clock) {
        this.agreements = agreements;
        this.directAgreements = directAgreements;
        this.products = products;
        this.areas = areas;
        this.priceViews = priceViews;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected RecommendationProposals() {
        this(null, null, null, null, null, null);
    }

    /**
     * The proposals for area {@code therapeuticAreaId} from the agreements in force today, for
     * {@code reader} to see with their agreed prices: refused to anyone without a need to know
     * ({@code recommendation.prices.priceReadersOnly}) and for an unknown area
     * ({@code recommendation.area.notFound} under {@code therapeuticAreaId}); the read is recorded
     * first, as a view of the area's prices of no version.
     */
    public List<ProposedLine> read(Long therapeuticAreaId, PriceReader reader, PriceViewChannel channel) {
        reader.requireEntitled();
        if (therapeuticAreaId == null || areas.findById(therapeuticAreaId).isEmpty()) {
            throw new DomainException("therapeuticAreaId", "recommendation.area.notFound", therapeuticAreaId);
        }
        priceViews.save(PriceViewRecord.ofProposals(therapeuticAreaId, reader.username(), reader.fullName(), channel,
                clock));
        return fromAgreementsInForce(therapeuticAreaId);
    }

    /** The proposals for area {@code therapeuticAreaId} from the agreements in force today. */
    public List<ProposedLine> fromAgreementsInForce(Long therapeuticAreaId) {
        return fromAgreementsInForceOn(therapeuticAreaId, LocalDate.now(clock));
    }

    /**
     * The proposals from the agreements in force on {@code date}, by agreement and supplier rank, then
     * from the direct agreements valid on it: a product counts when the catalogue knows it and its
     * substance belongs to the area. A direct agreement (a phase-1 negotiation, one product, no
     * competitor) proposes its product as the 1st choice for all of Norway, under the Nye metoder
     * decision it implements as the indication, at its effective price (the agreed price, or the
     * maximum price less the rebate).
     */
    public List<ProposedLine> fromAgreementsInForceOn(Long therapeuticAreaId, LocalDate date) {
        List<FrameworkAgreement> inForce = agreements.findInForceOn(date);
        List<DirectAgreement> direct = directAgreements.findValidOn(date);
        List<Varenummer> packs = java.util.stream.Stream.concat(
                inForce.stream().flatMap(a -> a.getLines().stream()).map(x -> x.getPack().getVarenummer()),
                direct.stream().map(x -> x.getPack().getVarenummer())).distinct().toList();
        Map<Varenummer, Product> byPack = products.findByVarenumre(packs).stream()
                .filter(product -> inArea(product, therapeuticAreaId))
                .collect(Collectors.toMap(Product::getVarenummer, Function.identity(), (a, b) -> a));
        List<ProposedLine> proposals = new ArrayList<>();
        for (FrameworkAgreement agreement : inForce) {
            for (FrameworkAgreementLine line : agreement.getLines()) {
                Product product = byPack.get(line.getPack().getVarenummer());
                if (product != null) {
                    proposals.add(new ProposedLine(agreement.getLotTitle(), line.getSupplierRank(),
                            new RecommendedProduct(line.getPack().getProductName(), line.getPack().getVarenummer(), line.getPack().getSupplierName(),
                                    agreement.getId(), null, agreement.getMarketCode()),
                            prices(line.getPricePerPack(), product), agreement.getTenderReference()));
                }
            }
        }
        for (DirectAgreement agreement : direct) {
            Product product = byPack.get(agreement.getPack().getVarenummer());
            if (product != null) {
                String decision = agreement.getDecision().value();
                proposals.add(new ProposedLine(DIRECT_INDICATION_PREFIX + decision, 1,
                        new RecommendedProduct(agreement.getPack().getProductName(), agreement.getPack().getVarenummer(),
                                agreement.getPack().getSupplierName(), null, agreement.getId(), null),
                        prices(agreement.effectivePrice(), product), decision));
            }
        }
        return List.copyOf(proposals);
    }

    private static boolean inArea(Product product, Long therapeuticAreaId) {
        return product.getSubstance().getTherapeuticArea() != null
                && product.getSubstance().getTherapeuticArea().getId().equals(therapeuticAreaId);
    }

    private static LinePrices prices(java.math.BigDecimal pricePerPack, Product product) {
        return LinePrices.perPackAndDdd(pricePerPack, EditRecommendationLines.pricePerDdd(pricePerPack, product));
    }

    /**
     * Of the framework agreements the lines of {@code recommendation} rest on, those terminated, with
     * their last day in force: the buyer is warned that the version rests on an agreement that ends
     * early, and starts the next version.
     */
    public Map<Long, LocalDate> terminatedAgreements(BuyerRecommendation recommendation) {
        Map<Long, LocalDate> terminated = new TreeMap<>();
        recommendation.indications().stream().flatMap(indication -> indication.lines().stream())
                .map(PricedRecommendation.Line::frameworkAgreementId).filter(Objects::nonNull).distinct()
                .forEach(id -> agreements.findById(id).filter(FrameworkAgreement::isTerminated)
                        .ifPresent(agreement -> terminated.put(id, agreement.getTerminatedOn())));
        return terminated;
    }
}
