package no.lis.tender.agreements.recommendations.domain;

import no.lis.tender.catalogue.domain.Varenummer;

/**
 * The drug a recommendation line names: the product (or substance) name as the hospitals know it,
 * its pack number, the supplier, and the framework agreement it is bought under ({@code null} where
 * none, e.g. a drug bought at maximum price). Checked when a {@link RecommendationLine} is made.
 */
public record RecommendedProduct(String productName, Varenummer varenummer, String supplierName,
                                 Long frameworkAgreementId) {

    /** Whether the drug is bought under a framework agreement, so that its savings count as realised. */
    public boolean isOnAgreement() {
        return frameworkAgreementId != null;
    }
}
