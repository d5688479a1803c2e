package no.lis.tender.agreements.adherence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.adherence.application.ManagedEntryOverview;
import no.lis.tender.agreements.adherence.application.ManagedEntryQueries;
import no.lis.tender.agreements.framework.application.ManagedEntryCommand;
import no.lis.tender.agreements.framework.application.ManagedEntryTermsRow;
import no.lis.tender.agreements.framework.application.SetManagedEntry;
import no.lis.tender.agreements.framework.domain.AgreementKind;
import no.lis.tender.agreements.framework.domain.ManagedEntryKind;
import no.lis.tender.agreements.framework.domain.ManagedEntryTerms;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.Pages;
import no.lis.tender.shared.web.PricedPages;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The managed-entry agreement of one direct ({@code ?direct=id}) or framework ({@code ?framework=id})
 * agreement: the buyer sets or revises its terms, and sees the expected yearly cost from the
 * estimated volume and from the consumption imported so far this agreement year, with the tier effect
 * and the payback owed.
 */
@Named
@ViewScoped
@PricedRead("managed-entry")
public class ManagedEntryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ManagedEntryQueries queries;
    @Inject
    SetManagedEntry setManagedEntry;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;
    @Inject
    PricedPages pricedPages;

    private AgreementKind agreementKind;
    private Long agreementId;
    private ManagedEntryOverview overview;
    private ManagedEntryKind kind;
    private String varenummer;
    private BigDecimal estimatedPacks;
    private BigDecimal rebatePercent;
    private List<TierRow> tiers = new ArrayList<>();
    private ManagedEntryTerms.CapBasis capBasis;
    private BigDecimal cap;
    private BigDecimal paybackPercent;
    private BigDecimal pricePerPatient;
    private BigDecimal packsPerPatient;
    private BigDecimal responderPercent;
    private BigDecimal temporaryPrice;
    private LocalDate reassessBy;

    /** Loads the agreement named by {@code direct} or {@code framework}; an unknown one shows the not-found page. */
    public void load() throws IOException {
        if (overview != null) {
            return;
        }
        Optional<Long> direct = Pages.idParameter("direct");
        agreementKind = direct.isPresent() ? AgreementKind.DIRECT : AgreementKind.FRAMEWORK;
        agreementId = direct.or(() -> Pages.idParameter("framework")).orElse(null);
        if (!Pages.loaded(() -> overview = queries.of(agreementKind, agreementId))) {
            return;
        }
        fill(overview.terms());
        pricedPages.shown(this);
    }

    private void fill(ManagedEntryTermsRow terms) {
        tiers = new ArrayList<>();
        if (terms == null) {
            kind = ManagedEntryKind.VOLUME_TIERS;
            tiers.add(new TierRow());
            return;
        }
        kind = ManagedEntryKind.valueOf(terms.kind());
        varenummer = terms.varenummer();
        estimatedPacks = terms.estimatedPacks();
        rebatePercent = terms.rebatePercent();
        terms.tiers().forEach(tier -> tiers.add(new TierRow(tier.fromPacks(), tier.pricePerPack())));
        if (tiers.isEmpty()) {
            tiers.add(new TierRow());
        }
        capBasis = terms.capBasis() == null ? null : ManagedEntryTerms.CapBasis.valueOf(terms.capBasis());
        cap = terms.cap();
        paybackPercent = terms.paybackPercent();
        pricePerPatient = terms.pricePerPatient();
        packsPerPatient = terms.packsPerPatient();
        responderPercent = terms.responderPercent();
        temporaryPrice = terms.temporaryPrice();
        reassessBy = terms.reassessBy();
    }

    public void save() {
        Long version = overview.terms() == null ? null : overview.terms().version();
        ManagedEntryCommand command = new ManagedEntryCommand(kind == null ? null : kind.name(), varenummer,
                estimatedPacks, rebatePercent, tiers.stream().map(t -> new ManagedEntryCommand.Tier(t.getFromPacks(),
                t.getPricePerPack())).toList(), capBasis == null ? null : capBasis.name(), cap, paybackPercent,
                pricePerPatient, packsPerPatient, responderPercent, temporaryPrice, reassessBy, version);
        if (messages.attempt(() -> setManagedEntry.set(agreementKind, agreementId, command, user.username()))) {
            overview = queries.of(agreementKind, agreementId);
            messages.info("mea.saved");
        }
    }

    public void addTier() {
        tiers.add(new TierRow());
    }

    public void removeTier(int index) {
        if (tiers.size() > 1 && index >= 0 && index < tiers.size()) {
            tiers.remove(index);
        }
    }

    public ManagedEntryOverview getOverview() {
        return overview;
    }

    public List<ManagedEntryKind> getKinds() {
        return List.of(ManagedEntryKind.values());
    }

    public List<ManagedEntryTerms.CapBasis> getCapBases() {
        return List.of(ManagedEntryTerms.CapBasis.values());
    }

    public ManagedEntryKind getKind() {
        return kind;
    }

    public void setKind(ManagedEntryKind kind) {
        this.kind = kind;
    }

    public String getVarenummer() {
        return varenummer;
    }

    public void setVarenummer(String varenummer) {
        this.varenummer = varenummer;
    }

    public BigDecimal getEstimatedPacks() {
        return estimatedPacks;
    }

    public void setEstimatedPacks(BigDecimal estimatedPacks) {
        this.estimatedPacks = estimatedPacks;
    }

    public BigDecimal getRebatePercent() {
        return rebatePercent;
    }

    public void setRebatePercent(BigDecimal rebatePercent) {
        this.rebatePercent = rebatePercent;
    }

    public List<TierRow> getTiers() {
        return tiers;
    }

    public ManagedEntryTerms.CapBasis getCapBasis() {
        return capBasis;
    }

    public void setCapBasis(ManagedEntryTerms.CapBasis capBasis) {
        this.capBasis = capBasis;
    }

    public BigDecimal getCap() {
        return cap;
    }

    public void setCap(BigDecimal cap) {
        this.cap = cap;
    }

    public BigDecimal getPaybackPercent() {
        return paybackPercent;
    }

    public void setPaybackPercent(BigDecimal paybackPercent) {
        this.paybackPercent = paybackPercent;
    }

    public BigDecimal getPricePerPatient() {
        return pricePerPatient;
    }

    public void setPricePerPatient(BigDecimal pricePerPatient) {
        this.pricePerPatient = pricePerPatient;
    }

    public BigDecimal getPacksPerPatient() {
        return packsPerPatient;
    }

    public void setPacksPerPatient(BigDecimal packsPerPatient) {
        this.packsPerPatient = packsPerPatient;
    }

    public BigDecimal getResponderPercent() {
        return responderPercent;
    }

    public void setResponderPercent(BigDecimal responderPercent) {
        this.responderPercent = responderPercent;
    }

    public BigDecimal getTemporaryPrice() {
        return temporaryPrice;
    }

    public void setTemporaryPrice(BigDecimal temporaryPrice) {
        this.temporaryPrice = temporaryPrice;
    }

    public LocalDate getReassessBy() {
        return reassessBy;
    }

    public void setReassessBy(LocalDate reassessBy) {
        this.reassessBy = reassessBy;
    }

    /** One volume tier as typed. */
    public static class TierRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private BigDecimal fromPacks;
        private BigDecimal pricePerPack;

        public TierRow() {
        }

        TierRow(BigDecimal fromPacks, BigDecimal pricePerPack) {
            this.fromPacks = fromPacks;
            this.pricePerPack = pricePerPack;
        }

        public BigDecimal getFromPacks() {
            return fromPacks;
        }

        public void setFromPacks(BigDecimal fromPacks) {
            this.fromPacks = fromPacks;
        }

        public BigDecimal getPricePerPack() {
            return pricePerPack;
        }

        public void setPricePerPack(BigDecimal pricePerPack) {
            this.pricePerPack = pricePerPack;
        }
    }
}
