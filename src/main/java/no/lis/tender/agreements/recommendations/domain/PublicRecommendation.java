package no.lis.tender.agreements.recommendations.domain;

import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.DomainException;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The edition of a published recommendation without prices, open to everyone without login, as a
 * page or a PDF. It has no field that can hold a price, nor a framework agreement: whatever is
 * built from it cannot leak one. Changes from the previous version are given without prices too.
 */
public record PublicRecommendation(Long recommendationId, Long therapeuticAreaId, String therapeuticAreaName,
                                   int versionNumber, RecommendationStatus status, LocalDate validFrom,
                                   LocalDate validTo, ChangeReason changeReason, String changeNote,
                                   Instant publishedAt, List<Indication> indications,
                                   List<RecommendationChange> changes) implements Serializable {

    /** The drugs for one indication or patient group, first choice first. */
    public record Indication(String indication, List<Line> lines) implements Serializable {

        public Indication {
            lines = List.copyOf(lines);
        }
    }

    /** One drug, without its price; {@code market} the market code it ranks in, null for all of Norway. */
    public record Line(int rank, String productName, Varenummer varenummer, String supplierName, String comment,
                       String market) implements Serializable {

        /** A line for all of Norway. */
        public Line(int rank, String productName, Varenummer varenummer, String supplierName, String comment) {
            this(rank, productName, varenummer, supplierName, comment, null);
        }

        /** The public part of {@code line}. */
        public static Line of(RecommendationLine line) {
            return new Line(line.getRank(), line.getProductName(), line.getVarenummer(), line.getSupplierName(),
                    line.getComment(), line.getMarketCode());
        }
    }

    public PublicRecommendation {
        indications = List.copyOf(indications);
        changes = List.copyOf(changes);
    }

    /**
     * The public edition of {@code current}, which must have been published
     * ({@code recommendation.notPublished}: drafts are not public), with the changes from
     * {@code previous} (the version before it of the same area, or {@code null} for the first).
     */
    public static PublicRecommendation of(Recommendation current, Recommendation previous, String therapeuticAreaName) {
        requirePublishedSequence(current, previous);
        List<Indication> indications = current.indications().stream().map(indication -> new Indication(indication,
                current.linesFor(indication).stream().map(Line::of).toList())).toList();
        return new PublicRecommendation(current.getId(), current.getTherapeuticAreaId(), therapeuticAreaName,
                current.getVersionNumber(), current.getStatus(), current.getValidFrom(), current.getValidTo(),
                current.getChangeReason(), current.getChangeNote(), current.getPublishedAt(), indications,
                RecommendationDiff.between(previous, current));
    }

    /** Refuses an unpublished version, and a "previous" version that is not an earlier one of the same area. */
    static void requirePublishedSequence(Recommendation current, Recommendation previous) {
        Objects.requireNonNull(current, "current");
        if (!current.getStatus().hasBeenPublished()) {
            throw new DomainException(null, "recommendation.notPublished", current.getVersionNumber());
        }
        if (previous != null && (!previous.getTherapeuticAreaId().equals(current.getTherapeuticAreaId())
                || previous.getVersionNumber() >= current.getVersionNumber())) {
            throw new IllegalArgumentException(previous + " does not come before " + current);
        }
    }
}
