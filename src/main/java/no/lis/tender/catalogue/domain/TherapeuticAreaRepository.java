package no.lis.tender.catalogue.domain;

import java.util.List;
import java.util.Optional;

public interface TherapeuticAreaRepository {

    Optional<TherapeuticArea> findById(long id);

    /** By the code exactly as stored (upper case), e.g. {@code REUMA}. */
    Optional<TherapeuticArea> findByCode(String code);

    /** All therapeutic areas by name. */
    List<TherapeuticArea> findAll();

    /** Stores a new therapeutic area, so that it has its id, or the changes to one. */
    TherapeuticArea save(TherapeuticArea area);
}
