package no.lis.tender.shared.application;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An unexpected failure, told apart from the others: the user sees only a short incident id, the
 * log has the id with the whole failure (stack trace, SQL, class names), so that support can find
 * one from the other and the user learns nothing of the inside of the application.
 */
public final class Incidents {

    private static final Logger LOG = Logger.getLogger(Incidents.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Eight upper-case hexadecimal digits with a dash in the middle, e.g. {@code 3F9A-07C2}. */
    public static final String FORMAT = "[0-9A-F]{4}-[0-9A-F]{4}";

    private Incidents() {
    }

    /** Logs {@code failure} under a new incident id, with {@code where} it happened (a method and path), and returns the id. */
    public static String report(Throwable failure, String where) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().withUpperCase().formatHex(bytes);
        String id = hex.substring(0, 4) + "-" + hex.substring(4);
        LOG.log(Level.SEVERE, "Incident " + id + " at " + where, failure);
        return id;
    }
}
