package no.lis.tender.shared.api;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import no.lis.tender.shared.domain.DomainException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Every JSON body on its way to JSON-B: read whole (up to {@value #MAX_BYTES} bytes), parsed, and
 * checked by {@link JsonBodyRules} against the type it is bound to. A body that is missing, not
 * JSON, or does not fit is refused with 400 and the path of each fault, before any use case runs;
 * only a body that passes goes on to JSON-B.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonBodies implements ReaderInterceptor {

    static final int MAX_BYTES = 4 * 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || readsItself(context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        DomainException.throwIfAny(JsonBodyRules.check(parse(body), context.getGenericType()));
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** The body as JSON; null if there is none (nothing but white space). */
    private static JsonValue parse(byte[] body) {
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw at == null || at.getLineNumber() < 0
                    ? new DomainException(null, "request.body.malformed")
                    : new DomainException(null, "request.body.malformedAt", at.getLineNumber(), at.getColumnNumber());
        } catch (JsonException e) {
            throw new DomainException(null, "request.body.malformed");
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
    }

    /** Raw bodies and JSON-P values are read as they are. */
    private static boolean readsItself(Class<?> type) {
        return type == String.class || type == byte[].class || InputStream.class.isAssignableFrom(type)
                || Reader.class.isAssignableFrom(type) || JsonValue.class.isAssignableFrom(type);
    }
}
