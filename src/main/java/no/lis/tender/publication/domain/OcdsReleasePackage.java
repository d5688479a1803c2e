package no.lis.tender.publication.domain;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * An OCDS 1.1 release package (Open Contracting Data Standard): one page of releases with who
 * published them, under which licence, and the links to the pages before and after it. Like every
 * part of it, it has no field that could hold an amount of money: unit prices are business secrets,
 * and the package is built without them, so nothing can print one.
 *
 * @param uri           where this page is served
 * @param extensions    the OCDS extensions used (the lots extension)
 * @param publishedDate the latest change among its releases (the package is made on demand)
 * @param links         the previous and next pages, where there are any
 */
public record OcdsReleasePackage(URI uri, String version, List<URI> extensions, OffsetDateTime publishedDate,
                                 Publisher publisher, URI license, URI publicationPolicy, List<OcdsRelease> releases,
                                 Links links) {

    /** The OCDS version the package follows (the schema's major.minor). */
    public static final String VERSION = "1.1";
    /** The lots extension: {@code tender.lots}, {@code items[].relatedLot}, {@code awards[].relatedLots}. */
    public static final URI LOTS_EXTENSION = URI.create(
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json");

    public OcdsReleasePackage {
        extensions = List.copyOf(extensions);
        releases = List.copyOf(releases);
    }

    /**
     * The package of {@code releases} served at {@code uri}, published by {@code publisher}: its date is
     * the latest release's, or {@code now} for a page without releases.
     */
    public static OcdsReleasePackage of(OcdsPublisher publisher, URI uri, List<OcdsRelease> releases, Links links,
                                        Instant now) {
        OffsetDateTime published = releases.stream().map(OcdsRelease::date).max(Comparator.naturalOrder())
                .orElse(OcdsDates.dateTime(now));
        return new OcdsReleasePackage(uri, VERSION, List.of(LOTS_EXTENSION), published, publisher.publisher(),
                publisher.license(), publisher.publicationPolicy(), releases, links);
    }

    /** Who publishes the data: the procurement body, by its organisation number. */
    public record Publisher(String name, String scheme, String uid) {
    }

    /** The previous and the next page; either null at the ends. */
    public record Links(URI prev, URI next) {
    }
}
