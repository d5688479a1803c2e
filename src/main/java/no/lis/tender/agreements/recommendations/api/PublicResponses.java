package no.lis.tender.agreements.recommendations.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import no.lis.tender.agreements.recommendations.application.PublicEditions.Edition;
import no.lis.tender.shared.api.Pdfs;

import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * The answers of the public recommendation API: the bytes {@code PublicEditions} keeps, with a
 * strong {@code ETag} and {@code Last-Modified}, {@code 304 Not Modified} to a conditional request
 * that still matches, and a {@code Cache-Control} that lets browsers and proxies keep them a minute.
 * Only these paths are exempt from the {@code no-store} of every other answer (see
 * {@code SecurityHeaders}); nothing priced is ever sent this way.
 */
final class PublicResponses {

    /** A minute: a proxy may show the version before a publication for that long. */
    static final String CACHE_CONTROL = "public, max-age=60";
    private static final Jsonb JSON = JsonbBuilder.create();

    private PublicResponses() {
    }

    static byte[] json(Object value) {
        return JSON.toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    static Response of(Request request, Edition edition, String mediaType) {
        EntityTag tag = new EntityTag(edition.entityTag());
        Date lastModified = Date.from(edition.lastModified());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(lastModified, tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(edition.content(), mediaType);
        if (notModified == null && edition.fileName() != null) {
            answer.header("Content-Disposition", Pdfs.contentDisposition(edition.fileName()));
        }
        return answer.tag(tag).lastModified(lastModified).header("Cache-Control", CACHE_CONTROL).build();
    }
}
