package no.lis.tender.publication.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.agreements.award.domain.AwardDecisionRepository;
import no.lis.tender.agreements.framework.domain.DirectAgreementRepository;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.SupplierRepository;
import no.lis.tender.publication.domain.OcdsProcessRepository;
import no.lis.tender.publication.domain.OcdsPublisher;
import no.lis.tender.publication.domain.OcdsRelease;
import no.lis.tender.publication.domain.OcdsReleasePackage;
import no.lis.tender.publication.domain.OcdsReleases;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.Timeline;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The open data: a page of OCDS releases, one per contracting process (the published tender rounds by
 * age, then the direct agreements by age), for anyone. The publisher's settings are the server's
 * {@code lis.ocds.*} variables.
 */
@ApplicationScoped
@Transactional
public class OcdsQueries {

    /** Releases on a page when the caller does not say. */
    public static final int DEFAULT_SIZE = 50;
    /** The most releases on one page: a tender of a thousand lots makes a long release. */
    public static final int MAX_SIZE = 100;

    private final OcdsPublisher publisher;
    private final OcdsProcessRepository processes;
    private final TenderRepository tenders;
    private final AwardDecisionRepository decisions;
    private final FrameworkAgreementRepository frameworks;
    private final DirectAgreementRepository directs;
    private final SupplierRepository suppliers;
    private final Clock clock;

    @Inject
    public OcdsQueries(@ConfigProperty(name = "lis.ocds.ocidPrefix") String ocidPrefix,
                       @ConfigProperty(name = "lis.ocds.publisher") String publisherName,
                       @ConfigProperty(name = "lis.ocds.organisationNumber") String organisationNumber,
                       @ConfigProperty(name = "lis.ocds.license") String license,
                       @ConfigProperty(name = "lis.ocds.publicationPolicy") Optional<String> publicationPolicy,
                       OcdsProcessRepository processes, TenderRepository tenders, AwardDecisionRepository decisions,
                       FrameworkAgreementRepository frameworks, DirectAgreementRepository directs,
                       SupplierRepository suppliers, Clock clock) {
        this(new OcdsPublisher(ocidPrefix, publisherName, new OrganisationNumber(organisationNumber),
                        URI.create(license), publicationPolicy.filter(p -> !p.isBlank()).map(URI::create).orElse(null)),
                processes, tenders, decisions, frameworks, directs, suppliers, clock);
    }

    public OcdsQueries(OcdsPublisher publisher, OcdsProcessRepository processes, TenderRepository tenders,
                       AwardDecisionRepository decisions, FrameworkAgreementRepository frameworks,
                       DirectAgreementRepository directs, SupplierRepository suppliers, Clock clock) {
        this.publisher = publisher;
        this.processes = processes;
        this.tenders = tenders;
        this.decisions = decisions;
        this.frameworks = frameworks;
        this.directs = directs;
        this.suppliers = suppliers;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected OcdsQueries() {
        this(null, null, null, null, null, null, null, null);
    }

    /** Reads the settings at start-up, so that a prefix or organisation number set wrong stops the start, naming it. */
    void checkSettings(@Observes Startup startup) {
        Objects.requireNonNull(publisher);
    }

    /**
     * Page {@code page} (from 1; default 1) of {@code size} releases (default {@value #DEFAULT_SIZE},
     * at most {@value #MAX_SIZE}), only those dated at or after {@code since} if given (an instant
     * with its offset, or a date, from the start of that day in Norway). {@code pageUri} gives the
     * address of a page, for the package's own and its links. Bad input is refused under the
     * parameter's name, every broken rule at once.
     */
    public OcdsReleasePackage releasePackage(String since, String page, String size, IntFunction<URI> pageUri) {
        Validation validation = new Validation();
        Instant from = since == null || since.isBlank() ? null
                : validation.field("since", () -> instant(since.strip()));
        Integer pageNumber = whole(validation, "page", page, 1, Integer.MAX_VALUE, 1, "publication.ocds.pageInvalid");
        Integer pageSize = whole(validation, "size", size, 1, MAX_SIZE, DEFAULT_SIZE, "publication.ocds.sizeInvalid");
        validation.throwIfInvalid();

        LocalDate today = Timeline.osloDate(clock.instant());
        List<Long> tenderIds = processes.publishedTenderIds(from, today);
        List<Long> directIds = processes.directAgreementIds(from, today);
        long first = (long) (pageNumber - 1) * pageSize;
        long total = (long) tenderIds.size() + directIds.size();
        List<OcdsRelease> releases = new ArrayList<>();
        for (long i = first; i < Math.min(total, first + pageSize); i++) {
            releases.add(i < tenderIds.size() ? tenderRelease(tenderIds.get((int) i), today)
                    : directRelease(directIds.get((int) (i - tenderIds.size())), today));
        }
        OcdsReleasePackage.Links links = new OcdsReleasePackage.Links(
                pageNumber > 1 ? pageUri.apply(pageNumber - 1) : null,
                first + pageSize < total ? pageUri.apply(pageNumber + 1) : null);
        return OcdsReleasePackage.of(publisher, pageUri.apply(pageNumber), releases,
                links.prev() == null && links.next() == null ? null : links, clock.instant());
    }

    private OcdsRelease tenderRelease(Long id, LocalDate today) {
        Tender tender = tenders.findReadOnly(id).orElseThrow();
        return OcdsReleases.ofTender(publisher, tender, decisions.findByTender(id).orElse(null),
                frameworks.findByTender(id), this::organisationNumber, today);
    }

    private OcdsRelease directRelease(Long id, LocalDate today) {
        var agreement = directs.findById(id).orElseThrow();
        return OcdsReleases.ofDirectAgreement(publisher, agreement, organisationNumber(agreement.getPack().getSupplierId()),
                today);
    }

    private Optional<OrganisationNumber> organisationNumber(Long supplierId) {
        return suppliers.findById(supplierId).map(Supplier::getOrganisationNumber);
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(text).atStartOfDay(Timeline.OSLO).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new DomainException("since", "publication.ocds.sinceInvalid", text);
            }
        }
    }

    private static Integer whole(Validation validation, String field, String text, int min, int max, int absent,
                                 String messageKey) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (validation.check(value >= min && value <= max, field, messageKey, text.strip(), max)) {
                return value;
            }
        } catch (NumberFormatException e) {
            validation.check(false, field, messageKey, text.strip(), max);
        }
        return null;
    }
}
