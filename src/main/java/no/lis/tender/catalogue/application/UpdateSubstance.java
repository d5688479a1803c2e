package no.lis.tender.catalogue.application;

import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.SubstanceRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Thing;

import java.time.LocalDate;

/** Changes a substance's code, name, DDD, patent expiry or therapeutic area, as of the version the user read. */
@UseCase
public class UpdateSubstance {

    public record Command(Long id, Long version, String atcCode, String name, DddInput ddd, LocalDate patentExpiry,
                          Long therapeuticAreaId) implements SubstanceDetails {
    }

    @Inject
    SubstanceRepository substances;

    @Inject
    SubstanceDetailsCheck details;

    /** @return the substance's id */
    public long update(Command command) {
        Substance substance = Existing.current(command.id(), command.version(), substances::findById, Thing.SUBSTANCE, Substance::getName);
        details.check(command, substance.getId()).applyTo(substance);
        return substances.save(substance).getId();
    }
}
