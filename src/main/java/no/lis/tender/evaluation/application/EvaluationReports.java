package no.lis.tender.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.evaluation.application.BuyerEvaluation.ConsensusLine;
import no.lis.tender.evaluation.domain.EvaluatedOffer;
import no.lis.tender.evaluation.domain.EvaluationReport;
import no.lis.tender.evaluation.domain.EvaluationReport.CriterionLine;
import no.lis.tender.evaluation.domain.EvaluationReport.LotLine;
import no.lis.tender.evaluation.domain.EvaluationReport.MemberLine;
import no.lis.tender.evaluation.domain.EvaluationReport.OfferLine;
import no.lis.tender.evaluation.domain.EvaluationReport.RankLine;
import no.lis.tender.evaluation.domain.EvaluationReport.ScoreLine;
import no.lis.tender.evaluation.domain.EvaluationReportRenderer;
import no.lis.tender.evaluation.domain.ImpartialityDeclaration;
import no.lis.tender.evaluation.domain.ImpartialityDeclarationRepository;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.TenderRankingRepository;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.util.List;

/**
 * The evaluation report as PDF, in two editions: the buyer's, with prices, price computations and
 * savings; and the specialist group's, without any of them. A member gets hers only once she has
 * declared herself impartial.
 */
@ApplicationScoped
@Transactional
public class EvaluationReports {

    private final EvaluationQueries queries;
    private final TenderRepository tenders;
    private final TenderRankingRepository rankings;
    private final ImpartialityDeclarationRepository declarations;
    private final EvaluationReportRenderer renderer;
    private final Clock clock;

    @Inject
    public EvaluationReports(EvaluationQueries queries, TenderRepository tenders, TenderRankingRepository rankings,
                             ImpartialityDeclarationRepository declarations, EvaluationReportRenderer renderer,
                             Clock clock) {
        this.queries = queries;
        this.tenders = tenders;
        this.rankings = rankings;
        this.declarations = declarations;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected EvaluationReports() {
        this(null, null, null, null, null, null);
    }

    /** The buyer's edition, with prices, prepared for {@code buyerName}. */
    public byte[] buyerEdition(Long tenderId, String buyerName) {
        return renderer.render(report(tenderId, true, buyerName));
    }

    /**
     * The edition without prices for {@code member} of the tender's specialist group; refused to
     * others ({@code evaluation.notMember}) and before she has declared herself impartial
     * ({@code evaluation.impartialityRequired}, {@code evaluation.conflictDeclared}).
     */
    public byte[] memberEdition(Long tenderId, String member, String memberName) {
        if (!queries.isMember(tenderId, member)) {
            throw new DomainException(null, "evaluation.notMember", member);
        }
        ImpartialityDeclaration declaration = declarations.findByTenderAndMember(tenderId, member)
                .orElseThrow(() -> new DomainException(null, "evaluation.impartialityRequired"));
        if (!declaration.isImpartial()) {
            throw new DomainException(null, "evaluation.conflictDeclared");
        }
        return renderer.render(report(tenderId, false, memberName));
    }

    /** The report's content; without prices every price field is null. */
    EvaluationReport report(Long tenderId, boolean withPrices, String preparedFor) {
        Tender tender = EvaluationAccess.tender(tenders, tenderId);
        BuyerEvaluation evaluation = queries.buyerEvaluation(tender.getId());
        List<CriterionLine> criteria = tender.getCriteria().stream().map(c -> new CriterionLine(c.getType(),
                c.getWeight(), c.getPriceFormula(), c.getMaxPoints())).toList();
        List<OfferLine> offers = evaluation.offers().stream().map(o -> new OfferLine(o.offerId(), o.supplierName(),
                o.receivedAt(), o.lots(), o.status(), o.reason())).toList();
        List<ScoreLine> scores = evaluation.consensus().stream().map(EvaluationReports::scoreLine).toList();
        List<LotLine> lots = rankings.all(tender.getId()).stream()
                .map(outcome -> lotLine(tender, outcome, withPrices)).toList();
        return new EvaluationReport(tender.getReference().value(), tender.getTitle(), withPrices, clock.instant(),
                preparedFor, criteria, offers, scores, lots);
    }

    private static ScoreLine scoreLine(ConsensusLine line) {
        return new ScoreLine(line.offerId(), line.supplierName(), line.ref(), line.scores().stream()
                .map(s -> new MemberLine(s.member(), s.value(), s.justification())).toList(), line.mean(), line.value(),
                line.note());
    }

    private static LotLine lotLine(Tender tender, LotOutcome outcome, boolean withPrices) {
        return new LotLine(outcome.lotNumber(), EvaluationQueries.lotTitle(tender, outcome.lotNumber()),
                outcome.status(), outcome.waitingFor(), withPrices ? outcome.maximumPrice() : null,
                outcome.offers().stream().map(offer -> rankLine(offer, withPrices)).toList());
    }

    private static RankLine rankLine(EvaluatedOffer offer, boolean withPrices) {
        return new RankLine(offer.rank(), offer.supplierName(), offer.varenummer(),
                withPrices ? offer.packPrice() : null, withPrices ? offer.price().computation() : null,
                offer.pricePoints(), offer.byCriterion(), offer.total(), withPrices ? offer.savings() : null);
    }
}
