package no.lis.tender.agreements.recommendations.domain;

import no.lis.tender.catalogue.domain.Varenummer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The edition of a published recommendation with the agreed prices, for PRICE_VIEWER, BUYER and
 * ADMIN only. Every view or download of it is to be recorded as a {@link PriceViewRecord}, and every
 * PDF of it carries the recipient's {@link Watermark}. Changes from the previous version include
 * the price changes.
 */
public record PricedRecommendation(Long recommendationId, Long therapeuticAreaId, String therapeuticAreaName,
                                   int versionNumber, RecommendationStatus status, LocalDate validFrom,
                                   LocalDate validTo, ChangeReason changeReason, String changeNote,
                                   Instant publishedAt, List<Indication> indications,
                                   List<RecommendationChange> changes, List<PriceChange> priceChanges) implements Serializable {

    /** The drugs for one indication or patient group, first choice first. */
    public record Indication(String indication, List<Line> lines) implements Serializable {

        public Indication {
            lines = List.copyOf(lines);
        }
    }

    /** One drug with its agreed prices (per DDD and per treatment period may be {@code null}). */
    public record Line(int rank, String productName, Varenummer varenummer, String supplierName, String comment,
                       Long frameworkAgreementId, BigDecimal pricePerPack, BigDecimal pricePerDdd,
                       BigDecimal pricePerTreatmentPeriod, Integer treatmentPeriodDays, String market,
                       Long directAgreementId) implements Serializable {

        /** A line for all of Norway, under a framework agreement or none. */
        public Line(int rank, String productName, Varenummer varenummer, String supplierName, String comment,
                    Long frameworkAgreementId, BigDecimal pricePerPack, BigDecimal pricePerDdd,
                    BigDecimal pricePerTreatmentPeriod, Integer treatmentPeriodDays) {
            this(rank, productName, varenummer, supplierName, comment, frameworkAgreementId, pricePerPack, pricePerDdd,
                    pricePerTreatmentPeriod, treatmentPeriodDays, null, null);
        }

        /** {@code line} with its prices. */
        public static Line of(RecommendationLine line) {
            return new Line(line.getRank(), line.getProductName(), line.getVarenummer(), line.getSupplierName(),
                    line.getComment(), line.getFrameworkAgreementId(), line.getPricePerPack(), line.getPricePerDdd(),
                    line.getPricePerTreatmentPeriod(), line.getTreatmentPeriodDays(), line.getMarketCode(),
                    line.getDirectAgreementId());
        }
    }

    public PricedRecommendation {
        indications = List.copyOf(indications);
        changes = List.copyOf(changes);
        priceChanges = List.copyOf(priceChanges);
    }

    /**
     * The priced edition of {@code current}, which must have been published
     * ({@code recommendation.notPublished}), with the changes, prices included, from
     * {@code previous} (the version before it of the same area, or {@code null}).
     */
    public static PricedRecommendation of(Recommendation current, Recommendation previous, String therapeuticAreaName) {
        PublicRecommendation.requirePublishedSequence(current, previous);
        List<Indication> indications = current.indications().stream().map(indication -> new Indication(indication,
                current.linesFor(indication).stream().map(Line::of).toList())).toList();
        return new PricedRecommendation(current.getId(), current.getTherapeuticAreaId(), therapeuticAreaName,
                current.getVersionNumber(), current.getStatus(), current.getValidFrom(), current.getValidTo(),
                current.getChangeReason(), current.getChangeNote(), current.getPublishedAt(), indications,
                RecommendationDiff.between(previous, current), RecommendationDiff.pricesBetween(previous, current));
    }

}
