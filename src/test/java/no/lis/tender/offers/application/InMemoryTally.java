package no.lis.tender.offers.application;

import no.lis.tender.offers.domain.LotTally;
import no.lis.tender.offers.domain.LotTallyRepository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The anonymous count per lot, kept in a list. */
class InMemoryTally implements LotTallyRepository {

    private final List<LotTally> tallies = new ArrayList<>();

    @Override
    public void apply(Collection<LotTally> counted, Collection<String> uncounted) {
        tallies.removeIf(tally -> uncounted.contains(tally.getToken()));
        tallies.addAll(counted);
    }

    @Override
    public Map<Integer, Long> countByLot(Long tenderId) {
        Map<Integer, Long> counts = new TreeMap<>();
        tallies.stream().filter(tally -> tally.getTenderId().equals(tenderId))
                .forEach(tally -> counts.merge(tally.getLotNumber(), 1L, Long::sum));
        return counts;
    }

    /** Everything the tally holds: tokens, tenders and lots, and nothing else. */
    List<LotTally> all() {
        return List.copyOf(tallies);
    }
}
