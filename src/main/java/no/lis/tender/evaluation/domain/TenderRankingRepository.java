package no.lis.tender.evaluation.domain;

import java.util.List;
import java.util.Optional;

/** The last ranking computed for each tender, lot by lot, in lot number order. */
public interface TenderRankingRepository {

    /** Replaces the tender's ranking by {@code outcomes}, as one whole. */
    void replace(Long tenderId, List<LotOutcome> outcomes);

    /** {@code size} lots from position {@code first} (0-based), by lot number. */
    List<LotOutcome> page(Long tenderId, int first, int size);

    /** How many lots the stored ranking has. */
    long count(Long tenderId);

    Optional<LotOutcome> lot(Long tenderId, int lotNumber);

    /** Every lot's outcome. */
    default List<LotOutcome> all(Long tenderId) {
        return page(tenderId, 0, Integer.MAX_VALUE);
    }
}
