package no.lis.tender.agreements.negotiation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.framework.domain.DirectAwardGround;
import no.lis.tender.agreements.negotiation.application.AgreeNegotiatedPrice;
import no.lis.tender.agreements.negotiation.application.NegotiationQueries;
import no.lis.tender.agreements.negotiation.application.NegotiationRows;
import no.lis.tender.agreements.negotiation.application.ProgressNegotiation;
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
import java.util.Locale;

/**
 * One phase-1 case: its timeline and clock, the supplier's offers, the price note with the highest
 * net price (and lowest rebate) that meets the willingness to pay, and the steps that move it on up
 * to the direct agreement or the refusal. Each step is made on the version of the case shown.
 */
@Named
@ViewScoped
@PricedRead("negotiation:{id}")
public class NegotiationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NegotiationQueries queries;
    @Inject
    ProgressNegotiation progress;
    @Inject
    AgreeNegotiatedPrice agree;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;
    @Inject
    PricedPages pricedPages;

    private Long id;
    private NegotiationRows.Details negotiation;
    private BigDecimal rebatePercent;
    private BigDecimal netPrice;
    private LocalDate receivedOn;
    private LocalDate since;
    private LocalDate sentOn;
    private LocalDate meetsOn;
    private LocalDate decidedOn;
    private LocalDate validFrom;
    private LocalDate validTo;
    private DirectAwardGround legalGround;
    private String groundReason;
    private String reason;

    /** Loads the case named by the {@code id} parameter; an unknown id shows the not-found page. */
    public void load() throws IOException {
        if (negotiation != null) {
            return;
        }
        id = Pages.idParameter("id").orElse(null);
        if (!Pages.loaded(this::reload)) {
            return;
        }
        LocalDate today = queries.today();
        receivedOn = today;
        since = today;
        sentOn = today;
        meetsOn = today;
        decidedOn = today;
        validFrom = today;
        validTo = today.plusYears(2).minusDays(1);
        pricedPages.shown(this);
    }

    private void reload() {
        negotiation = queries.details(id, locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public void recordOffer() {
        if (messages.attempt(() -> progress.recordOffer(id, negotiation.version(), rebatePercent, netPrice,
                receivedOn))) {
            reload();
            messages.info("negotiation.offer.recorded", negotiation.offers().size());
            rebatePercent = null;
            netPrice = null;
        }
    }

    public void waitForSupplier() {
        if (messages.attempt(() -> progress.waitForSupplier(id, negotiation.version(), since))) {
            reload();
            messages.info("negotiation.waiting.recorded");
        }
    }

    public void sendPriceNote() {
        if (messages.attempt(() -> progress.sendPriceNote(id, negotiation.version(), sentOn))) {
            reload();
            messages.info("negotiation.priceNote.recorded");
        }
    }

    public void scheduleDecisionForum() {
        if (messages.attempt(() -> progress.scheduleDecisionForum(id, negotiation.version(), meetsOn))) {
            reload();
            messages.info("negotiation.forum.recorded");
        }
    }

    public void agreePrice() {
        if (messages.attempt(() -> agree.agree(id, negotiation.version(), decidedOn, validFrom, validTo,
                legalGround == null ? null : legalGround.name(), groundReason, user.username()))) {
            reload();
            messages.info("negotiation.agreed", negotiation.nyeMetoderId());
        }
    }

    public void refuse() {
        if (messages.attempt(() -> progress.refuse(id, negotiation.version(), reason, decidedOn))) {
            reload();
            messages.info("negotiation.refused", negotiation.nyeMetoderId());
        }
    }

    /** The grounds of the regulations to choose from. */
    public List<DirectAwardGround> getGrounds() {
        return List.of(DirectAwardGround.values());
    }

    public NegotiationRows.Details getNegotiation() {
        return negotiation;
    }

    public Long getId() {
        return id;
    }

    public BigDecimal getRebatePercent() {
        return rebatePercent;
    }

    public void setRebatePercent(BigDecimal rebatePercent) {
        this.rebatePercent = rebatePercent;
    }

    public BigDecimal getNetPrice() {
        return netPrice;
    }

    public void setNetPrice(BigDecimal netPrice) {
        this.netPrice = netPrice;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }

    public LocalDate getMeetsOn() {
        return meetsOn;
    }

    public void setMeetsOn(LocalDate meetsOn) {
        this.meetsOn = meetsOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
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

    public DirectAwardGround getLegalGround() {
        return legalGround;
    }

    public void setLegalGround(DirectAwardGround legalGround) {
        this.legalGround = legalGround;
    }

    public String getGroundReason() {
        return groundReason;
    }

    public void setGroundReason(String groundReason) {
        this.groundReason = groundReason;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
