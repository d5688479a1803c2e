package no.lis.tender.shared.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Violation;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a JSON body against the Java type it is about to be bound to, before JSON-B binds it,
 * and names each fault by its JSON path ({@code criteria[1].weight}). JSON-B itself would cut
 * 33.5 to 33 for an {@code int} and wrap 99999999999 round to 1215752191, fail on a {@code null}
 * element deep inside with a message about its internals, and let any character into a text.
 * Here, exactly:
 * <ul>
 * <li>a whole number (int, long, ...) is a JSON number without a fraction, within the type's range;</li>
 * <li>a decimal (BigDecimal) is a JSON number of at most {@value #MAX_INTEGER_DIGITS} digits before the
 * point and {@value #MAX_FRACTION_DIGITS} after it (1e309 is none), never a string such as "12,50";</li>
 * <li>a text is a JSON string of at most {@value #MAX_TEXT} characters, without the characters
 * {@link Validation#unsafeCharacter(CharSequence, boolean)} refuses (line breaks are allowed here;
 * the domain refuses them where a text has one line);</li>
 * <li>true/false, a named constant, a date or time in ISO form, a list without {@code null} elements,
 * an object for a record;</li>
 * <li>the body itself is there (not empty, not {@code null}).</li>
 * </ul>
 * A field left out or {@code null} is the domain's to judge (it may be optional), except where the
 * record holds it as a primitive ({@code boolean}, {@code int}): there it is required, as nothing
 * else would tell its absence from false or 0.
 */
final class JsonBodyRules {

    /** Longer than any text a user types here (the longest the domain keeps is 4 000). */
    static final int MAX_TEXT = 10_000;
    /** Larger than any amount, volume or price of the application (the widest column is DECIMAL(18,2)). */
    static final int MAX_INTEGER_DIGITS = 16;
    static final int MAX_FRACTION_DIGITS = 6;

    private static final Map<Class<?>, long[]> WHOLE_NUMBERS = Map.of(
            int.class, new long[]{Integer.MIN_VALUE, Integer.MAX_VALUE},
            Integer.class, new long[]{Integer.MIN_VALUE, Integer.MAX_VALUE},
            long.class, new long[]{Long.MIN_VALUE, Long.MAX_VALUE},
            Long.class, new long[]{Long.MIN_VALUE, Long.MAX_VALUE},
            short.class, new long[]{Short.MIN_VALUE, Short.MAX_VALUE},
            Short.class, new long[]{Short.MIN_VALUE, Short.MAX_VALUE},
            byte.class, new long[]{Byte.MIN_VALUE, Byte.MAX_VALUE},
            Byte.class, new long[]{Byte.MIN_VALUE, Byte.MAX_VALUE});

    /** The ISO forms JSON-B reads, by type. */
    private static final Map<Class<?>, Function<String, ?>> TIMES = Map.of(
            Instant.class, Instant::parse,
            LocalDate.class, LocalDate::parse,
            LocalDateTime.class, LocalDateTime::parse,
            LocalTime.class, LocalTime::parse,
            OffsetDateTime.class, OffsetDateTime::parse,
            ZonedDateTime.class, ZonedDateTime::parse,
            Duration.class, Duration::parse,
            Period.class, Period::parse);

    private final List<Violation> violations = new ArrayList<>();

    private JsonBodyRules() {
    }

    /** Every fault of {@code body} (null: no body at all) as the {@code type} it is to be bound to. */
    static List<Violation> check(JsonValue body, Type type) {
        JsonBodyRules rules = new JsonBodyRules();
        if (body == null || body.getValueType() == JsonValue.ValueType.NULL) {
            rules.violations.add(new Violation(null, "request.body.required"));
        } else {
            rules.value(body, type, null);
        }
        return List.copyOf(rules.violations);
    }

    private void value(JsonValue json, Type type, String path) {
        Class<?> raw = raw(type);
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                fault(path, "validation.required");
            }
            return;
        }
        if (raw == Optional.class) {
            value(json, argument(type, 0), path);
        } else if (raw == String.class || raw == char.class || raw == Character.class) {
            text(json, path);
        } else if (WHOLE_NUMBERS.containsKey(raw)) {
            long[] range = WHOLE_NUMBERS.get(raw);
            wholeNumber(json, path, BigDecimal.valueOf(range[0]), BigDecimal.valueOf(range[1]));
        } else if (raw == BigDecimal.class || raw == Number.class) {
            decimal(json, path);
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            floatingPoint(json, path, raw == float.class || raw == Float.class);
        } else if (raw == boolean.class || raw == Boolean.class) {
            expect(json.getValueType() == JsonValue.ValueType.TRUE || json.getValueType() == JsonValue.ValueType.FALSE,
                    path, "request.value.boolean");
        } else if (raw.isEnum()) {
            constant(json, raw, path);
        } else if (TIMES.containsKey(raw)) {
            time(json, raw, path);
        } else if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            elements(json, raw.isArray() ? componentType(type) : argument(type, 0), path);
        } else if (Map.class.isAssignableFrom(raw)) {
            entries(json, argument(type, 1), path);
        } else if (raw.isRecord() || isApplicationClass(raw)) {
            properties(json, raw, path);
        }
        // anything else (JsonValue, Object, a type of a library) is the reader's to judge
    }

    private void text(JsonValue json, String path) {
        if (!expect(json.getValueType() == JsonValue.ValueType.STRING, path, "request.value.text")) {
            return;
        }
        String text = ((JsonString) json).getString();
        if (text.length() > MAX_TEXT) {
            fault(path, "text.tooLong", MAX_TEXT);
            return;
        }
        int unsafe = Validation.unsafeCharacter(text, true);
        if (unsafe >= 0) {
            fault(path, "text.unsafeCharacter", Validation.codePointName(unsafe));
        }
    }

    private void wholeNumber(JsonValue json, String path, BigDecimal min, BigDecimal max) {
        if (!expect(json.getValueType() == JsonValue.ValueType.NUMBER, path, "request.value.wholeNumber")) {
            return;
        }
        BigDecimal number = ((JsonNumber) json).bigDecimalValue();
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            fault(path, "request.value.wholeNumber");
        } else if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            fault(path, "request.value.range", min.toPlainString(), max.toPlainString());
        }
    }

    private void decimal(JsonValue json, String path) {
        if (!expect(json.getValueType() == JsonValue.ValueType.NUMBER, path, "request.value.number")) {
            return;
        }
        BigDecimal number = ((JsonNumber) json).bigDecimalValue();
        if (number.signum() != 0 && (number.precision() - number.scale() > MAX_INTEGER_DIGITS
                || number.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS)) {
            fault(path, "request.value.digits", MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS);
        }
    }

    private void floatingPoint(JsonValue json, String path, boolean single) {
        if (!expect(json.getValueType() == JsonValue.ValueType.NUMBER, path, "request.value.number")) {
            return;
        }
        double value = ((JsonNumber) json).doubleValue();
        expect(Double.isFinite(value) && (!single || Float.isFinite((float) value)), path, "request.value.digits",
                MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS);
    }

    private void constant(JsonValue json, Class<?> type, String path) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        boolean known = json.getValueType() == JsonValue.ValueType.STRING && names.contains(((JsonString) json).getString());
        expect(known, path, "request.value.choice", String.join(", ", names));
    }

    private void time(JsonValue json, Class<?> type, String path) {
        String key = type == LocalDate.class ? "request.value.date" : "request.value.time";
        if (!expect(json.getValueType() == JsonValue.ValueType.STRING, path, key)) {
            return;
        }
        try {
            TIMES.get(type).apply(((JsonString) json).getString());
        } catch (DateTimeParseException e) {
            fault(path, key);
        }
    }

    private void elements(JsonValue json, Type elementType, String path) {
        if (!expect(json.getValueType() == JsonValue.ValueType.ARRAY, path, "request.value.list")) {
            return;
        }
        JsonArray array = (JsonArray) json;
        for (int i = 0; i < array.size(); i++) {
            String at = (path == null ? "" : path) + "[" + i + "]";
            if (array.isNull(i)) {
                fault(at, "validation.required");
            } else {
                value(array.get(i), elementType, at);
            }
        }
    }

    private void entries(JsonValue json, Type valueType, String path) {
        if (expect(json.getValueType() == JsonValue.ValueType.OBJECT, path, "request.value.object")) {
            ((JsonObject) json).forEach((key, entry) -> value(entry, valueType, child(path, key)));
        }
    }

    private void properties(JsonValue json, Class<?> type, String path) {
        if (!expect(json.getValueType() == JsonValue.ValueType.OBJECT, path, "request.value.object")) {
            return;
        }
        JsonObject object = (JsonObject) json;
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
                Field field = field(type, component.getName());
                String name = renamed != null ? renamed.value() : field == null ? component.getName() : name(field);
                if (component.getType().isPrimitive() && !object.containsKey(name)) {
                    // JSON-B would make a left-out true/false or number false or 0 without a word
                    fault(child(path, name), "validation.required");
                }
                property(object, name, component.getGenericType(), path);
            }
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                        && !field.isAnnotationPresent(JsonbTransient.class) && !field.isSynthetic()) {
                    property(object, name(field), field.getGenericType(), path);
                }
            }
        }
    }

    private void property(JsonObject object, String name, Type type, String path) {
        if (object.containsKey(name)) {
            value(object.get(name), type, child(path, name));
        }
    }

    private static String name(Field field) {
        JsonbProperty renamed = field.getAnnotation(JsonbProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : field.getName();
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private boolean expect(boolean rule, String path, String key, Object... arguments) {
        if (!rule) {
            fault(path, key, arguments);
        }
        return rule;
    }

    private void fault(String path, String key, Object... arguments) {
        violations.add(new Violation(path, key, arguments));
    }

    private static String child(String path, String name) {
        return path == null ? name : path + "." + name;
    }

    /** The application's own classes are bound property by property; a library's are the reader's business. */
    private static boolean isApplicationClass(Class<?> type) {
        return type.getName().startsWith("no.lis.") && !type.isInterface();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType a) {
            return Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static Type componentType(Type type) {
        return type instanceof GenericArrayType a ? a.getGenericComponentType() : raw(type).getComponentType();
    }
}
