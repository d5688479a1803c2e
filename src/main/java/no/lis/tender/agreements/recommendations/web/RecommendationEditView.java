package no.lis.tender.agreements.recommendations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.recommendations.application.BuyerRecommendation;
import no.lis.tender.agreements.recommendations.application.EditRecommendationLines;
import no.lis.tender.agreements.recommendations.application.PriceReader;
import no.lis.tender.agreements.recommendations.application.PublishRecommendation;
import no.lis.tender.agreements.recommendations.application.ConfirmRecommendationProposal;
import no.lis.tender.agreements.recommendations.application.RecommendationLineCommand;
import no.lis.tender.agreements.recommendations.application.RecommendationProposals;
import no.lis.tender.agreements.recommendations.application.RecommendationQueries;
import no.lis.tender.agreements.recommendations.domain.PriceViewChannel;
import no.lis.tender.agreements.recommendations.domain.PriceViewer;
import no.lis.tender.agreements.recommendations.domain.PricedRecommendation;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.Pages;
import no.lis.tender.shared.web.PricedPages;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The buyer's page of one version: while a draft, its lines are added (from the catalogue or as
 * proposed by the agreements in force), moved in rank, commented and removed; once approved by the
 * specialist group it is published. Who has seen the area's prices is listed below. Opening the page
 * records the read of its prices (once per view: the changes made on it are not reads anew).
 */
@Named
@ViewScoped
@PricedRead("recommendation:{id}")
public class RecommendationEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecommendationQueries queries;
    @Inject
    RecommendationProposals proposals;
    @Inject
    EditRecommendationLines editLines;
    @Inject
    PublishRecommendation publishRecommendation;
    @Inject
    ConfirmRecommendationProposal confirmProposal;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;
    @Inject
    PricedPages pricedPages;

    private Long id;
    private BuyerRecommendation recommendation;
    private List<PriceViewer> viewers;

    private String indication;
    private Integer rank;
    private String varenummer;
    private String comment;
    private BigDecimal pricePerPack;
    private BigDecimal pricePerTreatmentPeriod;
    private Integer treatmentPeriodDays;
    private Map<Long, LocalDate> terminatedAgreements = Map.of();
    private String editedIndication;
    private String editedVarenummer;
    private String editedComment;
    private LocalDate validFrom;
    private LocalDate validTo;

    public void load() throws IOException {
        if (recommendation != null) {
            return;
        }
        id = Pages.idParameter("id").orElse(null);
        if (!queries.exists(id)) {
            Pages.respondNotFound();
            return;
        }
        recommendation = queries.workingCopy(id, PriceReader.of(user.username(), user.fullName(), user.roleNames()),
                PriceViewChannel.PAGE);
        viewers = queries.priceViewers(id);
        terminatedAgreements = proposals.terminatedAgreements(recommendation);
        validFrom = recommendation.validFrom();
        validTo = recommendation.validTo();
        pricedPages.shown(this);
    }

    /** After a change: shown anew within the same view, whose read was recorded when it was opened. */
    private void refresh() {
        recommendation = queries.forBuyer(id);
        viewers = queries.priceViewers(id);
        terminatedAgreements = proposals.terminatedAgreements(recommendation);
    }

    public void addLine() {
        if (messages.attempt(() -> editLines.add(id, recommendation.version(), new RecommendationLineCommand(
                indication, rank, varenummer, comment, pricePerPack, pricePerTreatmentPeriod, treatmentPeriodDays, null)))) {
            messages.info("recommendations.edit.lineAdded", varenummer);
            varenummer = null;
            comment = null;
            pricePerPack = null;
            pricePerTreatmentPeriod = null;
            treatmentPeriodDays = null;
            rank = null;
        }
        refresh();
    }

    public void addProposed() {
        int[] added = new int[1];
        if (messages.attempt(() -> added[0] = editLines.addProposed(id, recommendation.version(),
                proposals.fromAgreementsInForce(recommendation.therapeuticAreaId())))) {
            messages.info("recommendations.edit.proposedAdded", added[0]);
        }
        refresh();
    }

    public void moveUp(String lineIndication, PricedRecommendation.Line line) {
        rerank(lineIndication, line, Math.max(1, line.rank() - 1));
    }

    public void moveDown(String lineIndication, PricedRecommendation.Line line) {
        rerank(lineIndication, line, line.rank() + 1);
    }

    private void rerank(String lineIndication, PricedRecommendation.Line line, int newRank) {
        messages.attempt(() -> editLines.rerank(id, recommendation.version(), lineIndication,
                line.varenummer().value(), newRank));
        refresh();
    }

    public void remove(String lineIndication, PricedRecommendation.Line line) {
        messages.attempt(() -> editLines.remove(id, recommendation.version(), lineIndication,
                line.varenummer().value()));
        refresh();
    }

    /** Prepares the dialog that edits the comment of {@code line}. */
    public void editComment(String lineIndication, PricedRecommendation.Line line) {
        editedIndication = lineIndication;
        editedVarenummer = line.varenummer().value();
        editedComment = line.comment();
    }

    public void saveComment() {
        if (messages.attempt(() -> editLines.comment(id, recommendation.version(), editedIndication, editedVarenummer,
                editedComment))) {
            messages.info("recommendations.edit.commentSaved", editedVarenummer);
        }
        refresh();
    }

    public void saveValidity() {
        if (messages.attempt(() -> editLines.changeValidity(id, recommendation.version(), validFrom, validTo))) {
            messages.info("recommendations.edit.validitySaved");
        }
        refresh();
    }

    /** The last day of the terminated framework agreement {@code agreementId}, or null if it is not terminated. */
    public LocalDate terminatedOn(Long agreementId) {
        return agreementId == null ? null : terminatedAgreements.get(agreementId);
    }

    public Map<Long, LocalDate> getTerminatedAgreements() {
        return terminatedAgreements;
    }

    public String getEditedComment() {
        return editedComment;
    }

    public void setEditedComment(String editedComment) {
        this.editedComment = editedComment;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public BigDecimal getPricePerTreatmentPeriod() {
        return pricePerTreatmentPeriod;
    }

    public void setPricePerTreatmentPeriod(BigDecimal pricePerTreatmentPeriod) {
        this.pricePerTreatmentPeriod = pricePerTreatmentPeriod;
    }

    public Integer getTreatmentPeriodDays() {
        return treatmentPeriodDays;
    }

    public void setTreatmentPeriodDays(Integer treatmentPeriodDays) {
        this.treatmentPeriodDays = treatmentPeriodDays;
    }

    /** The buyer confirms the version the system proposed. */
    public void confirmProposal() {
        if (messages.attempt(() -> confirmProposal.confirm(id, recommendation.version(), user.username()))) {
            messages.info("recommendations.proposal.confirmed", recommendation.versionNumber());
        }
        refresh();
    }

    public void publish() {
        if (messages.attempt(() -> publishRecommendation.publish(id, recommendation.version(),
                user.username()))) {
            messages.info("recommendations.edit.published", recommendation.versionNumber());
        }
        refresh();
    }

    public BuyerRecommendation getRecommendation() {
        return recommendation;
    }

    public List<PriceViewer> getViewers() {
        return viewers;
    }

    public String getIndication() {
        return indication;
    }

    public void setIndication(String indication) {
        this.indication = indication;
    }

    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }

    public String getVarenummer() {
        return varenummer;
    }

    public void setVarenummer(String varenummer) {
        this.varenummer = varenummer;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public BigDecimal getPricePerPack() {
        return pricePerPack;
    }

    public void setPricePerPack(BigDecimal pricePerPack) {
        this.pricePerPack = pricePerPack;
    }
}
