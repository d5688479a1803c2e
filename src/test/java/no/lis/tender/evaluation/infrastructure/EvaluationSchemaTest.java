package no.lis.tender.evaluation.infrastructure;

import no.lis.tender.shared.infrastructure.MappedNames;
import no.lis.tender.shared.infrastructure.SqlStates;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import no.lis.tender.evaluation.domain.ConsensusScore;
import no.lis.tender.evaluation.domain.ImpartialityDeclaration;
import no.lis.tender.evaluation.domain.TenderEvaluation;
import no.lis.tender.evaluation.domain.MemberScoreSheet;
import no.lis.tender.evaluation.domain.Qualification;
import no.lis.tender.evaluation.domain.SubCriterionScore;
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

/** The change log of evaluation agrees with the JPA mapping and runs on Derby, keeping its rules. */
class EvaluationSchemaTest {

    private static final String CHANGELOG = "db/changelog/evaluation.sql";

    private static String changelog() throws Exception {
        try (InputStream in = EvaluationSchemaTest.class.getResourceAsStream("/" + CHANGELOG)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyTableAndColumnTheMappingNamesIsCreated() throws Exception {
        String changelog = changelog();
        assertThat(changelog).startsWith("--liquibase formatted sql\n").contains("--changeset lis:evaluation-1\n");
        // the buyer's scenario choices (issue 16 item 3) are in the price scenarios' own file, the
        // ranking's pages (issue 14) in theirs
        String scenarios = "";
        for (String file : List.of("/db/changelog/scenarios.sql", "/db/changelog/ranking-pages.sql")) {
            try (InputStream in = EvaluationSchemaTest.class.getResourceAsStream(file)) {
                scenarios += new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        Set<String> words = Pattern.compile("[A-Z0-9_]+").matcher(changelog + scenarios).results().map(MatchResult::group)
                .collect(Collectors.toSet());
        List<String> mapped = MappedNames.of(List.of(ImpartialityDeclaration.class, MemberScoreSheet.class,
                SubCriterionScore.class, Qualification.class, ConsensusScore.class, TenderEvaluation.class,
                RankingPage.class));
        assertThat(mapped).hasSizeGreaterThan(45);
        assertThat(words).containsAll(mapped);
    }

    @Test
    void theChangelogRunsOnDerbyAndKeepsOneDeclarationAndOneSheetPerMember() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:derby:memory:evaluation-schema;create=true")) {
            Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(),
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)));
            liquibase.update(new Contexts(), new LabelExpression());
            connection.setAutoCommit(true);
            String declaration = "INSERT INTO EVA_IMPARTIALITY (TENDER_ID, MEMBER_USERNAME, IMPARTIAL, TIES,"
                    + " DECLARED_AT, VERSION) VALUES (1, 'siri', %s, %s, CURRENT_TIMESTAMP, 1)";
            connection.createStatement().executeUpdate(declaration.formatted("TRUE", "NULL"));
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(declaration.formatted("TRUE", "NULL")))
                    .as("one declaration per tender and member").satisfies(violates(SqlStates.UNIQUE));
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(
                    declaration.replace("'siri'", "'per'").formatted("FALSE", "NULL")))
                    .as("a conflict describes its ties").satisfies(violates(SqlStates.CHECK));
            String sheet = "INSERT INTO EVA_SCORE_SHEET (TENDER_ID, OFFER_ID, MEMBER_USERNAME, STATUS, SUBMITTED_AT,"
                    + " VERSION) VALUES (1, 21, '%s', '%s', %s, 1)";
            connection.createStatement().executeUpdate(sheet.formatted("siri", "DRAFT", "NULL"));
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(sheet.formatted("siri", "DRAFT",
                    "NULL"))).as("one sheet per offer and member").satisfies(violates(SqlStates.UNIQUE));
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(sheet.formatted("per", "SUBMITTED",
                    "NULL"))).as("a submitted sheet says when").satisfies(violates(SqlStates.CHECK));
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:memory:evaluation-schema;drop=true").close();
            } catch (SQLException dropped) {
                // Derby answers a successful drop with an exception (SQLState 08006)
            }
        }
    }
}
