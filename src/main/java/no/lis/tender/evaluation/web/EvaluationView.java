package no.lis.tender.evaluation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.evaluation.application.AcceptMeansAsConsensus;
import no.lis.tender.evaluation.application.BuyerEvaluation;
import no.lis.tender.evaluation.application.BuyerEvaluation.ConsensusLine;
import no.lis.tender.evaluation.application.BuyerEvaluation.OfferQualification;
import no.lis.tender.evaluation.application.CompleteEvaluation;
import no.lis.tender.evaluation.application.DecideQualification;
import no.lis.tender.evaluation.application.DecideQualificationCommand;
import no.lis.tender.evaluation.application.EvaluationQueries;
import no.lis.tender.evaluation.application.OfferedLot;
import no.lis.tender.evaluation.application.OpenedOfferReader;
import no.lis.tender.evaluation.application.RankTender;
import no.lis.tender.evaluation.application.ChooseScenario;
import no.lis.tender.evaluation.application.SetConsensus;
import no.lis.tender.evaluation.application.SetConsensusCommand;
import no.lis.tender.evaluation.application.ShowPricesToMembers;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.PagedModel;
import no.lis.tender.shared.web.Pages;
import no.lis.tender.shared.web.PricedPages;
import no.lis.tender.tendering.domain.CriterionType;
import org.primefaces.model.LazyDataModel;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The buyer's evaluation of one tender: qualification of the opened offers, the members' progress,
 * the consensus scores, the switch that lets members see prices, the ranking (read lazily, lot by
 * lot, with a chart per lot) and the report.
 */
@Named
@ViewScoped
@PricedRead("tender:{id}")
public class EvaluationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvaluationQueries queries;
    @Inject
    DecideQualification decideQualification;
    @Inject
    ShowPricesToMembers showPrices;
    @Inject
    SetConsensus setConsensus;
    @Inject
    AcceptMeansAsConsensus acceptMeans;
    @Inject
    RankTender rankTender;
    @Inject
    CompleteEvaluation completeEvaluation;
    @Inject
    ChooseScenario chooseScenario;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;
    @Inject
    PricedPages pricedPages;

    private Long tenderId;
    private BuyerEvaluation evaluation;
    private LazyDataModel<LotOutcome> ranking;
    private List<OpenedOfferReader.UnreadableOffer> unreadable = List.of();
    private Map<Long, List<OfferedLot>> offered = Map.of();

    private OfferQualification deciding;
    private boolean qualified = true;
    private String reason;

    private ConsensusLine consensusLine;
    private Integer consensusValue;
    private String consensusNote;

    /** Loads the tender named by the {@code id} parameter; an unknown id shows the not-found page. */
    public void load() throws IOException {
        if (evaluation != null) {
            return;
        }
        tenderId = Pages.idParameter("id").orElse(null);
        if (tenderId == null || !queries.exists(tenderId)) {
            Pages.respondNotFound();
            return;
        }
        refresh();
        pricedPages.shown(this);
        Long id = tenderId;
        EvaluationQueries reader = queries;
        ranking = new PagedModel<>(() -> reader.rankedLotCount(id),
                (first, max, sort, ascending) -> reader.rankingPage(id, first, max),
                RankingSort.class, RankingSort.LOT_NUMBER, true, LotOutcome::lotNumber);
    }

    private void refresh() {
        EvaluationQueries.BuyerPage page = queries.buyerPage(tenderId);
        evaluation = page.evaluation();
        unreadable = page.unreadable();
        offered = page.offered().stream().collect(Collectors.groupingBy(OfferedLot::offerId));
    }

    /** What offer {@code offerId} offers, lot by lot, with its price per pack (this page is a read of prices). */
    public List<OfferedLot> offeredLots(long offerId) {
        return offered.getOrDefault(offerId, List.of());
    }

    /** The opened offers that failed the check at the opening and are not evaluated. */
    public List<OpenedOfferReader.UnreadableOffer> getUnreadable() {
        return unreadable;
    }

    public void startDecision(OfferQualification offer) {
        deciding = offer;
        qualified = !offer.isRejected();
        reason = offer.reason();
    }

    public void decide() {
        if (messages.attempt(() -> decideQualification.decide(new DecideQualificationCommand(
                tenderId, deciding.offerId(), qualified, reason, deciding.version()), user.username()))) {
            messages.info(qualified ? "evaluation.qualified.saved" : "evaluation.rejected.saved", deciding.supplierName());
            refresh();
        }
    }

    public void togglePrices() {
        boolean visible = !evaluation.pricesVisibleToMembers();
        if (messages.attempt(() -> showPrices.show(tenderId, visible, evaluation.evaluationVersion(),
                user.username()))) {
            messages.info(visible ? "evaluation.prices.shown" : "evaluation.prices.hidden");
        }
        refresh();
    }

    public void startConsensus(ConsensusLine line) {
        consensusLine = line;
        consensusValue = line.value() != null ? line.value() : line.mean();
        consensusNote = line.note();
    }

    public void saveConsensus() {
        if (messages.attempt(() -> setConsensus.set(new SetConsensusCommand(tenderId,
                consensusLine.offerId(), consensusLine.ref().type(), consensusLine.ref().title(), consensusValue,
                consensusNote, consensusLine.version()), user.username()))) {
            messages.info("evaluation.consensus.saved", consensusLine.ref().title(), consensusLine.supplierName());
            refresh();
        }
    }

    /** Accepts the members' mean as the consensus of every line not yet agreed, in one step. */
    public void acceptAllMeans() {
        int[] accepted = new int[1];
        if (messages.attempt(() -> accepted[0] = acceptMeans.acceptAll(tenderId, user.username()))) {
            messages.info("evaluation.consensus.acceptedAll", accepted[0]);
        }
        refresh();
    }

    public void rank() {
        if (messages.attempt(() -> rankTender.rank(tenderId, user.username()))) {
            refresh();
            messages.info("evaluation.ranking.done", evaluation.lotsRanked(), evaluation.lotsWaiting());
        }
    }

    /** Ranks lot {@code lotNumber} under another of its price scenarios; the tender is ranked again. */
    public void chooseScenario(int lotNumber, String scenario) {
        if (messages.attempt(() -> chooseScenario.choose(tenderId, lotNumber, scenario, evaluation.evaluationVersion(),
                user.username()))) {
            messages.info("evaluation.scenario.chosen", lotNumber, scenario);
        }
        refresh();
    }

    public void complete() {
        if (messages.attempt(() -> completeEvaluation.complete(tenderId, user.username()))) {
            messages.info("evaluation.completed");
        }
        refresh();
    }

    /** The chart of a ranked lot, stacked by criterion. */
    public String chart(LotOutcome outcome) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<CriterionType> criteria = Arrays.stream(CriterionType.values())
                .filter(type -> outcome.offers().stream().anyMatch(offer -> offer.byCriterion().containsKey(type)))
                .toList();
        return LotChart.json(outcome, criteria, type -> Messages.format(locale, "CriterionType." + type.name()),
                Messages.format(locale, "evaluation.chart.axis"));
    }

    /**
     * The chart's text alternative (its {@code aria-label}): the ranking in one sentence, so that a
     * screen reader hears what the bars show.
     */
    public String chartSummary(LotOutcome outcome) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String ranking = outcome.offers().stream()
                .map(offer -> Messages.format(locale, "evaluation.chart.summary.offer", offer.rank(), offer.supplierName(),
                        offer.total()))
                .collect(Collectors.joining("; "));
        return Messages.format(locale, "evaluation.chart.summary", outcome.lotNumber(), ranking);
    }

    public Long getTenderId() {
        return tenderId;
    }

    public BuyerEvaluation getEvaluation() {
        return evaluation;
    }

    public LazyDataModel<LotOutcome> getRanking() {
        return ranking;
    }

    public OfferQualification getDeciding() {
        return deciding;
    }

    public boolean isQualified() {
        return qualified;
    }

    public void setQualified(boolean qualified) {
        this.qualified = qualified;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ConsensusLine getConsensusLine() {
        return consensusLine;
    }

    public Integer getConsensusValue() {
        return consensusValue;
    }

    public void setConsensusValue(Integer consensusValue) {
        this.consensusValue = consensusValue;
    }

    public String getConsensusNote() {
        return consensusNote;
    }

    public void setConsensusNote(String consensusNote) {
        this.consensusNote = consensusNote;
    }
}
