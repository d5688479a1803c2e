package no.lis.tender.tendering.infrastructure;

import no.lis.tender.shared.infrastructure.MappedNames;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.CriterionTemplate;
import no.lis.tender.tendering.domain.EnvironmentJustification;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.Market;
import no.lis.tender.tendering.domain.QualificationRequirement;
import no.lis.tender.tendering.domain.Question;
import no.lis.tender.tendering.domain.Scale;
import no.lis.tender.tendering.domain.SubCriterion;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderLogEntry;
import no.lis.tender.tendering.domain.TimeLimitJustification;
import no.lis.tender.tendering.domain.Timeline;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The Liquibase change log and the JPA mapping of tendering agree, and the SQL runs on Derby and PostgreSQL alike. */
class TenderingSchemaTest {

    private static final Set<String> PORTABLE_TYPES = Set.of("BIGINT", "VARCHAR", "INTEGER", "DECIMAL", "DATE",
            "TIMESTAMP", "BOOLEAN");

    /** Tendering's change log, and the qualification requirements' and the price scenarios' in their own files after it. */
    private static String changelog() throws IOException {
        return read("/db/changelog/tendering.sql") + read("/db/changelog/qualification.sql")
                + read("/db/changelog/scenarios.sql");
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = TenderingSchemaTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void changelogIsFormattedSqlWithTheSchemaAndTheLibrarySeedInTheirOwnChangesets() throws IOException {
        String sql = changelog();

        assertThat(sql).startsWith("--liquibase formatted sql\n").contains("--changeset lis:tendering-1\n")
                .contains("--changeset lis:tendering-2\n");
        String seed = sql.substring(sql.indexOf("--changeset lis:tendering-2"), sql.indexOf("--changeset lis:tendering-3"));
        assertThat(seed).doesNotContain("CREATE");
    }

    @Test
    void everyTableAndColumnTheMappingNamesIsCreated() throws IOException {
        Set<String> words = Pattern.compile("[A-Z_]+").matcher(changelog()).results().map(MatchResult::group)
                .collect(Collectors.toSet());
        List<String> mapped = MappedNames.of(List.of(Tender.class, Lot.class, AwardCriterion.class,
                CriterionTemplate.class, Timeline.class, EnvironmentJustification.class, TenderLogEntry.class,
                SubCriterion.class, Market.class, Scale.class, Question.class, TimeLimitJustification.class,
                QualificationRequirement.class))
                .stream().filter(name -> !name.isEmpty()).toList();
        assertThat(mapped).hasSizeGreaterThan(60);
        assertThat(words).containsAll(mapped);
    }

    @Test
    void onlyTypesBothDatabasesShareAreUsed() throws IOException {
        Pattern column = Pattern.compile("^ {4}(?!CONSTRAINT)[A-Z_]+ ([A-Z]+)", Pattern.MULTILINE);
        Set<String> types = column.matcher(changelog()).results().map(m -> m.group(1)).collect(Collectors.toSet());

        assertThat(PORTABLE_TYPES).containsAll(types);
        assertThat(changelog()).doesNotContain("CLOB").doesNotContain("TEXT").doesNotContain("\"");
    }
}
