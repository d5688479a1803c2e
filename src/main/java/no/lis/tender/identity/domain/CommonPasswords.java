package no.lis.tender.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bundled list of common passwords and patterns ({@code common-passwords.txt} beside this class's
 * package: keyboard walks, repeated digits, a word with a year or a season), which NIST SP 800-63B asks a
 * verifier to refuse. Compared without case, so {@code Sommer2026!} is as common as {@code sommer2026!}.
 */
public final class CommonPasswords {

    private static final String RESOURCE = "/no/lis/tender/identity/common-passwords.txt";
    private static final Set<String> LIST = load();

    private CommonPasswords() {
    }

    public static boolean includes(String password) {
        return password != null && LIST.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    static int size() {
        return LIST.size();
    }

    private static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
