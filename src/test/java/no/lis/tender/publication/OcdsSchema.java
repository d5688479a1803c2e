package no.lis.tender.publication;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The official OCDS 1.1.5 release-package schema, with the release schema it refers to and the lots
 * extension merged in, read from the copies in {@code src/test/resources/ocds} (see its README): no
 * network. Draft-04, with the formats (date-time, uri) checked.
 */
public final class OcdsSchema {

    private static final String BASE = "https://standard.open-contracting.org/schema/1__1__5/";
    private static final String PACKAGE = BASE + "release-package-schema.json";
    private static final String RELEASE = BASE + "release-schema.json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Schema SCHEMA = load();

    private OcdsSchema() {
    }

    /** What the schema finds wrong with the release package {@code json}: each error with where it is. */
    public static List<String> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static Schema load() {
        ObjectNode release = (ObjectNode) read("release-schema.json");
        mergePatch(release, read("lots-extension-release-schema.json"));
        Map<String, String> schemas = Map.of(PACKAGE, read("release-package-schema.json").toString(),
                RELEASE, release.toString());
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, builder -> builder
                .schemas(schemas)
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        return registry.getSchema(SchemaLocation.of(PACKAGE));
    }

    /** RFC 7386: objects are merged member by member, a null removes, anything else replaces. */
    static void mergePatch(ObjectNode target, JsonNode patch) {
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            JsonNode existing = target.get(member.getKey());
            if (member.getValue().isNull()) {
                target.remove(member.getKey());
            } else if (member.getValue().isObject() && existing != null && existing.isObject()) {
                mergePatch((ObjectNode) existing, member.getValue());
            } else {
                target.set(member.getKey(), member.getValue());
            }
        }
    }

    private static JsonNode read(String name) {
        try (InputStream in = OcdsSchema.class.getResourceAsStream("/ocds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no /ocds/" + name + " on the test class path");
            }
            return MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
