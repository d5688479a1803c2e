package no.lis.tender.publication.domain;

import no.lis.tender.catalogue.domain.OrganisationNumber;

import java.util.Objects;

/**
 * The buyer as the notices name it: the contracting authority that runs the tenders on behalf of the
 * health trusts, with its organisation number, postal address and the e-mail address for questions.
 *
 * @param email null where none is given
 */
public record ContractingAuthority(String name, OrganisationNumber organisationNumber, String city, String postalZone,
                                   String email) {

    public ContractingAuthority {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organisationNumber, "organisationNumber");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(postalZone, "postalZone");
    }
}
