package no.lis.tender.shared.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SHA-256 over the master change log and every file it includes, in its order: equal stamps mean
 * the same change sets (issue 14: the server skips Liquibase when the database holds the stamp of its
 * own change log). Any edit of a change-log file, and any file added or removed, changes it.
 */
final class ChangeLogStamp {

    private static final Pattern INCLUDE = Pattern.compile("<include\\s+file=\"([^\"]+)\"");

    private ChangeLogStamp() {
    }

    /** The stamp of the change log {@code master} as {@code loader} finds it, 64 hexadecimal digits. */
    static String of(ClassLoader loader, String master) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] content = read(loader, master);
            add(digest, master, content);
            Matcher include = INCLUDE.matcher(new String(content, StandardCharsets.UTF_8));
            while (include.find()) {
                add(digest, include.group(1), read(loader, include.group(1)));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private static void add(MessageDigest digest, String name, byte[] content) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content);
    }

    private static byte[] read(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("change log file " + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
