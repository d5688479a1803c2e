package no.lis.tender.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Test only, added to the war by {@link SecurityLogIT}: changes an entry of the security log behind the
 * application's back, as a person with write access to the database would. It runs inside the server
 * because the embedded Derby database is locked by it; the test JVM cannot open it.
 */
@Path("/test/security-log/entries/{sequence}/detail")
@RequestScoped
@RolesAllowed("ADMIN")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SecurityLogTamperingResource {

    @Resource(lookup = "jdbc/lis")
    DataSource database;

    /** Puts {@code detail} in place of the entry's detail; answers the detail it had. */
    @Operation(hidden = true)
    @PUT
    public JsonObject replace(@PathParam("sequence") long sequence, JsonObject body) throws SQLException {
        try (Connection connection = database.getConnection()) {
            String before;
            try (PreparedStatement read = connection.prepareStatement(
                    "SELECT DETAIL FROM SEC_LOG_ENTRY WHERE SEQUENCE_NUMBER = ?")) {
                read.setLong(1, sequence);
                try (ResultSet row = read.executeQuery()) {
                    if (!row.next()) {
                        throw new NotFoundException("entry " + sequence);
                    }
                    before = row.getString(1);
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE SEC_LOG_ENTRY SET DETAIL = ? WHERE SEQUENCE_NUMBER = ?")) {
                update.setString(1, body.getString("detail"));
                update.setLong(2, sequence);
                update.executeUpdate();
            }
            return Json.createObjectBuilder().add("detail", before).build();
        }
    }
}
