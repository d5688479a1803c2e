package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fixed list of bad inputs sent to every write operation (POST, PUT, PATCH, DELETE) of the API as
 * its OpenAPI document lists them at test time, so that a new endpoint joins without a line here.
 * Path ids are those of real objects (found through the GET operations of the same document), and
 * each operation is called as the first demo user whose role admits it. Every answer must be a 4xx
 * with a message, never a 500; and the object (the GET of the operation's path, or of the nearest
 * path above it that has one) must read the same before and after. Emoji are text: accepted, or
 * refused with a message.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final List<String> USERS = List.of("kari", "ingrid", "sandoz", "hanne", "admin");
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final Set<String> HTTP_METHODS = Set.of("get", "head", "options", "trace", "post", "put", "patch",
            "delete");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String HUGE_ID = "99999999999999999999";
    private static final Pattern LOGIN_BOOKKEEPING = Pattern.compile(
            "\"(lastLoginAt|failedLogins|lockedUntil|version)\":(\"[^\"]*\"|null|[0-9]+)");
    private static final String UNKNOWN_ID = String.valueOf(Long.MAX_VALUE);
    private static final String EMOJI = "Tilbud \uD83D\uDE00\uD83C\uDDF3\uD83C\uDDF4";

    /** Bodies that are wrong as a whole: {@code null} as JSON null, the rest as sent. */
    private static final Map<String, String> WHOLE_BODIES = orderedMap(
            "null", "null", "{}", "{}", "[null]", "[null]", "malformed", "{\"version\": 1, \"title\": ",
            "a number", "12.50");
    /** Text put into every string of a body built from the operation's schema. */
    private static final Map<String, String> TEXTS = orderedMap(
            "100 000 characters", "x".repeat(100_000), "NUL", "Humira\u0000", "U+202E", "Humira\u202Efdp.exe",
            "emoji", EMOJI);
    /** Numbers put into every number of such a body, as JSON literals. */
    private static final Map<String, String> NUMBERS = orderedMap(
            "1e309", "1e309", "negative", "-1", "zero", "0", "\"12,50\"", "\"12,50\"", "three decimals", "12.345",
            "huge id", HUGE_ID);

    private static final Api BUYER = Api.as("kari");
    private static JsonObject openApi;
    private static List<Operation> operations;
    private static Long evaluationTenderId;
    /** What each object (by the path it is read from) read after the last bad input: the next one must leave it so. */
    private static final Map<String, String> lastRead = new HashMap<>();
    private static JsonObject freshTender;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** An operation of the document, with the path its template resolves to and the user that may call it. */
    private record Operation(String method, String template, String path, JsonObject body, String contentType,
                             List<String> queryTexts, String user) {

        String name() {
            return method.toUpperCase() + " " + template;
        }

        boolean takesJson() {
            return "application/json".equals(contentType);
        }
    }

    @BeforeAll
    static void readTheDocumentAndFindRealObjects() {
        Api.Reply document = Api.anonymous().get("openapi?format=JSON");
        assertThat(document.status()).as(document.toString()).isEqualTo(200);
        openApi = document.object();
        // a published tender of this test's own, with a question: what its operations change is its own
        freshTender = Tenders.published();
        Api.as("sandoz").post("api/tenders/" + freshTender.getInt("id") + "/questions",
                Json.createObjectBuilder().add("text", "Gjelder volumet alle regioner?").build());
        evaluationTenderId = BUYER.get("api/tenders?q=2026-LIS-TNF-04").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        operations = new ArrayList<>();
        openApi.getJsonObject("paths").forEach((template, item) -> item.asJsonObject().forEach((method, op) -> {
            if (WRITES.contains(method)) {
                operations.add(operation(method, template, op.asJsonObject()));
            }
        }));
    }

    @Test
    void theDocumentListsTheWriteOperations() {
        assertThat(operations).extracting(Operation::name)
                .contains("POST /api/tenders", "PUT /api/tenders/{tenderId}/offers", "POST /api/tenders/{tenderId}/opening",
                        "PUT /api/products/{id}", "POST /api/recommendations/{id}/approval");
    }

    @Test
    void wrongBodiesAndContentTypesAre4xxWithAMessageAndChangeNothing() {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations) {
            if (op.body() == null && op.contentType() == null) {
                continue;
            }
            if (op.takesJson()) {
                WHOLE_BODIES.forEach((name, body) -> expectRefused(op, name, op.contentType(), body, failures));
                expectRefused(op, "text/plain", "text/plain", "{}", failures);
            } else {
                expectRefused(op, "JSON instead of " + op.contentType(), "application/json", "{}", failures);
                WHOLE_BODIES.forEach((name, body) -> expectRefused(op, name, op.contentType(), body, failures));
                TEXTS.forEach((name, text) -> {
                    if (!text.equals(EMOJI)) {
                        expectRefused(op, name, op.contentType(), text, failures);
                    }
                });
            }
        }
        assertThat(failures).as("answers that were not a 4xx with a message, or changed data").isEmpty();
    }

    @Test
    void hostileTextAndNumbersInEveryFieldAre4xxWithAMessageAndChangeNothing() {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations) {
            if (op.body() == null) {
                continue;
            }
            if (hasTexts(op.body())) {
                TEXTS.forEach((name, text) -> expectRefused(op, name, op.contentType(),
                        template(op.body(), Json.createValue(text).toString(), "1"), failures));
            }
            if (hasNumbers(op.body())) {
                NUMBERS.forEach((name, number) -> expectRefused(op, name, op.contentType(),
                        template(op.body(), "\"Hostile test\"", number), failures));
            }
        }
        assertThat(failures).as("answers that were not a 4xx with a message, or changed data").isEmpty();
    }

    @Test
    void hostileTextInTheQueryIsRefusedUnderTheParametersName() {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations) {
            for (String parameter : op.queryTexts()) {
                for (String text : List.of("Humira\u0000", "Humira\u202Efdp.exe")) {
                    String query = "?" + parameter + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                            + op.queryTexts().stream().filter(p -> !p.equals(parameter)).map(p -> "&" + p + "=Humira")
                            .reduce("", String::concat) + "&version=-1";
                    Api.Reply reply = Api.as(op.user()).raw(op.method().toUpperCase(), op.path() + query, op.contentType(),
                            op.contentType() == null ? null : "{}".getBytes(StandardCharsets.UTF_8));
                    if (reply.status() != 400 || !reply.body().contains("\"field\":\"" + parameter + "\"")) {
                        failures.add(op.name() + " " + parameter + ": " + shortly(reply));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void impossibleIdsAre404AndUnknownOrForeignIds4xxForEveryOperation() {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations) {
            Matcher ids = PARAMETER.matcher(op.template());
            while (ids.find()) {
                String parameter = ids.group(1);
                if (!isId(op, parameter)) {
                    continue;
                }
                // an action without a body is never called with an id that may name something real
                List<String> tried = op.contentType() == null ? List.of(HUGE_ID, UNKNOWN_ID)
                        : List.of(HUGE_ID, UNKNOWN_ID, foreignId(op, parameter));
                String before = read(op);
                for (String id : tried) {
                    String path = resolve(op.template(), Map.of(parameter, id));
                    Api.Reply reply = Api.as(op.user()).raw(op.method().toUpperCase(), path, op.contentType(),
                            op.contentType() == null ? null : "{\"version\": -1}".getBytes(StandardCharsets.UTF_8));
                    boolean expected = id.equals(HUGE_ID) ? reply.status() == 404 : is4xxWithMessage(reply);
                    if (!expected) {
                        failures.add(op.name() + " " + parameter + "=" + id + ": " + shortly(reply));
                    }
                }
                String after = read(op);
                if (!String.valueOf(before).equals(String.valueOf(after))) {
                    failures.add(op.name() + " ids: the object changed: " + difference(String.valueOf(before), String.valueOf(after)));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyErrorAnswerIsDocumentedWithTheErrorBody() {
        JsonObject schema = openApi.getJsonObject("components").getJsonObject("schemas").getJsonObject("ErrorResponse");
        assertThat(schema.getJsonObject("properties").keySet()).contains("status", "message", "errors", "incident");
        // every operation, GET too: the class-level @APIResponse of each resource, 409 on each change method
        Map<String, String> everywhere = Map.of("400", "BadRequest", "404", "NotFound", "500", "ServerError");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonValue> path : openApi.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> method : path.getValue().asJsonObject().entrySet()) {
                if (!HTTP_METHODS.contains(method.getKey())) {
                    continue;
                }
                checked++;
                Map<String, String> expected = new HashMap<>(everywhere);
                if (WRITES.contains(method.getKey())) {
                    expected.put("409", "Conflict");
                }
                JsonObject responses = method.getValue().asJsonObject().getJsonObject("responses");
                if (responses == null || responses.keySet().stream().noneMatch(status -> status.startsWith("2"))) {
                    // with any @APIResponse, smallrye documents the success answer only if the method names its status
                    missing.add(method.getKey().toUpperCase() + " " + path.getKey() + " has no 2xx answer");
                }
                expected.forEach((status, component) -> {
                    JsonObject response = responses == null ? null : responses.getJsonObject(status);
                    String name = method.getKey().toUpperCase() + " " + path.getKey() + " " + status;
                    if (response == null) {
                        missing.add(name + " missing");
                    } else if (response.containsKey("$ref")
                            ? !response.getString("$ref").equals("#/components/responses/" + component)
                            : !response.toString().contains("#/components/schemas/ErrorResponse")) {
                        // the component of its status, or an answer of the operation's own with the error body
                        missing.add(name + " is not " + component + " nor the ErrorResponse body: " + response);
                    }
                });
            }
        }
        assertThat(checked).as("operations in the document").isGreaterThan(operations.size());
        assertThat(missing).as("add @APIResponse(responseCode = ..., ref = ...) to the resource class "
                + "(400, 404, 500) or the change method (409), @APIResponse(responseCode = \"200\") to the method")
                .isEmpty();
        JsonObject conflict = openApi.getJsonObject("components").getJsonObject("responses").getJsonObject("Conflict");
        assertThat(conflict.toString()).contains("#/components/schemas/ErrorResponse");
    }

    private static void expectRefused(Operation op, String name, String contentType, String body, List<String> failures) {
        String readPath = readPath(op);
        String before = lastRead.computeIfAbsent(readPath, key -> String.valueOf(read(op)));
        Api.Reply reply = Api.as(op.user()).raw(op.method().toUpperCase(), op.path(), contentType,
                body.getBytes(StandardCharsets.UTF_8));
        boolean emoji = body.contains(EMOJI.substring(7)) && reply.status() / 100 == 2;
        String after = String.valueOf(read(op));
        lastRead.put(readPath, after);
        if (!emoji && !is4xxWithMessage(reply)) {
            failures.add(op.name() + " [" + name + "]: " + shortly(reply));
        } else if (!emoji && !before.equals(after)) {
            failures.add(op.name() + " [" + name + "]: " + reply.status() + " but the object changed: "
                    + difference(before, after));
        }
    }

    /** Where two readings of an object part, for the report. */
    private static String difference(String before, String after) {
        int at = 0;
        while (at < Math.min(before.length(), after.length()) && before.charAt(at) == after.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 60);
        return "…" + before.substring(from, Math.min(before.length(), at + 60)) + " → …"
                + after.substring(from, Math.min(after.length(), at + 60));
    }

    private static boolean is4xxWithMessage(Api.Reply reply) {
        if (reply.status() < 400 || reply.status() > 499) {
            return false;
        }
        try {
            String message = reply.object().getString("message", "");
            return !message.isBlank() && !message.contains("Exception") && !message.contains("RESTEASY");
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private static String shortly(Api.Reply reply) {
        String body = reply.body();
        return reply.status() + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }

    // ---- the operations of the document, with real ids ----

    private static Operation operation(String method, String template, JsonObject op) {
        JsonObject content = op.containsKey("requestBody")
                ? op.getJsonObject("requestBody").getJsonObject("content") : null;
        String contentType = content == null ? null : content.keySet().iterator().next();
        JsonObject body = content != null && content.containsKey("application/json")
                ? resolveSchema(content.getJsonObject("application/json").getJsonObject("schema")) : null;
        List<String> queryTexts = new ArrayList<>();
        for (JsonValue parameter : op.getJsonArray("parameters") == null ? List.<JsonValue>of()
                : op.getJsonArray("parameters")) {
            JsonObject p = parameter.asJsonObject();
            if (p.getString("in").equals("query") && types(resolveSchema(p.getJsonObject("schema"))).contains("string")) {
                queryTexts.add(p.getString("name"));
            }
        }
        String path = resolve(template, Map.of());
        String user = userFor(method, contentType == null ? impossible(template) : path, contentType);
        return new Operation(method, template, path, body, contentType, queryTexts, user);
    }

    /**
     * The first demo user the operation does not refuse as forbidden, probed with a body that cannot
     * pass or, for an operation without a body (an action such as the opening), with ids that name
     * nothing: the roles are checked before either.
     */
    private static String userFor(String method, String path, String contentType) {
        for (String user : USERS) {
            Api.Reply reply = Api.as(user).raw(method.toUpperCase(), path, contentType,
                    contentType == null ? null : "[null]".getBytes(StandardCharsets.UTF_8));
            if (reply.status() != 403 && reply.status() != 401) {
                return user;
            }
        }
        throw new AssertionError("no demo user may call " + method + " " + path);
    }

    /**
     * The object the operation changes, as read now: the GET of its path or of the nearest path above.
     * In the list of users, without each user's login bookkeeping (last login, failed logins, lockout,
     * and the version they move), which the calls' own logins change.
     */
    private static String read(Operation op) {
        String path = readPath(op);
        if (path != null) {
            for (String user : List.of(op.user(), "kari")) {
                Api.Reply reply = Api.as(user).get(path);
                if (reply.status() == 200) {
                    return path.startsWith("api/users") ? LOGIN_BOOKKEEPING.matcher(reply.body()).replaceAll("\"$1\":…")
                            : reply.body();
                }
            }
        }
        return null;
    }

    /** The path of the GET operation nearest to the operation's own path, at or above it. */
    private static String readPath(Operation op) {
        String template = op.template();
        while (template.lastIndexOf('/') > 0) {
            JsonObject item = openApi.getJsonObject("paths").getJsonObject(template);
            if (item != null && item.containsKey("get")) {
                return resolve(template, Map.of());
            }
            template = template.substring(0, template.lastIndexOf('/'));
        }
        return null;
    }

    private static String resolve(String template, Map<String, String> chosen) {
        StringBuilder path = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int end = 0;
        while (parameter.find()) {
            path.append(template, end, parameter.start());
            String name = parameter.group(1);
            path.append(chosen.containsKey(name) ? chosen.get(name)
                    : realId(template, template.substring(0, parameter.start()), name, path.toString()));
            end = parameter.end();
        }
        return path.append(template.substring(end)).substring(1);
    }

    /**
     * A real value for the path parameter {@code name} of {@code template} that follows {@code templateBefore} (already
     * resolved as {@code resolvedBefore}): the evaluation and the award work on the demo tender in
     * evaluation, other tender paths on this test's own tender; anything else is looked up in the
     * GET of the path before the parameter (or the nearest above it).
     */
    private static String realId(String template, String templateBefore, String name, String resolvedBefore) {
        if (templateBefore.equals("/api/tenders/") || templateBefore.equals("/api/awards/")) {
            return String.valueOf(template.startsWith("/api/awards/") || template.contains("/evaluation")
                    ? evaluationTenderId : freshTender.getInt("id"));
        }
        String segment = templateBefore.substring(templateBefore.lastIndexOf('/', templateBefore.length() - 2) + 1,
                templateBefore.length() - 1);
        String lookup = resolvedBefore.substring(0, resolvedBefore.length() - 1);
        while (lookup.lastIndexOf('/') > 0) {
            Api.Reply reply = BUYER.get(lookup.substring(1));
            if (reply.status() == 200 && (reply.body().startsWith("{") || reply.body().startsWith("["))) {
                Optional<String> found = find(reply.json(), segment, keysFor(name, segment));
                if (found.isPresent()) {
                    return found.get();
                }
            }
            lookup = lookup.substring(0, lookup.lastIndexOf('/'));
        }
        return "1";
    }

    private static List<String> keysFor(String name, String segment) {
        String singular = segment.endsWith("ies") ? segment.substring(0, segment.length() - 3) + "y"
                : segment.endsWith("s") ? segment.substring(0, segment.length() - 1) : segment;
        return name.equals("id") || name.endsWith("Id") ? List.of(name, "id", singular + "Id") : List.of(name);
    }

    /** The first value under one of {@code keys}, looking into the member named {@code segment} first. */
    private static Optional<String> find(JsonValue json, String segment, List<String> keys) {
        if (json instanceof JsonObject object) {
            if (object.get(segment) instanceof JsonStructure inside) {
                Optional<String> found = find(inside, "", keys);
                if (found.isPresent()) {
                    return found;
                }
            }
            for (String key : keys) {
                JsonValue value = object.get(key);
                if (value != null && value.getValueType() == JsonValue.ValueType.NUMBER) {
                    return Optional.of(value.toString());
                }
                if (value instanceof JsonString text) {
                    return Optional.of(text.getString());
                }
            }
            for (JsonValue member : object.values()) {
                Optional<String> found = find(member, "", keys);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (json instanceof JsonArray array) {
            for (JsonValue element : array) {
                Optional<String> found = find(element, "", keys);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The operation's path with every parameter an id that can name nothing. */
    private static String impossible(String template) {
        return PARAMETER.matcher(template).replaceAll(HUGE_ID).substring(1);
    }

    private static boolean isId(Operation op, String parameter) {
        JsonObject item = openApi.getJsonObject("paths").getJsonObject(op.template()).getJsonObject(op.method());
        for (JsonValue p : item.getJsonArray("parameters")) {
            if (p.asJsonObject().getString("name").equals(parameter)) {
                return types(resolveSchema(p.asJsonObject().getJsonObject("schema"))).contains("integer");
            }
        }
        return false;
    }

    /**
     * An id that belongs elsewhere: the other tender for a tender, this test's tender's id where
     * another kind of thing is meant. The body's version (-1) keeps a real match from changing it.
     */
    private static String foreignId(Operation op, String parameter) {
        String own = resolve(op.template(), Map.of());
        String fresh = String.valueOf(freshTender.getInt("id"));
        boolean tender = parameter.equals("tenderId") || op.template().startsWith("/api/tenders/{id}") && parameter.equals("id");
        return tender && own.contains("/" + fresh + "/") ? String.valueOf(evaluationTenderId) : fresh;
    }

    // ---- bodies built from the operation's schema ----

    private static JsonObject resolveSchema(JsonObject schema) {
        if (schema != null && schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            return openApi.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
        }
        return schema == null ? JsonValue.EMPTY_JSON_OBJECT : schema;
    }

    private static Set<String> types(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type instanceof JsonString one) {
            return Set.of(one.getString());
        }
        if (type instanceof JsonArray several) {
            return Set.copyOf(several.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        }
        return schema.containsKey("properties") ? Set.of("object") : Set.of();
    }

    private static boolean hasNumbers(JsonObject schema) {
        return template(schema, "\"\"", "7").contains("7");
    }

    private static boolean hasTexts(JsonObject schema) {
        return template(schema, "\"?\"", "7").contains("?");
    }

    /**
     * A body with every text {@code text} and every number {@code number} (both JSON literals); a
     * version is -1 unless the number cannot be one anyway, so that no change can pass for real.
     */
    private static String template(JsonObject schema, String text, String number) {
        return template(schema, text, number, null);
    }

    private static String template(JsonObject schema, String text, String number, String property) {
        JsonObject resolved = resolveSchema(schema);
        Set<String> types = types(resolved);
        if (types.contains("object") && resolved.containsKey("properties")) {
            StringBuilder object = new StringBuilder("{");
            resolved.getJsonObject("properties").forEach((name, inner) -> object.append(object.length() > 1 ? "," : "")
                    .append(Json.createValue(name)).append(':')
                    .append(template(inner.asJsonObject(), text, number, name)));
            return object.append('}').toString();
        }
        if (types.contains("array")) {
            return "[" + template(resolved.getJsonObject("items"), text, number, property) + "]";
        }
        if (types.contains("string")) {
            return text;
        }
        if (types.contains("integer") || types.contains("number")) {
            boolean couldBeVersion = number.equals("0") || number.equals("-1") || number.equals("1");
            return "version".equals(property) && couldBeVersion ? "-1" : number;
        }
        if (types.contains("boolean")) {
            return "false";
        }
        return "null";
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
