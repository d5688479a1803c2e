package no.lis.tender.agreements.recommendations.domain;

import no.lis.tender.catalogue.domain.Varenummer;

/**
 * The drug a recommendation line names: the product (or substance) name as the hospitals know it,
 * its pack number, the supplier, the agreement it is bought under (a framework agreement, or a
 * direct agreement from a phase-1 negotiation; {@code null} where none, e.g. a drug bought at
 * maximum price), and the market the line is for ({@code null}: all of Norway). Checked when a
 * {@link RecommendationLine} is made.
 *
 * @param marketCode the market of a lot split into markets that the line ranks in: a health region
 *                   ({@code HSO}, {@code HV}, {@code HMN}, {@code HN}), Norway ({@code NO}) or the joint
 *                   Nordic market ({@code NORDIC}); each trust follows its own region's lines (issue 16 item 4)
 */
public record RecommendedProduct(String productName, Varenummer varenummer, String supplierName,
                                 Long frameworkAgreementId, Long directAgreementId, String marketCode) {

    public static final int MARKET_LENGTH = 20;

    public RecommendedProduct {
        marketCode = marketCode == null || marketCode.isBlank() ? null : marketCode.strip();
    }

    /** A drug for all of Norway, under a framework agreement or none. */
    public RecommendedProduct(String productName, Varenummer varenummer, String supplierName,
                              Long frameworkAgreementId) {
        this(productName, varenummer, supplierName, frameworkAgreementId, null, null);
    }

    /** Whether the drug is bought under an agreement, framework or direct, so that its savings count as realised. */
    public boolean isOnAgreement() {
        return frameworkAgreementId != null || directAgreementId != null;
    }
}
