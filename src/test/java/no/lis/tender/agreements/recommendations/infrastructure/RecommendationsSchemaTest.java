package no.lis.tender.agreements.recommendations.infrastructure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import no.lis.tender.agreements.adherence.domain.ConsumptionRecord;
import no.lis.tender.agreements.recommendations.domain.PriceViewRecord;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationLine;
import no.lis.tender.shared.infrastructure.SqlStates;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static no.lis.tender.shared.infrastructure.SqlStates.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The recommendations change log runs on Derby, creates every table and column the JPA mapping
 * names with the nullability and lengths it declares, and keeps its rules.
 */
class RecommendationsSchemaTest {

    private static final String CHANGELOG = "db/changelog/recommendations.sql";
    /** Issue 16 item 5: proposed versions, consumption per department (a file of its own, run after). */
    private static final String LATER_CHANGELOG = "db/changelog/implementation.sql";

    private static String changelog() throws Exception {
        try (InputStream in = RecommendationsSchemaTest.class.getResourceAsStream("/" + CHANGELOG)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Table name to the mapped columns of {@code type} (and of the element collection it holds). */
    private static Map<String, List<Column>> mapped() {
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        for (Class<?> type : List.of(Recommendation.class, PriceViewRecord.class, ConsumptionRecord.class)) {
            String table = type.getAnnotation(Table.class).name();
            tables.put(table, columns(type));
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(CollectionTable.class)) {
                    tables.put(field.getAnnotation(CollectionTable.class).name(), columns(RecommendationLine.class));
                }
            }
        }
        return tables;
    }

    /** The columns of {@code type}'s fields, and those an embedded value's overrides name (a stamp's BY and AT). */
    private static List<Column> columns(Class<?> type) {
        return java.util.Arrays.stream(type.getDeclaredFields())
                .flatMap(f -> f.isAnnotationPresent(Column.class) ? java.util.stream.Stream.of(f.getAnnotation(Column.class))
                        : java.util.Arrays.stream(f.getAnnotationsByType(jakarta.persistence.AttributeOverride.class))
                        .map(jakarta.persistence.AttributeOverride::column))
                .toList();
    }

    @Test
    void theChangelogIsOneChangesetOfPortableSql() throws Exception {
        String changelog = changelog();

        assertThat(changelog).startsWith("--liquibase formatted sql\n").contains("--changeset lis:recommendations-1\n");
        assertThat(changelog).doesNotContain("CLOB", "SERIAL", "AUTO_INCREMENT", "TEXT", "NUMERIC");
    }

    @Test
    void everyMappedColumnExistsWithItsNullabilityLengthAndScale() throws Exception {
        try (Connection connection = migrated("recommendations-mapping")) {
            Map<String, List<Column>> tables = mapped();
            assertThat(tables.keySet()).containsExactly("AGR_REC", "AGR_REC_LINE", "AGR_PRICE_VIEW", "AGR_CONSUMPTION");
            int checked = 0;
            for (Map.Entry<String, List<Column>> table : tables.entrySet()) {
                for (Column column : table.getValue()) {
                    try (ResultSet rs = connection.getMetaData().getColumns(null, null, table.getKey(), column.name())) {
                        assertThat(rs.next()).as(table.getKey() + "." + column.name()).isTrue();
                        boolean nullable = rs.getInt("NULLABLE") == java.sql.DatabaseMetaData.columnNullable;
                        String type = rs.getString("TYPE_NAME");
                        if (!List.of("ID", "VERSION").contains(column.name())) {
                            assertThat(nullable).as(table.getKey() + "." + column.name() + " nullable")
                                    .isEqualTo(column.nullable());
                        }
                        if (type.equals("VARCHAR")) {
                            assertThat(rs.getInt("COLUMN_SIZE")).as(table.getKey() + "." + column.name() + " length")
                                    .isEqualTo(column.length());
                        }
                        if (type.equals("DECIMAL")) {
                            assertThat(rs.getInt("COLUMN_SIZE")).as(column.name() + " precision").isEqualTo(column.precision());
                            assertThat(rs.getInt("DECIMAL_DIGITS")).as(column.name() + " scale").isEqualTo(column.scale());
                        }
                        checked++;
                    }
                }
            }
            assertThat(checked).isGreaterThan(40);
            try (ResultSet rs = connection.getMetaData().getColumns(null, null, "AGR_REC_LINE", "LINE_INDEX")) {
                assertThat(rs.next()).isTrue();
            }
            assertThat(Recommendation.class.getDeclaredField("lines").getAnnotation(OrderColumn.class).name())
                    .isEqualTo("LINE_INDEX");
        } finally {
            drop("recommendations-mapping");
        }
    }

    @Test
    void theRulesHoldInTheDatabase() throws Exception {
        try (Connection connection = migrated("recommendations-rules"); Statement sql = connection.createStatement()) {
            String rec = "INSERT INTO AGR_REC (THERAPEUTIC_AREA_ID, VERSION_NUMBER, STATUS, VALID_FROM, VALID_TO, CREATED_BY,"
                    + " CREATED_AT, APPROVED_BY, APPROVED_AT, PUBLISHED_BY, PUBLISHED_AT, VERSION)"
                    + " VALUES (7, %d, '%s', DATE('2026-03-01'), DATE('%s'), 'kari', CURRENT_TIMESTAMP, %s, %s, %s, %s, 1)";
            sql.executeUpdate(rec.formatted(1, "DRAFT", "2028-02-29", "NULL", "NULL", "NULL", "NULL"));
            assertThatThrownBy(() -> sql.executeUpdate(rec.formatted(1, "DRAFT", "2028-02-29", "NULL", "NULL", "NULL",
                    "NULL"))).as("one row per area and version").satisfies(violates(SqlStates.UNIQUE));
            assertThatThrownBy(() -> sql.executeUpdate(rec.formatted(2, "DRAFT", "2026-02-01", "NULL", "NULL", "NULL",
                    "NULL"))).as("validity in order").satisfies(violates(SqlStates.CHECK));
            assertThatThrownBy(() -> sql.executeUpdate(rec.formatted(3, "PUBLISHED", "2028-02-29", "'siri'",
                    "CURRENT_TIMESTAMP", "NULL", "NULL"))).as("a published version says by whom")
                    .satisfies(violates(SqlStates.CHECK));
            sql.executeUpdate(rec.formatted(4, "PUBLISHED", "2028-02-29", "'siri'", "CURRENT_TIMESTAMP", "'kari'",
                    "CURRENT_TIMESTAMP"));
            String line = "INSERT INTO AGR_REC_LINE (RECOMMENDATION_ID, LINE_INDEX, INDICATION, CHOICE_RANK, PRODUCT_NAME,"
                    + " VARENUMMER, SUPPLIER_NAME, PRICE_PER_PACK, PRICE_PER_PERIOD, PERIOD_DAYS)"
                    + " VALUES (1, %d, 'RA', %d, 'Hyrimoz', '123456', 'Sandoz', 8390.00, %s, %s)";
            sql.executeUpdate(line.formatted(0, 1, "NULL", "NULL"));
            assertThatThrownBy(() -> sql.executeUpdate(line.formatted(1, 0, "NULL", "NULL"))).as("rank from 1")
                    .satisfies(violates(SqlStates.CHECK));
            assertThatThrownBy(() -> sql.executeUpdate(line.formatted(2, 1, "8516.00", "NULL")))
                    .as("a period price has its days").satisfies(violates(SqlStates.CHECK));
            String view = "INSERT INTO AGR_PRICE_VIEW (USERNAME, RECOMMENDATION_ID, THERAPEUTIC_AREA_ID, VERSION_NUMBER,"
                    + " CHANNEL, VIEWED_AT, VERSION) VALUES ('per', %d, 7, 1, '%s', CURRENT_TIMESTAMP, 1)";
            sql.executeUpdate(view.formatted(1, "PDF"));
            assertThatThrownBy(() -> sql.executeUpdate(view.formatted(1, "EMAIL"))).satisfies(violates(SqlStates.CHECK));
            assertThatThrownBy(() -> sql.executeUpdate(view.formatted(999, "PAGE"))).as("of a known version")
                    .satisfies(violates(SqlStates.FOREIGN_KEY));
            String use = "INSERT INTO AGR_CONSUMPTION (HOSPITAL_TRUST, VARENUMMER, CONSUMPTION_MONTH, PACKS, IMPORTED_BY,"
                    + " IMPORTED_AT, VERSION) VALUES ('Helse Bergen HF', '123456', DATE('2026-03-01'), %s, 'kari',"
                    + " CURRENT_TIMESTAMP, 1)";
            sql.executeUpdate(use.formatted("12.5"));
            assertThatThrownBy(() -> sql.executeUpdate(use.formatted("3"))).as("one per trust, drug and month")
                    .satisfies(violates(SqlStates.UNIQUE));
        } finally {
            drop("recommendations-rules");
        }
    }

    private static Connection migrated(String name) throws Exception {
        Connection connection = DriverManager.getConnection("jdbc:derby:memory:" + name + ";create=true");
        // the later change sets on the same tables, kept in their own files (issue 16 items 4 and 5)
        for (String changelog : List.of(CHANGELOG, "db/changelog/recommendation-markets.sql", LATER_CHANGELOG)) {
            Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(),
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)));
            liquibase.update(new Contexts(), new LabelExpression());
        }
        connection.setAutoCommit(true);
        return connection;
    }

    private static void drop(String name) {
        try {
            DriverManager.getConnection("jdbc:derby:memory:" + name + ";drop=true").close();
        } catch (SQLException dropped) {
            // Derby answers a successful drop with an exception (SQLState 08006)
        }
    }
}
