package no.lis.tender.agreements.recommendations.domain;

import java.time.Instant;

/**
 * How many versions have ever been published, and the latest publication: a publication on any
 * server changes it, so a server that keeps public editions knows by one small query whether they
 * are still what the database says.
 */
public record PublicationCount(long published, Instant latest) {
}
