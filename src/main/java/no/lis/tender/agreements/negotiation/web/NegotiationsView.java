package no.lis.tender.agreements.negotiation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.negotiation.application.NegotiationQueries;
import no.lis.tender.agreements.negotiation.application.NegotiationRows;
import no.lis.tender.agreements.negotiation.application.OpenNegotiation;
import no.lis.tender.agreements.negotiation.application.OpenNegotiationCommand;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.PricedPages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The buyer's phase-1 negotiations: every case with its clock, and the form that opens a new one. */
@Named
@ViewScoped
@PricedRead("negotiations")
public class NegotiationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NegotiationQueries queries;
    @Inject
    OpenNegotiation openNegotiation;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;
    @Inject
    PricedPages pricedPages;

    private List<NegotiationRows.Summary> cases;
    private String nyeMetoderId;
    private String title;
    private String varenummer;
    private LocalDate receivedOn;
    private BigDecimal incrementalQalys;
    private BigDecimal otherIncrementalCosts;
    private BigDecimal packsPerPatientYear;
    private BigDecimal absoluteShortfall;

    public void load() {
        if (cases == null) {
            cases = queries.cases();
            receivedOn = queries.today();
            pricedPages.shown(this);
        }
    }

    /** Opens the case and goes to its page; a broken rule stays beside its field. */
    public String open() {
        AtomicLong opened = new AtomicLong();
        if (messages.attempt(() -> opened.set(openNegotiation.open(new OpenNegotiationCommand(nyeMetoderId, title,
                varenummer, receivedOn, incrementalQalys, otherIncrementalCosts, packsPerPatientYear,
                absoluteShortfall), user.username()).getId()))) {
            return "/agreements/negotiation?faces-redirect=true&id=" + opened.get();
        }
        return null;
    }

    public List<NegotiationRows.Summary> getCases() {
        return cases;
    }

    public String getNyeMetoderId() {
        return nyeMetoderId;
    }

    public void setNyeMetoderId(String nyeMetoderId) {
        this.nyeMetoderId = nyeMetoderId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getVarenummer() {
        return varenummer;
    }

    public void setVarenummer(String varenummer) {
        this.varenummer = varenummer;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public BigDecimal getIncrementalQalys() {
        return incrementalQalys;
    }

    public void setIncrementalQalys(BigDecimal incrementalQalys) {
        this.incrementalQalys = incrementalQalys;
    }

    public BigDecimal getOtherIncrementalCosts() {
        return otherIncrementalCosts;
    }

    public void setOtherIncrementalCosts(BigDecimal otherIncrementalCosts) {
        this.otherIncrementalCosts = otherIncrementalCosts;
    }

    public BigDecimal getPacksPerPatientYear() {
        return packsPerPatientYear;
    }

    public void setPacksPerPatientYear(BigDecimal packsPerPatientYear) {
        this.packsPerPatientYear = packsPerPatientYear;
    }

    public BigDecimal getAbsoluteShortfall() {
        return absoluteShortfall;
    }

    public void setAbsoluteShortfall(BigDecimal absoluteShortfall) {
        this.absoluteShortfall = absoluteShortfall;
    }
}
