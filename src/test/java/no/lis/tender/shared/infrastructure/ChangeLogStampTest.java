package no.lis.tender.shared.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeLogStampTest {

    @TempDir
    Path dir;

    @Test
    void theApplicationsChangeLogHasAStableStamp() {
        ClassLoader loader = DatabaseMigration.class.getClassLoader();
        String stamp = ChangeLogStamp.of(loader, DatabaseMigration.CHANGELOG);
        assertThat(stamp).matches("[0-9a-f]{64}").isEqualTo(ChangeLogStamp.of(loader, DatabaseMigration.CHANGELOG));
    }

    @Test
    void anEditedIncludedFileOrANewIncludeChangesTheStamp() throws IOException {
        write("log/context.sql", "--changeset lis:a-1\nCREATE TABLE A (ID INTEGER);\n");
        write("log/master.xml", "<databaseChangeLog><include file=\"log/context.sql\"/></databaseChangeLog>");
        String before = stamp();

        write("log/context.sql", "--changeset lis:a-1\nCREATE TABLE A (ID BIGINT);\n");
        String edited = stamp();
        write("log/other.sql", "--changeset lis:b-1\nCREATE TABLE B (ID INTEGER);\n");
        write("log/master.xml", "<databaseChangeLog><include file=\"log/context.sql\"/>"
                + "<include file=\"log/other.sql\"/></databaseChangeLog>");

        assertThat(edited).isNotEqualTo(before);
        assertThat(stamp()).isNotEqualTo(edited).isNotEqualTo(before);
    }

    @Test
    void aMissingIncludedFileIsRefusedByName() throws IOException {
        write("log/master.xml", "<databaseChangeLog><include file=\"log/gone.sql\"/></databaseChangeLog>");
        assertThatThrownBy(this::stamp).hasMessageContaining("log/gone.sql");
    }

    private String stamp() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            return ChangeLogStamp.of(loader, "log/master.xml");
        }
    }

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
