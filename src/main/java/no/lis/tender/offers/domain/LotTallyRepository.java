package no.lis.tender.offers.domain;

import java.util.Collection;
import java.util.Map;

/** The anonymous count of submitted offers per lot. */
public interface LotTallyRepository {

    /** Counts a submission on its lots and takes back what an earlier one counted ({@code uncounted} tokens). */
    void apply(Collection<LotTally> counted, Collection<String> uncounted);

    /** How many offers stand submitted on each lot of the tender, by lot number; lots without any are left out. */
    Map<Integer, Long> countByLot(Long tenderId);
}
