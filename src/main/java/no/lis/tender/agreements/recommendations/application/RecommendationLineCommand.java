package no.lis.tender.agreements.recommendations.application;

import java.math.BigDecimal;

/**
 * One drug for an indication as the buyer enters it: the product is picked from the catalogue by
 * varenummer (its name and supplier come from there, and the price per DDD is computed from the price
 * per pack); the framework agreement it is bought under is optional.
 */
public record RecommendationLineCommand(String indication, Integer rank, String varenummer, String comment,
                                        BigDecimal pricePerPack, BigDecimal pricePerTreatmentPeriod,
                                        Integer treatmentPeriodDays, Long frameworkAgreementId) {
}
