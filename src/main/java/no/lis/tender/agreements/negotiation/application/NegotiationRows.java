package no.lis.tender.agreements.negotiation.application;

import no.lis.tender.agreements.negotiation.domain.Milestone;
import no.lis.tender.agreements.negotiation.domain.NegotiationStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The negotiation workspace as buyers read it, in the list and on a case's page. Confidential throughout. */
public final class NegotiationRows {

    private NegotiationRows() {
    }

    /** A case in the list: where it stands, its clock, and whether the last offer meets the limit (null before one). */
    public record Summary(Long id, String nyeMetoderId, String title, String productName, String supplierName,
                          NegotiationStatus status, LocalDate receivedOn, int rounds, int daysUsed, int daysLeft,
                          boolean clockRunning, Boolean meetsLimit) implements Serializable {
    }

    /** One case with everything in it; {@code priceNote} is at the last offer, null before the first. */
    public record Details(Long id, long version, String nyeMetoderId, String title, String varenummer,
                          String productName, String supplierName, BigDecimal maximumPrice, Economics economics,
                          List<Offer> offers, Note priceNote, Integer priceNoteRound, ClockRow clock,
                          List<Step> timeline, boolean waitingForSupplier, NegotiationStatus status,
                          Long directAgreementId, String refusalReason) implements Serializable {

        public boolean isOpen() {
            return status == NegotiationStatus.OPEN;
        }
    }

    /** The assessment's figures and the severity class they give. */
    public record Economics(BigDecimal incrementalQalys, BigDecimal otherIncrementalCosts,
                            BigDecimal packsPerPatientYear, BigDecimal absoluteShortfall, int severityClass,
                            BigDecimal willingnessToPay) implements Serializable {
    }

    /** A round: as offered (a rebate, or null), the net price it comes to, and its ICER against the limit. */
    public record Offer(int round, LocalDate receivedOn, BigDecimal rebatePercent, BigDecimal netPrice,
                        BigDecimal icer, boolean meetsLimit) implements Serializable {
    }

    /** The price note, with the computation step by step as the reader's language writes numbers. */
    public record Note(BigDecimal netPrice, BigDecimal yearlyDrugCost, BigDecimal incrementalCost, BigDecimal icer,
                       int severityClass, BigDecimal willingnessToPay, boolean meetsLimit,
                       BigDecimal highestYearlyDrugCost, BigDecimal breakEvenNetPrice, BigDecimal lowestRebatePercent,
                       BigDecimal reductionNeeded, List<String> computation) implements Serializable {
    }

    public record ClockRow(int daysUsed, int daysStopped, int daysLeft, int targetDays, boolean running,
                           boolean overTarget) implements Serializable {
    }

    /** A milestone of the timeline with its day, or null where not reached. */
    public record Step(Milestone milestone, LocalDate date) implements Serializable {
    }
}
