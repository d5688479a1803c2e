package no.lis.tender.agreements.recommendations.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.recommendations.domain.LinePrices;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationLine;
import no.lis.tender.agreements.recommendations.domain.RecommendationRepository;
import no.lis.tender.agreements.recommendations.domain.RecommendedProduct;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The buyer edits the lines of a draft: adds a drug for an indication, replaces a line, moves it in
 * rank, changes its comment, removes it; and moves the draft's validity. Every change is made on the
 * version of the draft the buyer saw ({@code concurrent.modification.generic}), and the draft's own
 * rules apply ({@link Recommendation}).
 */
@UseCase
public class EditRecommendationLines {

    private final RecommendationRepository recommendations;
    private final ProductRepository products;

    @Inject
    public EditRecommendationLines(RecommendationRepository recommendations, ProductRepository products) {
        this.recommendations = recommendations;
        this.products = products;
    }

    /** For the CDI proxy. */
    protected EditRecommendationLines() {
        this(null, null);
    }

    /** Adds a drug for an indication; the line's rules as in {@link #line}. */
    public Recommendation add(Long recommendationId, Long seenVersion, RecommendationLineCommand command) {
        Recommendation draft = editable(recommendationId, seenVersion);
        draft.addLine(line(command));
        return draft;
    }

    /** Adds every proposed line whose drug the draft does not have for that indication yet; returns how many. */
    public int addProposed(Long recommendationId, Long seenVersion, List<ProposedLine> proposals) {
        Recommendation draft = editable(recommendationId, seenVersion);
        int added = 0;
        for (ProposedLine proposal : proposals) {
            RecommendationLine line = proposal.toLine();
            if (draft.getLines().stream().noneMatch(existing -> existing.sameDrugFor(line))) {
                draft.addLine(line);
                added++;
            }
        }
        return added;
    }

    /** Replaces the line of {@code varenummer} for {@code indication} with the one {@code command} describes. */
    public Recommendation replace(Long recommendationId, Long seenVersion, String indication, String varenummer,
                                  RecommendationLineCommand command) {
        Recommendation draft = editable(recommendationId, seenVersion);
        draft.replaceLine(indication, varenummer(varenummer), line(command));
        return draft;
    }

    /** Moves the line of {@code varenummer} for {@code indication} to {@code rank} (1 to 99, {@code recommendation.line.rank}). */
    public Recommendation rerank(Long recommendationId, Long seenVersion, String indication, String varenummer,
                                 int rank) {
        Recommendation draft = editable(recommendationId, seenVersion);
        draft.rerank(indication, varenummer(varenummer), rank);
        return draft;
    }

    /** Gives the line another comment ({@code null} or blank for none). */
    public Recommendation comment(Long recommendationId, Long seenVersion, String indication, String varenummer,
                                  String comment) {
        Recommendation draft = editable(recommendationId, seenVersion);
        Varenummer pack = varenummer(varenummer);
        draft.replaceLine(indication, pack, draft.line(indication, pack).commented(comment));
        return draft;
    }

    public Recommendation remove(Long recommendationId, Long seenVersion, String indication, String varenummer) {
        Recommendation draft = editable(recommendationId, seenVersion);
        draft.removeLine(indication, varenummer(varenummer));
        return draft;
    }

    public Recommendation changeValidity(Long recommendationId, Long seenVersion, LocalDate validFrom,
                                         LocalDate validTo) {
        Recommendation draft = editable(recommendationId, seenVersion);
        draft.changeValidity(validFrom, validTo);
        return draft;
    }

    private Recommendation editable(Long recommendationId, Long seenVersion) {
        Recommendation draft = RecommendationAccess.recommendation(recommendations, recommendationId);
        Versions.require(draft.getVersion(), seenVersion);
        return draft;
    }

    /**
     * The line {@code command} describes: the product must be in the catalogue
     * ({@code recommendation.line.unknownProduct} under {@code varenummer}), and its name and marketing
     * authorisation holder are taken from there; the price per DDD is the price per pack divided by
     * the pack's DDDs ({@link Product#dddsPerPack()}, none where the catalogue cannot tell). The rest
     * is checked by {@link RecommendationLine#of}, every broken rule at once.
     */
    RecommendationLine line(RecommendationLineCommand command) {
        Validation validation = new Validation();
        Product product = null;
        if (validation.required(command.varenummer(), "varenummer")) {
            Varenummer pack = validation.field("varenummer", () -> new Varenummer(command.varenummer().strip()));
            if (pack != null) {
                Optional<Product> found = products.findByVarenummer(pack);
                validation.check(found.isPresent(), "varenummer", "recommendation.line.unknownProduct", pack.value());
                product = found.orElse(null);
            }
        }
        validation.required(command.rank(), "rank");
        validation.check(command.marketCode() == null || command.marketCode().isBlank()
                        || MARKETS.contains(command.marketCode().strip()), "marketCode",
                "recommendation.line.market", String.join(", ", MARKETS));
        validation.throwIfInvalid();
        RecommendedProduct recommended = new RecommendedProduct(product.getName(), product.getVarenummer(),
                product.getMarketingAuthorisationHolder().getName(), command.frameworkAgreementId(),
                command.directAgreementId(), command.marketCode());
        LinePrices prices = new LinePrices(command.pricePerPack(), pricePerDdd(command.pricePerPack(), product),
                command.pricePerTreatmentPeriod(), command.treatmentPeriodDays());
        return RecommendationLine.of(command.indication(), command.rank(), recommended, command.comment(), prices);
    }

    /** The markets a line may rank in: the health regions, Norway and the joint Nordic market (as lots are split). */
    private static final List<String> MARKETS = java.util.Arrays.stream(no.lis.tender.tendering.domain.MarketSplit.values())
            .flatMap(split -> split.markets().stream()).map(no.lis.tender.tendering.domain.Market::getCode).distinct()
            .toList();

    /** The price per pack over the DDDs in the pack, to {@value RecommendationLine#PRICE_PER_DDD_SCALE} decimals; null where unknown. */
    static BigDecimal pricePerDdd(BigDecimal pricePerPack, Product product) {
        BigDecimal ddds = product.dddsPerPack();
        if (pricePerPack == null || pricePerPack.signum() < 0 || ddds == null || ddds.signum() == 0) {
            return null;
        }
        return pricePerPack.divide(ddds, RecommendationLine.PRICE_PER_DDD_SCALE, RoundingMode.HALF_UP);
    }

    private static Varenummer varenummer(String value) {
        Validation validation = new Validation();
        Varenummer pack = validation.field("varenummer", () -> new Varenummer(value == null ? null : value.strip()));
        validation.throwIfInvalid();
        return pack;
    }
}
