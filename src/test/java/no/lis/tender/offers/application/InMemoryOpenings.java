package no.lis.tender.offers.application;

import no.lis.tender.offers.domain.TenderOpening;
import no.lis.tender.offers.domain.TenderOpeningRepository;
import no.lis.tender.shared.Stored;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Openings kept in a list, ids given as the database would. */
class InMemoryOpenings implements TenderOpeningRepository {

    private final List<TenderOpening> openings = new ArrayList<>();

    @Override
    public Optional<TenderOpening> findByTender(Long tenderId) {
        return openings.stream().filter(opening -> opening.getTenderId().equals(tenderId)).findFirst();
    }

    @Override
    public TenderOpening save(TenderOpening opening) {
        openings.add(Stored.withId(opening, openings.size() + 1L));
        return opening;
    }
}
