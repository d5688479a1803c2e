package no.lis.tender.offers.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Where the master key lives and what a server accepts as its file. */
class MasterKeyFileTest {

    @TempDir
    Path folder;

    @Test
    void theConfiguredFileIsUsed() {
        assertThat(MasterKeyFile.location(Optional.of("/etc/lis/offer-master.key"), Optional.of("/srv/wlp/servers/lis"),
                false, "/home/lis")).isEqualTo(Path.of("/etc/lis/offer-master.key"));
    }

    @Test
    void aKeyInsideTheServersOutputFolderBesideTheDatabaseIsRefused() {
        assertThatThrownBy(() -> MasterKeyFile.location(Optional.of("/srv/wlp/servers/lis/resources/security/x.key"),
                Optional.of("/srv/wlp/servers/lis"), true, "/home/lis"))
                .hasMessageContaining("output folder").hasMessageContaining(MasterKeyFile.PROPERTY);
        assertThatThrownBy(() -> MasterKeyFile.location(Optional.of("/srv/wlp/servers/lis/../lis/databases/k"),
                Optional.of("/srv/wlp/servers/lis/"), true, "/home/lis")).hasMessageContaining("output folder");
    }

    @Test
    void onlyADemoOrTestServerGetsADefaultAndItIsInTheUsersHome() {
        assertThat(MasterKeyFile.location(Optional.empty(), Optional.of("/srv/wlp/servers/lis"), true, "/home/lis"))
                .isEqualTo(Path.of("/home/lis/.lis-tender/offer-master.key"));
        assertThatThrownBy(() -> MasterKeyFile.location(Optional.empty(), Optional.of("/srv/wlp/servers/lis"), false,
                "/home/lis")).hasMessageContaining("LIS_OFFER_MASTERKEY");
    }

    @Test
    void theTestServersKeyIsNotInTheFolderOfItsDatabase() throws IOException {
        Properties bootstrap = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/test/liberty/bootstrap.properties"))) {
            bootstrap.load(in);
        }
        String build = Path.of("target").toAbsolutePath().toString();
        String configured = bootstrap.getProperty(MasterKeyFile.PROPERTY).replace("${project.build.directory}", build)
                .replace("${it.server.name}", "lisTest");
        String serverOutput = build + "/liberty/wlp/usr/servers/lisTest";

        Path key = MasterKeyFile.location(Optional.of(configured), Optional.of(serverOutput), true, "/home/lis");
        assertThat(key.startsWith(Path.of(serverOutput))).isFalse();
        assertThat(key.startsWith(Path.of(build))).as("removed by mvn clean with the test database").isTrue();
    }

    @Test
    void aMissingFileIsCreatedOnceOwnerOnlyWhenAllowedAndKeptAfterwards() throws IOException {
        Path file = folder.resolve("keys/offer-master.key");
        byte[] key = MasterKeyFile.read(file, true);

        assertThat(key).hasSize(32);
        assertThat(MasterKeyFile.read(file, true)).isEqualTo(key);
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void aMissingFileIsNotMadeUpOnAProductionServer() {
        assertThatThrownBy(() -> MasterKeyFile.read(folder.resolve("none.key"), false))
                .hasMessageContaining("none.key").hasMessageContaining("docs/operations.md");
    }

    @Test
    void aFileOthersCanReadIsRefused() throws IOException {
        assumeThat(folder.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path file = Files.writeString(folder.resolve("open.key"), Base64.getEncoder().encodeToString(new byte[32]));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> MasterKeyFile.read(file, false)).hasMessageContaining("chmod 600");
    }

    @Test
    void aFileWithoutA256BitKeyIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("short.key"), Base64.getEncoder().encodeToString(new byte[16]));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> MasterKeyFile.read(file, false)).hasMessageContaining("256-bit");
    }
}
