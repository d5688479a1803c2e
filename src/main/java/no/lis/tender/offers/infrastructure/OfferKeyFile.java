package no.lis.tender.offers.infrastructure;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * The file that holds the key offers are sealed with: one line, the 256-bit AES key in Base64.
 * If the file does not exist it is created once, with a new random key, readable and writable by
 * its owner only where the file system has POSIX permissions.
 */
final class OfferKeyFile {

    static final int KEY_BYTES = 32;
    private static final FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final Logger LOG = Logger.getLogger(OfferKeyFile.class.getName());

    private OfferKeyFile() {
    }

    /** The key in {@code file}, created first if there is no such file. */
    static SecretKey loadOrCreate(Path file) {
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException("The offer key file " + file + " must hold a " + KEY_BYTES * 8
                        + "-bit key in Base64; it holds " + key.length * 8 + " bits");
            }
            return new SecretKeySpec(key, "AES");
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The offer key file " + file + " does not hold Base64", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The offer key file " + file + " cannot be read", e);
        }
    }

    /** Writes a new random key; if another process got there first, its key stands. */
    private static void create(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix ? new FileAttribute<?>[]{OWNER_ONLY} : new FileAttribute<?>[0];
        try {
            Files.createFile(file, ownerOnly);
        } catch (FileAlreadyExistsException e) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        LOG.warning(() -> "Created a new key for sealing offers in " + file + (posix ? " (rw-------)" : "")
                + ". Back it up and keep it apart from database backups: sealed offers cannot be opened without it."
                + " Servers sharing one database must all be given this same file.");
    }
}
