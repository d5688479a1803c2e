package no.lis.tender.agreements.framework.application;

import no.lis.tender.agreements.framework.domain.ManagedEntryAgreement;
import no.lis.tender.agreements.framework.domain.ManagedEntryTerms;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A managed-entry agreement's terms as pages and the API show them, in the shape they are entered
 * ({@link ManagedEntryCommand}): the figures of its kind, the others null.
 */
public record ManagedEntryTermsRow(String kind, String varenummer, BigDecimal estimatedPacks, BigDecimal rebatePercent,
                                   List<Tier> tiers, String capBasis, BigDecimal cap, BigDecimal paybackPercent,
                                   BigDecimal pricePerPatient, BigDecimal packsPerPatient, BigDecimal responderPercent,
                                   BigDecimal temporaryPrice, LocalDate reassessBy, long version) implements Serializable {

    public ManagedEntryTermsRow {
        tiers = List.copyOf(tiers);
    }

    public record Tier(BigDecimal fromPacks, BigDecimal pricePerPack) implements Serializable {
    }

    public static ManagedEntryTermsRow of(ManagedEntryAgreement mea) {
        ManagedEntryTerms terms = mea.terms();
        List<Tier> tiers = terms instanceof ManagedEntryTerms.VolumeTiers t
                ? t.tiers().stream().map(tier -> new Tier(tier.fromPacks(), tier.pricePerPack())).toList() : List.of();
        ManagedEntryTerms.FlatRebate rebate = terms instanceof ManagedEntryTerms.FlatRebate r ? r : null;
        ManagedEntryTerms.PriceVolumeCap cap = terms instanceof ManagedEntryTerms.PriceVolumeCap c ? c : null;
        ManagedEntryTerms.OutcomeBasedPayment outcome = terms instanceof ManagedEntryTerms.OutcomeBasedPayment o ? o : null;
        ManagedEntryTerms.TemporaryPrice temporary = terms instanceof ManagedEntryTerms.TemporaryPrice p ? p : null;
        return new ManagedEntryTermsRow(terms.kind().name(), mea.getVarenummer() == null ? null : mea.getVarenummer().value(),
                mea.getEstimatedPacks(), rebate == null ? null : rebate.rebatePercent(), tiers,
                cap == null ? null : cap.basis().name(), cap == null ? null : cap.cap(),
                cap == null ? null : cap.paybackPercent(), outcome == null ? null : outcome.pricePerPatient(),
                outcome == null ? null : outcome.packsPerPatient(), outcome == null ? null : outcome.responderPercent(),
                temporary == null ? null : temporary.temporaryPrice(), temporary == null ? null : temporary.reassessBy(),
                mea.getVersion());
    }
}
