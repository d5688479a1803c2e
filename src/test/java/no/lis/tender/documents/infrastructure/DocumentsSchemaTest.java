package no.lis.tender.documents.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Table;
import no.lis.tender.documents.domain.DocumentContent;
import no.lis.tender.documents.domain.DocumentDownload;
import no.lis.tender.documents.domain.DocumentKind;
import no.lis.tender.documents.domain.Notice;
import no.lis.tender.documents.domain.TenderDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The Liquibase change log and the JPA mapping of documents agree, in SQL that Derby and PostgreSQL both run. */
class DocumentsSchemaTest {

    private static String changelog() throws IOException {
        try (InputStream in = DocumentsSchemaTest.class.getResourceAsStream("/db/changelog/documents.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void changelogIsFormattedSqlInChangesetsOfItsOwn() throws IOException {
        assertThat(changelog()).startsWith("--liquibase formatted sql\n").contains("--changeset lis:documents-1\n");
    }

    @Test
    void everyTableAndColumnTheMappingNamesIsCreated() throws IOException {
        Set<String> words = Pattern.compile("[A-Z0-9_]+").matcher(changelog()).results().map(MatchResult::group)
                .collect(Collectors.toSet());
        List<String> tables = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (Class<?> type : List.of(TenderDocument.class, DocumentContent.class, DocumentDownload.class, Notice.class)) {
            tables.add(type.getAnnotation(Table.class).name());
            for (Class<?> mapped = type; mapped != Object.class; mapped = mapped.getSuperclass()) {
                for (Field field : mapped.getDeclaredFields()) {
                    if (field.isAnnotationPresent(Column.class)) {
                        columns.add(field.getAnnotation(Column.class).name());
                    }
                    for (jakarta.persistence.AttributeOverride override
                            : field.getAnnotationsByType(jakarta.persistence.AttributeOverride.class)) {
                        columns.add(override.column().name());
                    }
                }
            }
        }

        assertThat(tables).allMatch(name -> name.startsWith("DOC_"));
        assertThat(columns).hasSize(14 + 2 + 6 + 9);
        assertThat(words).containsAll(tables).containsAll(columns);
    }

    @Test
    void everyKindMayBeStored() throws IOException {
        String sql = changelog();

        assertThat(Arrays.stream(DocumentKind.values())).allMatch(kind -> sql.contains("'" + kind.name() + "'"));
    }

    @Test
    void onlyTypesBothDatabasesShareAreUsedAndTheBytesTakeTheTypeOfEach() throws IOException {
        Pattern column = Pattern.compile("^ {4}(?!CONSTRAINT)[A-Z0-9_]+ ([^\\s,(]+)", Pattern.MULTILINE);
        Set<String> types = column.matcher(changelog()).results().map(m -> m.group(1)).collect(Collectors.toSet());

        assertThat(types).containsExactlyInAnyOrder("BIGINT", "VARCHAR", "INTEGER", "TIMESTAMP", "${blob.type}");
        assertThat(changelog()).doesNotContain("CLOB").doesNotContain("TEXT").doesNotContain("\"");
    }
}
