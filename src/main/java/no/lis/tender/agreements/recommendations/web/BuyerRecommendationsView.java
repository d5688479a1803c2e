package no.lis.tender.agreements.recommendations.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.recommendations.application.DraftRecommendation;
import no.lis.tender.agreements.recommendations.application.DraftRecommendationCommand;
import no.lis.tender.agreements.recommendations.application.NextRecommendationVersionCommand;
import no.lis.tender.agreements.recommendations.application.RecommendationQueries;
import no.lis.tender.agreements.recommendations.application.RecommendationSummary;
import no.lis.tender.agreements.recommendations.domain.ChangeReason;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The buyer's list of every version of every area's recommendation, where version 1 of an area is
 * started, or the next version from the one in force when an agreement changes.
 */
@Named
@ViewScoped
public class BuyerRecommendationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecommendationQueries queries;
    @Inject
    DraftRecommendation draftRecommendation;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;

    private List<RecommendationSummary> versions;
    private Long therapeuticAreaId;
    private Long fromId;
    private ChangeReason changeReason;
    private String changeNote;
    private LocalDate validFrom;
    private LocalDate validTo;

    private boolean fromShortage;

    /**
     * Opened from a shortage on the agreement page ({@code ?agreement=id}): the dialog for the next
     * version of the recommendation in force that rests on that agreement opens, with the reason that
     * the supplier cannot deliver.
     */
    public void load() {
        Long agreementId = Pages.idParameter("agreement").orElse(null);
        if (agreementId == null || fromShortage) {
            return;
        }
        List<RecommendationSummary> resting = queries.inForceRestingOn(agreementId);
        if (resting.isEmpty()) {
            messages.info("supply.noRecommendation");
            return;
        }
        prepareNext(resting.get(0));
        changeReason = ChangeReason.SUPPLIER_CANNOT_DELIVER;
        fromShortage = true;
    }

    public boolean isFromShortage() {
        return fromShortage;
    }

    public List<RecommendationSummary> getVersions() {
        if (versions == null) {
            versions = queries.allVersions();
        }
        return versions;
    }

    public void startFirst() throws IOException {
        Recommendation[] started = new Recommendation[1];
        if (messages.attempt(() -> started[0] = draftRecommendation.startFirst(
                new DraftRecommendationCommand(therapeuticAreaId, validFrom, validTo), user.username()))) {
            open(started[0]);
        }
    }

    /** Prepares the dialog for the next version of the version in force {@code inForce}. */
    public void prepareNext(RecommendationSummary inForce) {
        fromId = inForce.recommendationId();
        changeReason = null;
        changeNote = null;
        validFrom = null;
        validTo = inForce.validTo();
    }

    public void startNext() throws IOException {
        Recommendation[] started = new Recommendation[1];
        if (messages.attempt(() -> started[0] = draftRecommendation.startNext(
                new NextRecommendationVersionCommand(fromId, changeReason, changeNote, validFrom, validTo),
                user.username()))) {
            open(started[0]);
        }
    }

    private static void open(Recommendation recommendation) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                + "/agreements/recommendation-edit.xhtml?id=" + recommendation.getId());
    }

    public ChangeReason[] getChangeReasons() {
        return ChangeReason.values();
    }

    public Long getTherapeuticAreaId() {
        return therapeuticAreaId;
    }

    public void setTherapeuticAreaId(Long therapeuticAreaId) {
        this.therapeuticAreaId = therapeuticAreaId;
    }

    public ChangeReason getChangeReason() {
        return changeReason;
    }

    public void setChangeReason(ChangeReason changeReason) {
        this.changeReason = changeReason;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
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
}
