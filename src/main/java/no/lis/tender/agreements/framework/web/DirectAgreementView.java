package no.lis.tender.agreements.framework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.framework.application.AgreementQueries;
import no.lis.tender.agreements.framework.application.AgreementRows;
import no.lis.tender.agreements.framework.application.ConcludeDirectAgreement;
import no.lis.tender.agreements.framework.application.DirectAgreementCommand;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.agreements.framework.domain.DirectAwardGround;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.domain.Money;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.PricedPages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** The buyer records the direct agreement of a phase-1 negotiation; the direct agreements so far are listed below. */
@Named
@ViewScoped
@PricedRead("direct-agreements")
public class DirectAgreementView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConcludeDirectAgreement concludeDirect;
    @Inject
    AgreementQueries queries;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;
    @Inject
    PricedPages pricedPages;

    private String nyeMetoderId;
    private String varenummer;
    private BigDecimal agreedPrice;
    private BigDecimal rebatePercent;
    private LocalDate validFrom;
    private LocalDate validTo;
    private DirectAwardGround legalGround;
    private String groundReason;
    private List<AgreementRows.Direct> agreements;

    public void load() {
        if (agreements == null) {
            agreements = queries.agreements(true).direct();
            pricedPages.shown(this);
        }
    }

    public boolean isBuyer() {
        return user.has(Role.BUYER);
    }

    public void save() {
        AtomicReference<DirectAgreement> saved = new AtomicReference<>();
        if (isBuyer() && messages.attempt(() -> saved.set(concludeDirect.conclude(new DirectAgreementCommand(
                nyeMetoderId, varenummer, agreedPrice, rebatePercent, validFrom, validTo,
                legalGround == null ? null : legalGround.name(), groundReason), user.username())))) {
            DirectAgreement agreement = saved.get();
            messages.info("agreements.direct.saved", agreement.getDecision().value(), agreement.getPack().getProductName(),
                    Money.of(agreement.effectivePrice()));
            nyeMetoderId = null;
            varenummer = null;
            agreedPrice = null;
            rebatePercent = null;
            validFrom = null;
            validTo = null;
            legalGround = null;
            groundReason = null;
            agreements = queries.agreements(true).direct();
        }
    }

    public String getNyeMetoderId() {
        return nyeMetoderId;
    }

    public void setNyeMetoderId(String nyeMetoderId) {
        this.nyeMetoderId = nyeMetoderId;
    }

    public String getVarenummer() {
        return varenummer;
    }

    public void setVarenummer(String varenummer) {
        this.varenummer = varenummer;
    }

    public BigDecimal getAgreedPrice() {
        return agreedPrice;
    }

    public void setAgreedPrice(BigDecimal agreedPrice) {
        this.agreedPrice = agreedPrice;
    }

    public BigDecimal getRebatePercent() {
        return rebatePercent;
    }

    public void setRebatePercent(BigDecimal rebatePercent) {
        this.rebatePercent = rebatePercent;
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

    /** The grounds of the regulations to choose from. */
    public List<DirectAwardGround> getGrounds() {
        return List.of(DirectAwardGround.values());
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

    public List<AgreementRows.Direct> getAgreements() {
        return agreements;
    }
}
