package no.lis.tender.evaluation.infrastructure;

import no.lis.tender.shared.infrastructure.SqlStates;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static no.lis.tender.shared.infrastructure.SqlStates.violates;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The evaluation change log keeps one qualification per offer, and a rejection keeps its reason. */
class QualificationSchemaTest {

    @Test
    void oneDecisionPerOfferAndARejectionHasAReason() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:derby:memory:qualification-schema;create=true")) {
            Liquibase liquibase = new Liquibase("db/changelog/evaluation.sql", new ClassLoaderResourceAccessor(),
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)));
            liquibase.update(new Contexts(), new LabelExpression());
            connection.setAutoCommit(true);
            String insert = "INSERT INTO EVA_QUALIFICATION (TENDER_ID, OFFER_ID, STATUS, REASON, DECIDED_BY,"
                    + " DECIDED_AT, VERSION) VALUES (1, %d, '%s', %s, 'kari.buyer', CURRENT_TIMESTAMP, 1)";
            connection.createStatement().executeUpdate(insert.formatted(21, "REJECTED", "'Mangler MT.'"));
            connection.createStatement().executeUpdate(insert.formatted(22, "QUALIFIED", "NULL"));
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(
                    insert.formatted(21, "QUALIFIED", "NULL"))).as("one decision per offer")
                    .satisfies(violates(SqlStates.UNIQUE));
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(
                    insert.formatted(23, "REJECTED", "NULL"))).as("a rejection has a reason")
                    .satisfies(violates(SqlStates.CHECK));
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(
                    insert.formatted(24, "PENDING", "NULL"))).as("a known status")
                    .satisfies(violates(SqlStates.CHECK));
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:memory:qualification-schema;drop=true").close();
            } catch (SQLException dropped) {
                // Derby answers a successful drop with an exception (SQLState 08006)
            }
        }
    }
}
