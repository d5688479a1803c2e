package no.lis.tender.evaluation.application;

import no.lis.tender.evaluation.domain.ImpartialityDeclaration;
import no.lis.tender.evaluation.domain.QualificationStatus;
import no.lis.tender.evaluation.domain.ScoreSheetStatus;
import no.lis.tender.evaluation.domain.SubCriterionRef;
import no.lis.tender.tendering.domain.TenderStatus;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the buyer sees of a tender's evaluation: the opened offers with their qualification, the
 * members' progress, the consensus to set, and where the ranking stands.
 *
 * @param evaluationVersion the version of the evaluation's settings, null before any was stored
 * @param rankingOutOfDate  whether scores were submitted or a consensus set after the stored ranking was made
 * @param lots              the tender's lots by number, with their titles
 * @param waitingFor        the full names of the members the evaluation still waits for ({@link MemberProgress#waitingFor})
 */
public record BuyerEvaluation(Long tenderId, String reference, String title, TenderStatus status, String groupName,
                              boolean pricesVisibleToMembers, Long evaluationVersion, Instant rankedAt, String rankedBy,
                              int lotsRanked, int lotsWaiting, boolean rankingOutOfDate, List<LotName> lots,
                              List<SubCriterionRef> subCriteria, List<OfferQualification> offers,
                              List<MemberProgress> progress, List<String> waitingFor,
                              List<ConsensusLine> consensus) implements Serializable {

    /** Whether the evaluation can still be changed: the tender is opened and not yet evaluated. */
    public boolean isOpen() {
        return status == TenderStatus.OPENED;
    }

    /** How many offers the members score: those opened and not rejected. */
    public long scoredOfferCount() {
        return offers.stream().filter(offer -> !offer.isRejected()).count();
    }

    /** Lot {@code number} as the page names it, e.g. "2: Adalimumab, barn"; the number alone if the tender has no such lot. */
    public String lotName(int number) {
        return lots.stream().filter(lot -> lot.number() == number).findFirst().map(LotName::toString)
                .orElse(String.valueOf(number));
    }

    /** Whether some line still has no consensus while members have submitted scores for it. */
    public boolean hasMeansToAccept() {
        return consensus.stream().anyMatch(line -> !line.isSet() && line.mean() != null);
    }

    /** A lot of the tender: its number and title. */
    public record LotName(int number, String title) implements Serializable {

        @Override
        public String toString() {
            return title == null || title.isBlank() ? String.valueOf(number) : number + ": " + title;
        }
    }

    /** An opened offer and the buyer's decision on it; {@code status} null until decided. */
    public record OfferQualification(long offerId, String supplierName, Instant receivedAt, List<Integer> lots,
                                     QualificationStatus status, String reason, String decidedBy, Instant decidedAt,
                                     Long version) implements Serializable {

        public boolean isRejected() {
            return status == QualificationStatus.REJECTED;
        }
    }

    /**
     * One member of the specialist group: her declaration ({@code null} until made) and, per offer
     * id, where her scores stand ({@code null} where she has not started).
     */
    public record MemberProgress(String username, String fullName, Declared declared,
                                 Map<Long, ScoreSheetStatus> sheets, long submitted) implements Serializable {

        public ScoreSheetStatus sheet(long offerId) {
            return sheets.get(offerId);
        }

        /**
         * The members the evaluation waits for: those who have not yet submitted their scores of every
         * one of the {@code offersToScore} offers, by full name in the group's order. A member who
         * declared a conflict scores nothing and is not waited for; one who has not declared yet is.
         */
        public static List<String> waitingFor(List<MemberProgress> progress, long offersToScore) {
            return progress.stream().filter(member -> member.declared() != Declared.CONFLICT
                    && member.submitted() < offersToScore).map(MemberProgress::fullName).toList();
        }
    }

    /** A member's declaration of impartiality, as the progress view shows it. */
    public enum Declared {
        IMPARTIAL,
        CONFLICT;

        static Declared of(ImpartialityDeclaration declaration) {
            return declaration == null ? null : declaration.isImpartial() ? IMPARTIAL : CONFLICT;
        }
    }

    /**
     * One sub-criterion of one qualified offer: the members' submitted scores, their mean (null
     * while none is submitted), and the consensus if set.
     */
    public record ConsensusLine(long offerId, String supplierName, SubCriterionRef ref, int scaleMin, int scaleMax,
                                List<MemberScore> scores, Integer mean, Integer value, String note, String setBy,
                                Long version) implements Serializable {

        public boolean isSet() {
            return value != null;
        }
    }

    /** A member's submitted score with her justification. */
    public record MemberScore(String member, int value, String justification) implements Serializable {
    }
}
