package no.lis.tender.agreements.adherence.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The buyers' follow-up on one day: agreements running out, option decisions due, areas without a
 * valid recommendation, recommendations ending, patents running out (with the market phase now and
 * to come), the savings of the last twelve months, and suppliers whose stock is below the agreed cover.
 */
public record FollowUpOverview(LocalDate asOf, List<AgreementDue> agreementsExpiring, List<OptionDue> optionDeadlines,
                               List<AreaRef> areasWithoutRecommendation, List<RecommendationDue> recommendationsEnding,
                               List<PatentDue> patentsExpiring, SavingsOverview savings,
                               List<StockDue> stockBelowCover) implements Serializable {

    public FollowUpOverview {
        agreementsExpiring = List.copyOf(agreementsExpiring);
        optionDeadlines = List.copyOf(optionDeadlines);
        areasWithoutRecommendation = List.copyOf(areasWithoutRecommendation);
        recommendationsEnding = List.copyOf(recommendationsEnding);
        patentsExpiring = List.copyOf(patentsExpiring);
        stockBelowCover = List.copyOf(stockBelowCover);
    }

    /**
     * A supplier whose latest stock report for an agreement in force covered fewer months than the
     * agreement asks (issue 16 item 6): the buyer follows it up with the supplier.
     */
    public record StockDue(Long agreementId, String tenderReference, int lotNumber, String lotTitle, String supplierName,
                           LocalDate countedOn, BigDecimal monthsOfStock, int coverMonths) implements Serializable {
    }

    /**
     * An agreement in force whose end (as it stands, with the options used so far) falls within
     * twelve months; {@code withinSixMonths} marks the nearer ones. {@code latestPossibleEnd} is the
     * end if every open option were used.
     */
    public record AgreementDue(Long agreementId, String tenderReference, int lotNumber, String lotTitle,
                               String marketName, LocalDate end, boolean withinSixMonths, LocalDate latestPossibleEnd) implements Serializable {
    }

    /** The next open option of an agreement in force, to be decided soon or already past its date ({@code overdue}). */
    public record OptionDue(Long agreementId, String tenderReference, int lotNumber, String lotTitle, String marketName,
                            int optionNumber, int months, LocalDate decideBy, boolean overdue) implements Serializable {
    }

    public record AreaRef(Long id, String code, String name) implements Serializable {
    }

    /** A recommendation in force whose validity ends soon. */
    public record RecommendationDue(Long recommendationId, Long therapeuticAreaId, String areaName, int versionNumber,
                                    LocalDate validTo) implements Serializable {
    }

    /**
     * A substance whose patent runs out within 24 months ({@code withinTwelveMonths} for the nearer),
     * with the market phase now (from the tender behind an agreement in force for it; {@code null}
     * when none) and the phase to expect.
     */
    public record PatentDue(Long substanceId, String atcCode, String substanceName, String areaName,
                            LocalDate patentExpiry, boolean withinTwelveMonths, Integer currentPhase, int expectedPhase) implements Serializable {
    }

    /**
     * The savings against maximum prices from consumption in months {@code from} to {@code to}
     * ({@code YYYY-MM}): per framework agreement, in total, per month and therapeutic area for the
     * chart, and per direct agreement with the DDDs used.
     */
    public record SavingsOverview(String from, String to, List<AgreementSavings> perAgreement, BigDecimal total,
                                  List<AreaSavings> series, List<DirectAgreementSavings> perDirectAgreement)
            implements Serializable {

        public SavingsOverview {
            perAgreement = List.copyOf(perAgreement);
            series = List.copyOf(series);
            perDirectAgreement = List.copyOf(perDirectAgreement);
        }
    }

    /**
     * The savings on one direct agreement (a phase-1 negotiation), read per DDD: the DDDs used on it and
     * the savings per DDD ({@code null} where the recommendation line has no price per DDD).
     */
    public record DirectAgreementSavings(Long directAgreementId, String agreement, BigDecimal ddds, BigDecimal savings,
                                         BigDecimal savingsPerDdd) implements Serializable {
    }

    public record AgreementSavings(Long agreementId, String agreement, BigDecimal savings) implements Serializable {
    }

    /** The savings of one area in one month ({@code YYYY-MM}). */
    public record AreaSavings(String period, Long therapeuticAreaId, String areaName, BigDecimal savings) implements Serializable {
    }
}
