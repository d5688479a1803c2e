package no.lis.tender.offers.infrastructure;

import no.lis.tender.shared.infrastructure.MappedNames;
import no.lis.tender.shared.infrastructure.SqlStates;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OpeningCheck;
import no.lis.tender.offers.domain.Receipt;
import no.lis.tender.offers.domain.SealedContent;
import no.lis.tender.offers.domain.TenderOpening;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static no.lis.tender.shared.infrastructure.SqlStates.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The change log of offers agrees with the JPA mapping, uses only what Derby and PostgreSQL share,
 * has no column that could hold a price in clear, and runs on Derby.
 */
class OffersSchemaTest {

    private static final String CHANGELOG = "db/changelog/offers.sql";
    private static final Set<String> PORTABLE_TYPES = Set.of("BIGINT", "VARCHAR", "INTEGER", "TIMESTAMP", "BOOLEAN",
            "${blob.type}");

    private static String changelog() throws IOException {
        try (InputStream in = OffersSchemaTest.class.getResourceAsStream("/" + CHANGELOG)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void changelogIsFormattedSqlInItsOwnChangeset() throws IOException {
        assertThat(changelog()).startsWith("--liquibase formatted sql\n").contains("--changeset lis:offers-1\n");
    }

    @Test
    void everyTableAndColumnTheMappingNamesIsCreated() throws IOException {
        Set<String> words = Pattern.compile("[A-Z0-9_]+").matcher(changelog()).results().map(MatchResult::group)
                .collect(Collectors.toSet());
        List<String> mapped = MappedNames.of(List.of(Offer.class, TenderOpening.class, Receipt.class,
                OpeningCheck.class, no.lis.tender.offers.domain.OfferAttachment.class,
                no.lis.tender.offers.domain.LotTally.class, TenderKey.class, SupplierKey.class))
                .stream().filter(name -> !name.isEmpty()).toList();
        assertThat(mapped).hasSizeGreaterThan(30);
        assertThat(words).containsAll(mapped);
    }

    @Test
    void everySealedContentOfAnOfferHasColumnsOfItsOwn() {
        Set<String> parts = Stream.of(SealedContent.class.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(Column.class)).map(Field::getName)
                .collect(Collectors.toSet());
        List<Field> embedded = Stream.of(Offer.class.getDeclaredFields())
                .filter(field -> field.getType() == SealedContent.class).toList();

        assertThat(embedded).extracting(Field::getName).containsExactlyInAnyOrder("draft", "submitted");
        embedded.forEach(field -> assertThat(Stream.of(field.getAnnotationsByType(AttributeOverride.class))
                .map(AttributeOverride::name)).as(field.getName()).containsExactlyInAnyOrderElementsOf(parts));
    }

    @Test
    void onlyTypesBothDatabasesShareAreUsedAndNoneCouldHoldAPrice() throws IOException {
        Pattern column = Pattern.compile("^ {4}(?!CONSTRAINT)[A-Z0-9_]+ (\\$\\{blob\\.type}|[A-Z]+)",
                Pattern.MULTILINE);
        Set<String> types = column.matcher(changelog()).results().map(m -> m.group(1)).collect(Collectors.toSet());

        assertThat(PORTABLE_TYPES).containsAll(types);
        assertThat(changelog()).doesNotContain("DECIMAL").doesNotContain("NUMERIC").doesNotContain("PRICE")
                .doesNotContain("CLOB").doesNotContain("\"");
    }

    @Test
    void theChangelogRunsOnDerbyAndItsBlobsKeepTheBytes() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:derby:memory:offers-schema;create=true")) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database);
            liquibase.setChangeLogParameter("blob.type", "BLOB");
            liquibase.update(new Contexts(), new LabelExpression());
            connection.setAutoCommit(true);

            byte[] sealed = {0, 1, 2, (byte) 0xff, 42};
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO OFR_OFFER (TENDER_ID, SUPPLIER_ID,"
                    + " STATUS, SUBMITTED_CIPHERTEXT, SUBMITTED_NONCE, SUBMITTED_KEY_ID, CREATED_AT, VERSION)"
                    + " VALUES (1, 11, 'SUBMITTED', ?, ?, 'k1', CURRENT_TIMESTAMP, 1)")) {
                insert.setBytes(1, sealed);
                insert.setBytes(2, new byte[12]);
                insert.executeUpdate();
            }
            try (Statement select = connection.createStatement();
                 ResultSet row = select.executeQuery("SELECT SUBMITTED_CIPHERTEXT FROM OFR_OFFER")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBytes(1)).isEqualTo(sealed);
            }
            assertThatThrownBy(() -> connection.createStatement().executeUpdate("INSERT INTO OFR_OFFER (TENDER_ID,"
                    + " SUPPLIER_ID, STATUS, CREATED_AT, VERSION) VALUES (1, 11, 'DRAFT', CURRENT_TIMESTAMP, 1)"))
                    .as("one offer per supplier and tender").satisfies(violates(SqlStates.UNIQUE));
            assertThatThrownBy(() -> connection.createStatement().executeUpdate("INSERT INTO OFR_OPENING (TENDER_ID,"
                    + " STARTED_BY, STARTED_AT, CONFIRMED_BY, VERSION)"
                    + " VALUES (1, 'kari', CURRENT_TIMESTAMP, 'kari', 1)"))
                    .as("two different buyers").satisfies(violates(SqlStates.CHECK));
        } finally {
            dropDerbyDatabase();
        }
    }

    private static void dropDerbyDatabase() {
        try {
            DriverManager.getConnection("jdbc:derby:memory:offers-schema;drop=true").close();
        } catch (SQLException dropped) {
            // Derby answers a successful drop with an exception (SQLState 08006)
        }
    }
}
