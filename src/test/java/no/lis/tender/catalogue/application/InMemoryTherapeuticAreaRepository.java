package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.TherapeuticArea;
import no.lis.tender.catalogue.domain.TherapeuticAreaRepository;

import java.util.Optional;

/** The therapeutic areas, in memory; also for the tests of the contexts that read the catalogue (follow-up). */
public class InMemoryTherapeuticAreaRepository extends InMemoryRepository<TherapeuticArea>
        implements TherapeuticAreaRepository {

    public InMemoryTherapeuticAreaRepository() {
        super(TherapeuticArea::getId, TherapeuticArea::getName);
    }

    @Override
    public Optional<TherapeuticArea> findByCode(String code) {
        return first(area -> area.getCode().equals(code));
    }
}
