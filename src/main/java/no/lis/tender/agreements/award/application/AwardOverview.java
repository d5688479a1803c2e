package no.lis.tender.agreements.award.application;

import no.lis.tender.agreements.award.domain.ComplaintKind;
import no.lis.tender.tendering.domain.TenderStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The award of a tender as the buyer works on it: per lot and market the ranked offers with who is
 * awarded, the standstill and its complaints, the letters issued and the agreements concluded.
 *
 * @param decisionId             the award decision's id, or null before the first award
 * @param standstillAnnouncedEnd the standstill's last day as the letters announce it; null before them
 * @param standstillEnd          its last day as it stands now; null before the letters and while suspended
 * @param mayConclude            whether the framework agreements may be concluded today
 * @param agreementStart         the start the tender's timeline plans, to propose; may be null
 * @param agreementEnd           the end the timeline plans, to propose; may be null
 * @param optionYears            the option years the timeline plans, e.g. [1, 1]
 * @param today                  the date in Norway when it was read, e.g. to propose as a complaint's filing day
 */
public record AwardOverview(Long tenderId, String tenderReference, String tenderTitle, TenderStatus status,
                            boolean severalRankedSuppliersAllowed, Long decisionId, int standstillDays,
                            Instant lettersIssuedAt, LocalDate standstillAnnouncedEnd, LocalDate standstillEnd,
                            boolean standstillSuspended, boolean mayConclude, List<MarketAward> markets,
                            List<ComplaintRow> complaints, List<LetterRow> letters, LocalDate agreementStart,
                            LocalDate agreementEnd, List<Integer> optionYears, LocalDate today) implements Serializable {

    /** Whether every market of every lot is awarded, so that the letters may be issued. */
    public boolean isComplete() {
        return markets.stream().allMatch(MarketAward::isAwarded);
    }

    public boolean isLettersIssued() {
        return lettersIssuedAt != null;
    }

    /**
     * One market of one lot: its ranked offers, best first, and the agreement if concluded.
     *
     * @param ranked      whether the stored ranking has the lot ranked
     * @param agreementId the framework agreement's id, or null before it is concluded
     */
    public record MarketAward(int lotNumber, String lotTitle, String marketCode, String marketName, boolean ranked,
                              List<Candidate> candidates, Long agreementId) implements Serializable {

        public boolean isAwarded() {
            return candidates.stream().anyMatch(Candidate::isAwarded);
        }

        /** The awarded offers by award rank. */
        public List<Candidate> getAwarded() {
            return candidates.stream().filter(Candidate::isAwarded)
                    .sorted(java.util.Comparator.comparing(Candidate::awardRank)).toList();
        }
    }

    /**
     * A ranked offer of a lot.
     *
     * @param productName the offered pack's name in the catalogue, or null if it has none
     * @param packPrice   the offered price per pack, NOK
     * @param awardRank   1, 2, ... if awarded, else null
     */
    public record Candidate(long offerId, int rank, long supplierId, String supplierName, BigDecimal total,
                            String varenummer, String productName, BigDecimal packPrice, Integer awardRank) implements Serializable {

        public boolean isAwarded() {
            return awardRank != null;
        }
    }

    /**
     * Complaint {@code number} (1 for the first) as recorded, and its answer or the court's decision if any.
     *
     * @param kind      a complaint to the buyer or a petition to the court
     * @param filedOn   the day the supplier sent or filed it
     * @param suspends  whether it holds the standstill now (a petition within it awaiting the court)
     */
    public record ComplaintRow(int number, ComplaintKind kind, LocalDate filedOn, String description,
                               String recordedBy, Instant recordedAt, String resolution, String resolvedBy,
                               Instant resolvedAt, boolean suspends) implements Serializable {

        public boolean isResolved() {
            return resolvedAt != null;
        }
    }

    /** A letter issued to one supplier. */
    public record LetterRow(Long supplierId, String supplierName, boolean awarded, Instant generatedAt,
                            String sha256) implements Serializable {
    }
}
