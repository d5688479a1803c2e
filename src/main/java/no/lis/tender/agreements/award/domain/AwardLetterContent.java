package no.lis.tender.agreements.award.domain;

import no.lis.tender.tendering.domain.CriterionType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one supplier's award letter prints, ready to print: per lot and market the supplier
 * offered on, its own result, the awarded suppliers with their points as the reasons for the award,
 * and the standstill. It holds no other unsuccessful supplier's result: a supplier learns only its
 * own and the winners'.
 *
 * @param issuedOn       the date of the letter (Norway)
 * @param standstillDays the length of the standstill in calendar days
 * @param standstillEnd  its last day; the agreement is concluded no earlier than the day after
 * @param lots           by lot number, then by market in the lot's order; none for a rejected supplier
 * @param rejection      why the supplier's offer was rejected and who was awarded instead; null for a
 *                       supplier whose offer was evaluated
 */
public record AwardLetterContent(String tenderReference, String tenderTitle, Long supplierId, String supplierName,
                                 LocalDate issuedOn, int standstillDays, LocalDate standstillEnd,
                                 List<LotResult> lots, Rejection rejection) {

    public AwardLetterContent {
        Objects.requireNonNull(supplierId, "supplierId");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(standstillEnd, "standstillEnd");
        lots = List.copyOf(lots);
        if (lots.isEmpty() == (rejection == null)) {
            throw new IllegalArgumentException("a letter tells either the results of an evaluated offer or a rejection");
        }
    }

    /** The letter to a supplier whose offer was evaluated. */
    public AwardLetterContent(String tenderReference, String tenderTitle, Long supplierId, String supplierName,
                              LocalDate issuedOn, int standstillDays, LocalDate standstillEnd, List<LotResult> lots) {
        this(tenderReference, tenderTitle, supplierId, supplierName, issuedOn, standstillDays, standstillEnd, lots, null);
    }

    /** Whether this is the letter to a supplier whose offer was rejected at qualification. */
    public boolean isRejection() {
        return rejection != null;
    }

    /**
     * Why the offer was rejected, in the buyer's words, and per lot and market who was awarded.
     *
     * @param markets by lot number, then by market in the lot's order
     */
    public record Rejection(String reason, List<MarketAwarded> markets) {

        public Rejection {
            Objects.requireNonNull(reason, "reason");
            markets = List.copyOf(markets);
        }
    }

    /** Who was awarded one market of one lot, in award rank order. */
    public record MarketAwarded(int lotNumber, String lotTitle, String marketName, boolean split,
                                List<String> awarded) {

        public MarketAwarded {
            awarded = List.copyOf(awarded);
        }
    }

    /** Whether the supplier was awarded at least one lot or market. */
    public boolean awardedAny() {
        return lots.stream().anyMatch(LotResult::isAwardedToSupplier);
    }

    /**
     * The outcome of one market of one lot for the supplier.
     *
     * @param marketName   e.g. "Norge", or "Helse Vest" where the lot is split by region
     * @param split        whether the lot has several markets (the letter then names the market)
     * @param place        the supplier's place in the ranking, 1 the best
     * @param offersRanked how many offers were ranked in the lot
     * @param awardRank    the supplier's rank among the awarded suppliers, or null if not awarded
     * @param own          the supplier's own total and points per criterion
     * @param awarded      the awarded suppliers, in award rank order
     */
    public record LotResult(int lotNumber, String lotTitle, String marketName, boolean split, int place,
                            int offersRanked, Integer awardRank, Points own, List<Awarded> awarded) {

        public LotResult {
            Objects.requireNonNull(own, "own");
            awarded = List.copyOf(awarded);
        }

        /** Whether this supplier was awarded the market. */
        public boolean isAwardedToSupplier() {
            return awardRank != null;
        }

        /** The criteria the points are given for, in the order of {@link CriterionType}. */
        public List<CriterionType> criteria() {
            return List.copyOf(own.byCriterion().keySet());
        }
    }

    /** An awarded supplier and its points: the reasons for the award. */
    public record Awarded(int awardRank, String supplierName, Points points) {

        public Awarded {
            Objects.requireNonNull(supplierName, "supplierName");
            Objects.requireNonNull(points, "points");
        }
    }

    /** A total of 0 to 100 and the points per criterion that make it up, in the order of {@link CriterionType}. */
    public record Points(BigDecimal total, Map<CriterionType, BigDecimal> byCriterion) {

        public Points {
            Objects.requireNonNull(total, "total");
            Map<CriterionType, BigDecimal> ordered = new EnumMap<>(CriterionType.class);
            ordered.putAll(byCriterion);
            byCriterion = Collections.unmodifiableMap(ordered);
        }

        static Points of(AwardResult result) {
            return new Points(result.getTotal(), result.getByCriterion());
        }
    }
}
