package no.lis.tender.offers.domain;

import java.util.List;

/**
 * What a submission changed: its receipt, the lots it is now counted on, and the tally tokens of
 * the submission it replaced, which no longer count.
 */
public record Submission(Receipt receipt, List<LotTally> counted, List<String> uncounted) {

    public Submission {
        counted = List.copyOf(counted);
        uncounted = List.copyOf(uncounted);
    }
}
