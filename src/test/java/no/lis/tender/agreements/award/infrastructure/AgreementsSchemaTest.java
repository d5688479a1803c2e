package no.lis.tender.agreements.award.infrastructure;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardLetter;
import no.lis.tender.agreements.award.domain.AwardResult;
import no.lis.tender.agreements.award.domain.Complaint;
import no.lis.tender.agreements.award.domain.LotAward;
import no.lis.tender.agreements.framework.domain.AgreementOption;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.Shortage;
import no.lis.tender.agreements.framework.domain.StockReport;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementLine;
import no.lis.tender.shared.infrastructure.MappedNames;
import no.lis.tender.shared.infrastructure.SqlStates;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static no.lis.tender.shared.infrastructure.SqlStates.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The change log of awards and agreements agrees with the JPA mapping and runs on Derby, keeping its rules. */
class AgreementsSchemaTest {

    private static final String CHANGELOG = "db/changelog/agreements.sql";

    /** Supply security (issue 16 item 6) adds to the framework agreement and has its own tables. */
    private static final String SUPPLY_CHANGELOG = "db/changelog/supply.sql";

    private static String changelog() throws Exception {
        return read(CHANGELOG);
    }

    private static String read(String file) throws Exception {
        try (InputStream in = AgreementsSchemaTest.class.getResourceAsStream("/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyTableAndColumnTheMappingNamesIsCreated() throws Exception {
        String changelog = changelog();
        assertThat(changelog).startsWith("--liquibase formatted sql\n").contains("--changeset lis:agreements-1\n");
        Set<String> words = Pattern.compile("[A-Z0-9_]+").matcher(changelog + read(SUPPLY_CHANGELOG)).results()
                .map(MatchResult::group)
                .collect(Collectors.toSet());
        List<String> mapped = MappedNames.of(List.of(AwardDecision.class, LotAward.class, AwardResult.class,
                Complaint.class, AwardLetter.class, FrameworkAgreement.class, FrameworkAgreementLine.class,
                AgreementOption.class, DirectAgreement.class, StockReport.class, Shortage.class));
        assertThat(mapped).hasSizeGreaterThan(70).doesNotContain("");
        assertThat(words).containsAll(mapped);
    }

    @Test
    void theChangelogRunsOnDerbyAndADirectAgreementHasAPriceOrARebateNotBoth() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:derby:memory:agreements-schema;create=true")) {
            Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(),
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)));
            liquibase.setChangeLogParameter("blob.type", "BLOB");
            liquibase.update(new Contexts(), new LabelExpression());
            connection.setAutoCommit(true);
            String insert = "INSERT INTO AGR_DIRECT_AGREEMENT (NYE_METODER_ID, SUPPLIER_ID, SUPPLIER_NAME, VARENUMMER,"
                    + " PRODUCT_NAME, MAXIMUM_PRICE, AGREED_PRICE, REBATE_PERCENT, VALID_FROM, VALID_TO, CONCLUDED_BY,"
                    + " CONCLUDED_AT, VERSION) VALUES ('ID2025_047', 1, 'Alfa', '123456', 'Nyvirk', 1000.00, %s, %s,"
                    + " DATE('2026-02-01'), DATE('2027-01-31'), 'kari.buyer', CURRENT_TIMESTAMP, 1)";
            connection.createStatement().executeUpdate(insert.formatted("900.00", "NULL"));
            connection.createStatement().executeUpdate(insert.formatted("NULL", "27.50"));
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(insert.formatted("900.00", "10.00")))
                    .as("not both").satisfies(violates(SqlStates.CHECK));
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(insert.formatted("NULL", "NULL")))
                    .as("not neither").satisfies(violates(SqlStates.CHECK));
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(insert.formatted("1000.01", "NULL")))
                    .as("not above the maximum price").satisfies(violates(SqlStates.CHECK));
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:memory:agreements-schema;drop=true").close();
            } catch (SQLException dropped) {
                // Derby answers a successful drop with an exception (SQLState 08006)
            }
        }
    }
}
