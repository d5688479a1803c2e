package no.lis.tender.publication.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import no.lis.tender.publication.domain.OcdsReleasePackage;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the OCDS release package as OCDS publishes it: the records' components in the order the
 * schema lists them (ocid, id, date, tag, ... rather than JSON-B's alphabetical order), a part that is
 * null left out rather than written as null, and date-times with their offset.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class OcdsJson implements MessageBodyWriter<OcdsReleasePackage> {

    /** The package as JSON. */
    public static JsonObject json(OcdsReleasePackage releasePackage) {
        return object(releasePackage);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return OcdsReleasePackage.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(OcdsReleasePackage releasePackage, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
        headers.putSingle("Content-Type", MediaType.APPLICATION_JSON_TYPE.withCharset(StandardCharsets.UTF_8.name()));
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(json(releasePackage));
        }
    }

    private static JsonObject object(Record record) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
            if (value instanceof List<?> list) {
                object.add(component.getName(), array(list));
            } else if (value instanceof Record nested) {
                object.add(component.getName(), object(nested));
            } else if (value instanceof BigDecimal number) {
                object.add(component.getName(), number);
            } else if (value instanceof Integer number) {
                object.add(component.getName(), number);
            } else if (value != null) {
                object.add(component.getName(), text(value));
            }
        }
        return object.build();
    }

    private static JsonArrayBuilder array(List<?> list) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object element : list) {
            if (element instanceof Record nested) {
                array.add(object(nested));
            } else {
                array.add(text(element));
            }
        }
        return array;
    }

    private static String text(Object value) {
        if (value instanceof OffsetDateTime dateTime) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
        }
        if (value instanceof String || value instanceof URI) {
            return value.toString();
        }
        throw new IllegalArgumentException("no OCDS form for " + value.getClass().getName());
    }
}
