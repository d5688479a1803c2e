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
import no.lis.tender.evaluation.domain.ScoreSheetStatus;
import no.lis.tender.evaluation.domain.ScoringRights;
import no.lis.tender.evaluation.domain.TenderRankingRepository;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The evaluation report as PDF, in two editions: the buyer's, with prices, price computations and
 * savings; and the specialist group member's, as blind as her scoring ({@link EvaluationReport#memberEdition}):
 * without any price, with price points only once the buyer has let members see prices, and without
 * the other members' scores of an offer until she has submitted her own. A member gets hers only
 * once she has declared herself impartial.
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

    /** The name the report of tender {@code tenderId} is saved under: by the tender's reference, as users know it. */
    public String fileName(Long tenderId) {
        return "evalueringsrapport-" + EvaluationAccess.tender(tenders, tenderId).getReference().value() + ".pdf";
    }

    /** The buyer's edition, with prices, prepared for {@code buyerName}. */
    public byte[] buyerEdition(Long tenderId, String buyerName) {
        Tender tender = EvaluationAccess.tender(tenders, tenderId);
        return renderer.render(report(tender, queries.buyerEvaluation(tender.getId()), buyerName));
    }

    /**
     * The edition for {@code member} of the tender's specialist group; refused to others
     * ({@code evaluation.notMember}) and before she has declared herself impartial
     * ({@code evaluation.impartialityRequired}, {@code evaluation.conflictDeclared}).
     */
    public MemberEdition memberEdition(Long tenderId, String member, String memberName) {
        EvaluationReport edition = memberReport(tenderId, member, memberName);
        return new MemberEdition(renderer.render(edition), edition.withPricePoints());
    }

    /** The content of {@code member}'s edition, checked as {@link #memberEdition}. */
    EvaluationReport memberReport(Long tenderId, String member, String memberName) {
        if (!queries.isMember(tenderId, member)) {
            throw new DomainException(null, "evaluation.notMember", member);
        }
        ImpartialityDeclaration declaration = declarations.findByTenderAndMember(tenderId, member)
                .orElseThrow(() -> new DomainException(null, "evaluation.impartialityRequired"));
        if (!declaration.isImpartial()) {
            throw new DomainException(null, "evaluation.conflictDeclared");
        }
        Tender tender = EvaluationAccess.tender(tenders, tenderId);
        BuyerEvaluation evaluation = queries.buyerEvaluation(tender.getId());
        Set<Long> submitted = evaluation.progress().stream().filter(progress -> progress.username().equals(member))
                .flatMap(progress -> progress.sheets().entrySet().stream())
                .filter(sheet -> sheet.getValue() == ScoreSheetStatus.SUBMITTED).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        return report(tender, evaluation, memberName).memberEdition(memberName, submitted,
                ScoringRights.pricesVisible(evaluation.pricesVisibleToMembers()));
    }

    /** The buyer's report, with every price. */
    EvaluationReport report(Tender tender, BuyerEvaluation evaluation, String preparedFor) {
        List<CriterionLine> criteria = tender.getCriteria().stream().map(c -> new CriterionLine(c.getType(),
                c.getWeight(), c.getPriceFormula(), c.getMaxPoints())).toList();
        List<OfferLine> offers = evaluation.offers().stream().map(o -> new OfferLine(o.offerId(), o.supplierName(),
                o.receivedAt(), o.lots(), o.status(), o.reason())).toList();
        List<ScoreLine> scores = evaluation.consensus().stream().map(EvaluationReports::scoreLine).toList();
        List<LotLine> lots = rankings.all(tender.getId()).stream().map(outcome -> lotLine(tender, outcome)).toList();
        return new EvaluationReport(tender.getReference().value(), tender.getTitle(), true, true, clock.instant(),
                preparedFor, criteria, offers, scores, lots);
    }

    private static ScoreLine scoreLine(ConsensusLine line) {
        return new ScoreLine(line.offerId(), line.supplierName(), line.ref(), line.scores().stream()
                .map(s -> new MemberLine(s.member(), s.value(), s.justification())).toList(), line.mean(), line.value(),
                line.note());
    }

    private static LotLine lotLine(Tender tender, LotOutcome outcome) {
        return new LotLine(outcome.lotNumber(), EvaluationQueries.lotTitle(tender, outcome.lotNumber()),
                outcome.status(), outcome.waitingFor(), outcome.maximumPrice(),
                outcome.offers().stream().map(EvaluationReports::rankLine).toList());
    }

    private static RankLine rankLine(EvaluatedOffer offer) {
        return new RankLine(offer.rank(), offer.offerId(), offer.supplierName(), offer.varenummer(), offer.packPrice(),
                offer.price(), offer.pricePoints(), offer.byCriterion(), offer.total(), offer.savings());
    }

    /**
     * A member's edition as PDF, and whether it holds price points: derived from prices, so a read
     * of it is a read of prices.
     */
    public record MemberEdition(byte[] pdf, boolean withPricePoints) {
    }
}
