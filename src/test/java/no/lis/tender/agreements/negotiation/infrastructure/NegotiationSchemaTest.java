package no.lis.tender.agreements.negotiation.infrastructure;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import no.lis.tender.agreements.negotiation.domain.ClockStop;
import no.lis.tender.agreements.negotiation.domain.NegotiationCase;
import no.lis.tender.agreements.negotiation.domain.PriceOffer;
import no.lis.tender.shared.infrastructure.MappedNames;
import no.lis.tender.shared.infrastructure.SqlStates;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static no.lis.tender.shared.infrastructure.SqlStates.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The change log of the negotiation workspace agrees with the JPA mapping and runs on Derby, keeping its rules. */
class NegotiationSchemaTest {

    private static final String CHANGELOG = "db/changelog/negotiation.sql";

    @Test
    void everyTableAndColumnTheMappingNamesIsCreated() throws Exception {
        String changelog;
        try (InputStream in = NegotiationSchemaTest.class.getResourceAsStream("/" + CHANGELOG)) {
            changelog = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(changelog).startsWith("--liquibase formatted sql\n").contains("--changeset lis:negotiation-1\n");
        Set<String> words = Pattern.compile("[A-Z0-9_]+").matcher(changelog).results().map(MatchResult::group)
                .collect(Collectors.toSet());
        List<String> mapped = MappedNames.of(List.of(NegotiationCase.class, PriceOffer.class, ClockStop.class));
        assertThat(mapped).hasSizeGreaterThan(30).doesNotContain("");
        assertThat(words).containsAll(mapped);
    }

    @Test
    void oneWorkspacePerCaseAndAnOfferIsARebateOrANetPrice() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:derby:memory:negotiation-schema;create=true");
             Statement sql = connection.createStatement()) {
            new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection)))
                    .update(new Contexts(), new LabelExpression());
            connection.setAutoCommit(true);
            String negotiation = "INSERT INTO AGR_NEGOTIATION (NYE_METODER_ID, TITLE, VARENUMMER, PRODUCT_NAME,"
                    + " SUPPLIER_NAME, MAXIMUM_PRICE, INCREMENTAL_QALYS, OTHER_COSTS, PACKS_PER_YEAR, ABSOLUTE_SHORTFALL,"
                    + " RECEIVED_ON, STATUS, OPENED_BY, OPENED_AT, VERSION) VALUES ('ID2025_047', 'Nyvirk', '123456',"
                    + " 'Nyvirk 100 mg', 'Alfa', 60000.00, 0.8, 40000, 13, 22, DATE('2025-09-01'), 'OPEN', 'kari',"
                    + " CURRENT_TIMESTAMP, 1)";
            sql.executeUpdate(negotiation);
            assertThatThrownBy(() -> sql.executeUpdate(negotiation)).as("one per case")
                    .satisfies(violates(SqlStates.UNIQUE));
            String offer = "INSERT INTO AGR_NEGOTIATION_OFFER (NEGOTIATION_ID, OFFER_INDEX, ROUND_NUMBER, RECEIVED_ON,"
                    + " REBATE_PERCENT, NET_PRICE) VALUES ((SELECT ID FROM AGR_NEGOTIATION), %d, %d, DATE('2025-10-01'),"
                    + " %s, %s)";
            sql.executeUpdate(offer.formatted(0, 1, "10.00", "NULL"));
            sql.executeUpdate(offer.formatted(1, 2, "NULL", "47000.00"));
            assertThatThrownBy(() -> sql.executeUpdate(offer.formatted(2, 3, "10.00", "47000.00"))).as("not both")
                    .satisfies(violates(SqlStates.CHECK));
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:memory:negotiation-schema;drop=true").close();
            } catch (SQLException dropped) {
                // Derby answers a successful drop with an exception (SQLState 08006)
            }
        }
    }
}
