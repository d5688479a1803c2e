package no.lis.tender.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Base64;

/**
 * Test only: runs SQL on the test server's database through its own datasource, as an insider with
 * the database would, for the integration tests that tamper with sealed offers. It exists only in
 * the deployments of those tests ({@link SealTamperIT}), never in the application's war.
 * Arguments are numbers, strings, or {@code {"base64": "..."}} for bytes; bytes come back in Base64.
 */
@Path("/test/sql")
@RequestScoped
@RolesAllowed("ADMIN")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SqlProbeResource {

    @Resource(lookup = "jdbc/lis")
    DataSource dataSource;

    @Operation(hidden = true)
    @POST
    @Path("query")
    public JsonArray query(JsonObject statement) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = prepare(connection, statement);
             ResultSet rows = query.executeQuery()) {
            JsonArrayBuilder result = Json.createArrayBuilder();
            while (rows.next()) {
                JsonArrayBuilder row = Json.createArrayBuilder();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    int type = rows.getMetaData().getColumnType(i);
                    String value = type == Types.BLOB || type == Types.BINARY || type == Types.VARBINARY
                            || type == Types.LONGVARBINARY ? encoded(rows.getBytes(i)) : rows.getString(i);
                    row.add(value == null ? "" : value);
                }
                result.add(row);
            }
            return result.build();
        }
    }

    @Operation(hidden = true)
    @POST
    @Path("update")
    public JsonObject update(JsonObject statement) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = prepare(connection, statement)) {
            return Json.createObjectBuilder().add("updated", update.executeUpdate()).build();
        }
    }

    private static String encoded(byte[] bytes) {
        return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
    }

    private static PreparedStatement prepare(Connection connection, JsonObject statement) throws SQLException {
        PreparedStatement prepared = connection.prepareStatement(statement.getString("sql"));
        JsonArray arguments = statement.getJsonArray("args");
        for (int i = 0; arguments != null && i < arguments.size(); i++) {
            JsonValue argument = arguments.get(i);
            if (argument instanceof JsonNumber number) {
                prepared.setLong(i + 1, number.longValue());
            } else if (argument instanceof JsonString text) {
                prepared.setString(i + 1, text.getString());
            } else {
                prepared.setBytes(i + 1, Base64.getDecoder().decode(argument.asJsonObject().getString("base64")));
            }
        }
        return prepared;
    }
}
