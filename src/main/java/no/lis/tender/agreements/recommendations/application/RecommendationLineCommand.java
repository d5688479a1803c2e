package no.lis.tender.agreements.recommendations.application;

import java.math.BigDecimal;

/**
 * One drug for an indication as the buyer enters it: the product is picked from the catalogue by
 * varenummer (its name and supplier come from there, and the price per DDD is computed from the price
 * per pack); the agreement it is bought under (framework or direct) is optional, and so is the market it
 * ranks in ({@code HSO}, {@code HV}, {@code HMN}, {@code HN}, {@code NO}, {@code NORDIC}; none: all of Norway).
 */
public record RecommendationLineCommand(String indication, Integer rank, String varenummer, String comment,
                                        BigDecimal pricePerPack, BigDecimal pricePerTreatmentPeriod,
                                        Integer treatmentPeriodDays, Long frameworkAgreementId,
                                        Long directAgreementId, String marketCode) {

    /** A line for all of Norway, under a framework agreement or none. */
    public RecommendationLineCommand(String indication, Integer rank, String varenummer, String comment,
                                     BigDecimal pricePerPack, BigDecimal pricePerTreatmentPeriod,
                                     Integer treatmentPeriodDays, Long frameworkAgreementId) {
        this(indication, rank, varenummer, comment, pricePerPack, pricePerTreatmentPeriod, treatmentPeriodDays,
                frameworkAgreementId, null, null);
    }
}
