package no.lis.tender.offers.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Where the master key lives and how it is read: one line, a 256-bit key in Base64, in a file of
 * its own outside the database and outside the server's output folder (which also holds the Derby
 * database, its logs and what a runnable jar packs), readable by the server's user only.
 */
final class MasterKeyFile {

    /** The MicroProfile Config property (environment variable {@code LIS_OFFER_MASTERKEY}) naming the file. */
    static final String PROPERTY = "lis.offer.masterkey";
    /** The file of the master key being retired by a rotation ({@code LIS_OFFER_MASTERKEY_PREVIOUS}). */
    static final String PREVIOUS_PROPERTY = "lis.offer.masterkey.previous";

    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final Logger LOG = Logger.getLogger(MasterKeyFile.class.getName());

    private MasterKeyFile() {
    }

    /**
     * The master key file: the one configured, or, for a demo or test server only ({@code demo}),
     * {@code .lis-tender/offer-master.key} in the user's home. Never inside the server's output
     * folder, where one copy would take the database and its key together.
     */
    static Path location(Optional<String> configured, Optional<String> serverOutputDir, boolean demo, String userHome) {
        Path file = configured.filter(path -> !path.isBlank()).map(Path::of)
                .or(() -> demo ? Optional.of(Path.of(userHome, ".lis-tender", "offer-master.key")) : Optional.empty())
                .orElseThrow(() -> new IllegalStateException("Set " + PROPERTY + " (environment variable LIS_OFFER_MASTERKEY)"
                        + " to the file of the master key that seals offers, outside the server's output folder;"
                        + " see docs/operations.md"))
                .toAbsolutePath().normalize();
        serverOutputDir.map(dir -> Path.of(dir).toAbsolutePath().normalize()).filter(file::startsWith).ifPresent(dir -> {
            throw new IllegalStateException("The offer master key " + file + " lies inside the server's output folder "
                    + dir + ", beside the database: put it elsewhere (" + PROPERTY + ")");
        });
        return file;
    }

    /**
     * The key in {@code file}; if there is no such file and {@code create}, a new random key is
     * written there first, readable by its owner only. Refused if the file is readable by group or
     * others (where the file system has POSIX permissions) or does not hold a 256-bit key.
     */
    static byte[] read(Path file, boolean create) {
        try {
            if (Files.notExists(file)) {
                if (!create) {
                    throw new IllegalStateException("There is no offer master key at " + file + " (" + PROPERTY
                            + "); create one as described in docs/operations.md");
                }
                create(file);
            }
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (permissions.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
                    throw new IllegalStateException("The offer master key " + file + " is open to others ("
                            + PosixFilePermissions.toString(permissions) + "): make it readable by the server's user"
                            + " only (chmod 600)");
                }
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length != Aead.KEY_BYTES) {
                throw new IllegalStateException("The offer master key file " + file + " must hold a "
                        + Aead.KEY_BYTES * 8 + "-bit key in Base64; it holds " + key.length * 8 + " bits");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The offer master key file " + file + " does not hold Base64", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The offer master key file " + file + " cannot be read", e);
        }
    }

    /** Writes a new random key; if another process got there first, its key stands. */
    private static void create(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        Files.createDirectories(folder, posix ? new FileAttribute<?>[]{
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))} : new FileAttribute<?>[0]);
        try {
            Files.createFile(file, posix ? new FileAttribute<?>[]{OWNER_ONLY} : new FileAttribute<?>[0]);
        } catch (FileAlreadyExistsException e) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(Aead.randomKey()) + "\n", StandardCharsets.US_ASCII);
        LOG.warning(() -> "Created a new master key for sealing offers in " + file + (posix ? " (rw-------)" : "")
                + ". Back it up apart from database backups: sealed offers cannot be opened without it."
                + " Servers sharing one database must all be given this same file.");
    }
}
