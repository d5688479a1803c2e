package no.lis.tender.agreements.award.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.award.application.AwardLot;
import no.lis.tender.agreements.award.application.AwardOverview.Candidate;
import no.lis.tender.agreements.award.application.AwardOverview.ComplaintRow;
import no.lis.tender.agreements.award.application.AwardOverview.MarketAward;
import no.lis.tender.agreements.award.application.AwardOverview;
import no.lis.tender.agreements.award.application.AwardQueries;
import no.lis.tender.agreements.award.application.IssueAwardLetters;
import no.lis.tender.agreements.award.application.RecordComplaint;
import no.lis.tender.agreements.award.application.ResolveComplaint;
import no.lis.tender.agreements.award.application.SetStandstillDays;
import no.lis.tender.agreements.award.domain.ComplaintKind;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.Pages;
import no.lis.tender.shared.web.PricedPages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The buyer's award of one tender ({@code ?tender=id}): per lot and market she ticks the winner(s)
 * in the ranking, sets the standstill, issues the letters, records and resolves complaints, and
 * once the standstill has ended concludes the framework agreement of each market (in
 * {@code ConcludeAgreementView}'s dialog on the same page). Administrators
 * may look, not act.
 */
@Named
@ViewScoped
@PricedRead("tender:{tender}")
public class AwardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AwardQueries queries;
    @Inject
    AwardLot awardLot;
    @Inject
    SetStandstillDays setStandstillDays;
    @Inject
    IssueAwardLetters issueLetters;
    @Inject
    RecordComplaint recordComplaint;
    @Inject
    ResolveComplaint resolveComplaint;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;
    @Inject
    PricedPages pricedPages;

    private Long tenderId;
    private AwardOverview award;
    /** Per "lot market offer", whether the buyer ticked the offer for the market. */
    private final Map<String, Boolean> chosen = new HashMap<>();
    private int standstillDays;
    private ComplaintKind complaintKind = ComplaintKind.COMPLAINT;
    private LocalDate complaintFiledOn;
    private String complaintText;
    private ComplaintRow resolving;
    private String resolutionText;

    /** Loads the tender named by the {@code tender} parameter; an unknown id shows the not-found page. */
    public void load() throws IOException {
        if (award != null) {
            return;
        }
        tenderId = Pages.idParameter("tender").orElse(null);
        if (!queries.exists(tenderId)) {
            Pages.respondNotFound();
            return;
        }
        refresh();
        pricedPages.shown(this);
    }

    /** Reads the award again, e.g. after an agreement was concluded in its dialog on this page. */
    public void refresh() {
        award = queries.award(tenderId);
        standstillDays = award.standstillDays();
        if (complaintFiledOn == null) {
            complaintFiledOn = award.today();
        }
        chosen.clear();
        for (MarketAward market : award.markets()) {
            market.candidates().forEach(c -> chosen.put(key(market, c), c.isAwarded()));
        }
    }

    /** The key of {@link #getChosen()} for offer {@code candidate} in {@code market}. */
    public String key(MarketAward market, Candidate candidate) {
        return market.lotNumber() + " " + market.marketCode() + " " + candidate.offerId();
    }

    public boolean isBuyer() {
        return user.has(Role.BUYER);
    }

    public void saveAward(MarketAward market) {
        List<Long> offerIds = market.candidates().stream()
                .filter(c -> Boolean.TRUE.equals(chosen.get(key(market, c)))).map(Candidate::offerId).toList();
        if (isBuyer() && messages.attempt(() -> awardLot.award(tenderId, market.lotNumber(),
                market.marketCode(), offerIds, user.username()))) {
            messages.info("agreements.award.saved", market.lotNumber(), market.marketName());
        }
        refresh();
    }

    public void saveStandstill() {
        int days = standstillDays;
        if (isBuyer() && messages.attempt(() -> setStandstillDays.set(tenderId, days, user.username()))) {
            messages.info("agreements.award.standstillSaved", days);
        }
        refresh();
    }

    public void issue() {
        if (isBuyer() && messages.attempt(() -> issueLetters.issue(tenderId, user.username()))) {
            refresh();
            messages.info("agreements.award.issued", award.letters().size(), award.standstillAnnouncedEnd());
        }
        refresh();
    }

    public void recordComplaint() {
        if (isBuyer() && messages.attempt(() -> recordComplaint.record(tenderId, complaintKind,
                complaintFiledOn, complaintText, user.username()))) {
            messages.info("agreements.award.recorded." + complaintKind.name());
            complaintKind = ComplaintKind.COMPLAINT;
            complaintFiledOn = null;
            complaintText = null;
        }
        refresh();
    }

    public void startResolve(ComplaintRow complaint) {
        resolving = complaint;
        resolutionText = null;
    }

    public void resolve() {
        if (isBuyer() && messages.attempt(() -> resolveComplaint.resolve(tenderId, resolving.number(),
                resolutionText, user.username()))) {
            messages.info("agreements.award.complaintResolved", resolving.number());
            refresh();
        }
    }

    public AwardOverview getAward() {
        return award;
    }

    public Map<String, Boolean> getChosen() {
        return chosen;
    }

    public int getStandstillDays() {
        return standstillDays;
    }

    public void setStandstillDays(int standstillDays) {
        this.standstillDays = standstillDays;
    }

    public ComplaintKind[] getComplaintKinds() {
        return ComplaintKind.values();
    }

    public ComplaintKind getComplaintKind() {
        return complaintKind;
    }

    public void setComplaintKind(ComplaintKind complaintKind) {
        this.complaintKind = complaintKind;
    }

    public LocalDate getComplaintFiledOn() {
        return complaintFiledOn;
    }

    public void setComplaintFiledOn(LocalDate complaintFiledOn) {
        this.complaintFiledOn = complaintFiledOn;
    }

    public String getComplaintText() {
        return complaintText;
    }

    public void setComplaintText(String complaintText) {
        this.complaintText = complaintText;
    }

    public ComplaintRow getResolving() {
        return resolving;
    }

    public String getResolutionText() {
        return resolutionText;
    }

    public void setResolutionText(String resolutionText) {
        this.resolutionText = resolutionText;
    }
}
