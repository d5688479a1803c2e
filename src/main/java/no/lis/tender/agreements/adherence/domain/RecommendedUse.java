package no.lis.tender.agreements.adherence.domain;

import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationLine;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.evaluation.domain.Savings;
import no.lis.tender.shared.domain.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * One month's use of a drug by a hospital trust, placed on the recommendation that applied: the
 * rules that {@link Adherence} and {@link SavingsOverTime} share.
 *
 * <p>Placing: among the versions ever published whose validity shares a day with the month and that
 * name the drug, the one that started last (then the highest version number) applies. Within it the
 * drug counts by its best-ranked line ({@link Recommendation#bestLineOf}), or, where the consumption
 * names an indication the version has the drug for, by that indication's line; the first choice is
 * the best-ranked line of that line's indication. A drug no such version names is not placed.
 *
 * <p>Arithmetic ({@link Savings#perLot}, rounded half up to whole øre per month and line):
 * <ul>
 * <li>realised = (maximum price per pack − agreed price per pack) × packs, for a drug bought under a
 *     framework agreement whose maximum price is known; otherwise 0;</li>
 * <li>missed = (agreed price per pack − first choice's agreed price per pack) × packs, for a drug
 *     that is not a first choice and costs more per pack than it; otherwise 0. This simpler rule
 *     takes a pack of the drug and of the first choice as one treatment unit each.</li>
 * </ul>
 */
record RecommendedUse(Consumption use, Recommendation recommendation, RecommendationLine line,
                      RecommendationLine firstChoice, BigDecimal maximumPricePerPack) {

    /** {@code use} placed on one of {@code versions}, with the drug's maximum price from {@code maximumPrices} (may lack it). */
    static Optional<RecommendedUse> place(Consumption use, Collection<Recommendation> versions,
                                          Map<Varenummer, BigDecimal> maximumPrices) {
        LocalDate first = use.month().atDay(1);
        LocalDate last = use.month().atEndOfMonth();
        return versions.stream()
                .filter(version -> version.isValidDuring(first, last))
                .filter(version -> version.bestLineOf(use.varenummer()).isPresent())
                .max(Comparator.comparing(Recommendation::getValidFrom)
                        .thenComparingInt(Recommendation::getVersionNumber))
                .map(version -> {
                    RecommendationLine line = lineFor(version, use);
                    RecommendationLine firstChoice = version.firstChoiceFor(line.getIndication()).orElseThrow();
                    return new RecommendedUse(use, version, line, firstChoice, maximumPrices.get(use.varenummer()));
                });
    }

    /**
     * The line {@code use} counts by: where the file told the indication and the version has the drug
     * for it, that indication's line (so the first choice is that indication's); else the best-ranked line.
     */
    private static RecommendationLine lineFor(Recommendation version, Consumption use) {
        if (use.indication() != null) {
            for (RecommendationLine line : version.linesFor(use.indication())) {
                if (line.getVarenummer().equals(use.varenummer())) {
                    return line;
                }
            }
        }
        return version.bestLineOf(use.varenummer()).orElseThrow();
    }

    boolean isOnFirstChoice() {
        return line.getRank() <= firstChoice.getRank();
    }

    Long therapeuticAreaId() {
        return recommendation.getTherapeuticAreaId();
    }

    Money realisedSavings() {
        if (!line.product().isOnAgreement() || maximumPricePerPack == null) {
            return Money.ZERO;
        }
        return Savings.perLot(maximumPricePerPack, line.getPricePerPack(), use.packs());
    }

    Money missedSavings() {
        if (isOnFirstChoice() || line.getPricePerPack().compareTo(firstChoice.getPricePerPack()) <= 0) {
            return Money.ZERO;
        }
        return Savings.perLot(line.getPricePerPack(), firstChoice.getPricePerPack(), use.packs());
    }
}
