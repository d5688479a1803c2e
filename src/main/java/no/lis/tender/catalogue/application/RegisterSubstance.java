package no.lis.tender.catalogue.application;

import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.SubstanceRepository;
import no.lis.tender.shared.application.UseCase;

import java.time.LocalDate;

/** Registers an active substance under an ATC code no other substance has. */
@UseCase
public class RegisterSubstance {

    public record Command(String atcCode, String name, DddInput ddd, LocalDate patentExpiry, Long therapeuticAreaId)
            implements SubstanceDetails {
    }

    @Inject
    SubstanceRepository substances;

    @Inject
    SubstanceDetailsCheck details;

    /** @return the new substance's id */
    public long register(Command command) {
        return substances.save(details.check(command, null).toSubstance()).getId();
    }
}
