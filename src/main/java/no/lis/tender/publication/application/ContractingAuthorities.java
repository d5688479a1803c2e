package no.lis.tender.publication.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.publication.domain.ContractingAuthority;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The one place of the buyer's configuration as the notices name it: {@code lis.buyer.name},
 * {@code lis.buyer.organisation-number}, {@code lis.buyer.city}, {@code lis.buyer.postal-zone} and
 * {@code lis.buyer.email} (environment {@code LIS_BUYER_NAME} ...). The defaults are those of
 * Sykehusinnkjøp HF, whose division for pharmaceuticals runs the LIS tenders.
 */
@ApplicationScoped
public class ContractingAuthorities {

    /** Dependent: a record cannot be proxied; a wrong organisation number stops the notice, not the start. */
    @Produces
    ContractingAuthority authority(
            @ConfigProperty(name = "lis.buyer.name", defaultValue = "Sykehusinnkjøp HF, divisjon legemidler (LIS)") String name,
            @ConfigProperty(name = "lis.buyer.organisation-number", defaultValue = "916879067") String number,
            @ConfigProperty(name = "lis.buyer.city", defaultValue = "Vadsø") String city,
            @ConfigProperty(name = "lis.buyer.postal-zone", defaultValue = "9811") String postalZone,
            @ConfigProperty(name = "lis.buyer.email") Optional<String> email) {
        return new ContractingAuthority(name, new OrganisationNumber(number), city, postalZone, email.orElse(null));
    }
}
