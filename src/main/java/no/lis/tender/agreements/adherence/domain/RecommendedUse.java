package no.lis.tender.agreements.adherence.domain;

import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationLine;
import no.lis.tender.catalogue.domain.HospitalTrust;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.evaluation.domain.Savings;
import no.lis.tender.shared.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One month's use of a drug by a hospital trust, placed on the recommendation that applied: the
 * rules that {@link Adherence} and {@link SavingsOverTime} share.
 *
 * <p>Placing: among the versions ever published whose validity shares a day with the month and that
 * name the drug, the one that started last (then the highest version number) applies. Within it the
 * drug counts by its best-ranked line in the markets of the trust ({@link #marketsOf}: its health
 * region, then Norway (and lines for no market), then the joint Nordic market), or, where the consumption
 * names an indication the version has the drug for, by that indication's line in those markets. The first
 * choice is that of the line's indication for the trust's markets
 * ({@link Recommendation#firstChoiceFor(String, List)}): a trust in Helse Vest is judged against Helse Vest's
 * first choice where the lot was split into the health regions (issue 16 item 4). A drug no such version
 * names is not placed.
 *
 * <p>Arithmetic ({@link Savings#perLot}, rounded half up to whole øre per month and line):
 * <ul>
 * <li>realised = (maximum price per pack − agreed price per pack) × packs, for a drug bought under an
 *     agreement (framework or direct) whose maximum price is known; otherwise 0;</li>
 * <li>missed = (price per DDD − first choice's price per DDD) × DDDs used, for a drug that is not a
 *     first choice and costs more per DDD than it; the DDDs used are packs × the pack's DDDs (its price
 *     per pack / its price per DDD, as the line was made from the catalogue). Never per pack: packs of
 *     two drugs may hold different numbers of DDDs. Where either line has no price per DDD the use
 *     cannot be compared, and misses nothing.</li>
 * </ul>
 */
record RecommendedUse(Consumption use, Recommendation recommendation, RecommendationLine line,
                      RecommendationLine firstChoice, BigDecimal maximumPricePerPack) {

    /** DDDs used are kept with six decimals before they are priced. */
    private static final int DDD_SCALE = 6;

    /** {@code use} placed on one of {@code versions}, with the drug's maximum price from {@code maximumPrices} (may lack it). */
    static Optional<RecommendedUse> place(Consumption use, Collection<Recommendation> versions,
                                          Map<Varenummer, BigDecimal> maximumPrices) {
        LocalDate first = use.month().atDay(1);
        LocalDate last = use.month().atEndOfMonth();
        List<String> markets = marketsOf(use.hospitalTrust());
        return versions.stream()
                .filter(version -> version.isValidDuring(first, last))
                .filter(version -> version.bestLineOf(use.varenummer(), markets).isPresent())
                .max(Comparator.comparing(Recommendation::getValidFrom)
                        .thenComparingInt(Recommendation::getVersionNumber))
                .map(version -> {
                    RecommendationLine line = lineFor(version, use, markets);
                    RecommendationLine firstChoice = version.firstChoiceFor(line.getIndication(), markets)
                            .orElse(line);
                    return new RecommendedUse(use, version, line, firstChoice, maximumPrices.get(use.varenummer()));
                });
    }

    /**
     * The market codes a trust buys in, most specific first: its health region (a lot split into the
     * regions), Norway ({@code NO}: a lot for Norway, or the Norwegian market of a Nordic lot) and the joint
     * Nordic market ({@code NORDIC}). A trust not on the list of trusts has no region.
     */
    static List<String> marketsOf(String hospitalTrust) {
        List<String> markets = new ArrayList<>();
        HospitalTrust.regionOf(hospitalTrust).ifPresent(region -> markets.add(region.code()));
        markets.add(Recommendation.NORWAY);
        markets.add(NORDIC);
        return List.copyOf(markets);
    }

    private static final String NORDIC = "NORDIC";

    /**
     * The line {@code use} counts by: where the file told the indication and the version has the drug
     * for it, that indication's line in the most specific of {@code markets}; else the best-ranked line there.
     */
    private static RecommendationLine lineFor(Recommendation version, Consumption use, List<String> markets) {
        return Optional.ofNullable(use.indication())
                .flatMap(indication -> version.lineOf(use.varenummer(), indication, markets))
                .orElseGet(() -> version.bestLineOf(use.varenummer(), markets).orElseThrow());
    }

    boolean isOnFirstChoice() {
        return line.getRank() <= firstChoice.getRank() && (line == firstChoice
                || Objects.equals(line.getMarketCode(), firstChoice.getMarketCode()));
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
        BigDecimal perDdd = line.getPricePerDdd();
        BigDecimal firstPerDdd = firstChoice.getPricePerDdd();
        if (isOnFirstChoice() || perDdd == null || firstPerDdd == null || perDdd.signum() == 0
                || perDdd.compareTo(firstPerDdd) <= 0) {
            return Money.ZERO;
        }
        return Savings.perLot(perDdd, firstPerDdd, ddds());
    }

    /**
     * The DDDs used: packs × the pack's DDDs (its price per pack / its price per DDD, as the line was
     * made from the catalogue), with six decimals; null where the line has no price per DDD.
     */
    BigDecimal ddds() {
        BigDecimal perDdd = line.getPricePerDdd();
        if (perDdd == null || perDdd.signum() == 0 || line.getPricePerPack() == null) {
            return null;
        }
        return use.packs().multiply(line.getPricePerPack()).divide(perDdd, DDD_SCALE, RoundingMode.HALF_UP);
    }
}
