package no.lis.tender.publication.domain;

import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.shared.domain.Validation;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Who publishes the open data, and under which terms: the national procurement body (the buyer of
 * every process), its OCDS prefix and the licence. Set once in the server's configuration
 * ({@code lis.ocds.*}; docs/operations.md).
 *
 * @param ocidPrefix        the prefix the Open Contracting Partnership registered for the publisher,
 *                          {@code ocds-} and six letters or digits; {@value #PLACEHOLDER_PREFIX} until
 *                          one is registered
 * @param name              the procurement body's name
 * @param organisationNumber its organisation number in the Brønnøysund register
 * @param license           the licence of the data (the Norwegian licence for open government data)
 * @param publicationPolicy where the publication policy is described, or null
 */
public record OcdsPublisher(String ocidPrefix, String name, OrganisationNumber organisationNumber, URI license,
                            URI publicationPolicy) {

    /** The prefix documented by OCDS for publishers who have not yet registered one. */
    public static final String PLACEHOLDER_PREFIX = "ocds-xxxxxx";
    /** The Brønnøysund Register Centre in org-id.guide: Norwegian organisation numbers. */
    public static final String ORGANISATION_SCHEME = "NO-BRC";
    private static final Pattern PREFIX = Pattern.compile("ocds-[a-z0-9]{6}");

    /**
     * Checks the settings: a prefix of the registered form ({@code publication.ocds.prefixInvalid} under
     * {@code ocidPrefix}) and a name.
     */
    public OcdsPublisher {
        Validation validation = new Validation();
        validation.check(ocidPrefix != null && PREFIX.matcher(ocidPrefix).matches(), "ocidPrefix",
                "publication.ocds.prefixInvalid", ocidPrefix);
        validation.requiredText("name", name, 200);
        validation.required(organisationNumber, "organisationNumber");
        validation.throwIfInvalid();
    }

    /** The open contracting id of the process whose own reference is {@code reference}. */
    public String ocid(String reference) {
        return ocidPrefix + "-" + reference;
    }

    /** The id of an organisation in the parties of a release: its scheme and number. */
    public static String partyId(OrganisationNumber number) {
        return ORGANISATION_SCHEME + "-" + number.value();
    }

    OcdsRelease.Party buyerParty() {
        return new OcdsRelease.Party(partyId(organisationNumber), name,
                new OcdsRelease.Identifier(ORGANISATION_SCHEME, organisationNumber.value(), name),
                java.util.List.of("buyer", "procuringEntity"));
    }

    OcdsRelease.OrganizationReference buyer() {
        return new OcdsRelease.OrganizationReference(partyId(organisationNumber), name);
    }

    OcdsReleasePackage.Publisher publisher() {
        return new OcdsReleasePackage.Publisher(name, ORGANISATION_SCHEME, organisationNumber.value());
    }
}
