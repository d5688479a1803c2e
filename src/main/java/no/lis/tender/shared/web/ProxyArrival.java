package no.lis.tender.shared.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The instant a trusted reverse proxy took a request in, before the request waited in this server's
 * queue for a thread: under a deadline rush that wait can last longer than the last second before the
 * deadline. The proxy stamps header {@value #STAMP} ({@code t=1765100000.123}, nginx's {@code $msec}; or
 * whole seconds, milliseconds or microseconds since the epoch, told apart by their size, as Apache's
 * {@code %t} gives them) and sends the secret shared with this server in {@value #SECRET}; a stamp without
 * that secret is anyone's word and does not count. A stamp later than the server's clock counts as now
 * (nothing arrives in the future), and one older than {@link #MAX_AGE} is not believed (a proxy's clock
 * gone wrong, or a stamp replayed): the server's own arrival counts then. Off while no secret is set.
 */
public final class ProxyArrival {

    public static final String STAMP = "X-Request-Start";
    public static final String SECRET = "X-Lis-Proxy-Secret";
    /** The longest a request may have waited between the proxy and this server for its stamp to count. */
    public static final Duration MAX_AGE = Duration.ofSeconds(30);

    private static final Pattern SECONDS_WITH_FRACTION = Pattern.compile("\\d{1,12}\\.\\d{1,9}");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,18}");
    private static final long MILLIS_FROM = 100_000_000_000L;        // 1973 in ms; year 5138 in seconds
    private static final long MICROS_FROM = 100_000_000_000_000L;    // 1973 in µs; year 5138 in ms

    private final byte[] secret;

    /** With the secret shared with the proxy; blank turns the stamp off. */
    public ProxyArrival(String secret) {
        this.secret = secret == null || secret.isBlank() ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
    }

    public boolean isOn() {
        return secret.length > 0;
    }

    /**
     * The proxy's arrival for a request that carries {@code stamp} and {@code givenSecret}, judged at
     * {@code now} by the server's clock; empty where it does not count.
     */
    public Optional<Instant> of(String stamp, String givenSecret, Instant now) {
        if (!isOn() || stamp == null || givenSecret == null
                || !MessageDigest.isEqual(secret, givenSecret.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return parse(stamp).filter(at -> !at.isBefore(now.minus(MAX_AGE)))
                .map(at -> at.isAfter(now) ? now : at);
    }

    /** {@code t=} and a number as described above, or empty. */
    static Optional<Instant> parse(String stamp) {
        String value = stamp.strip();
        if (value.startsWith("t=")) {
            value = value.substring(2);
        }
        if (SECONDS_WITH_FRACTION.matcher(value).matches()) {
            BigDecimal seconds = new BigDecimal(value);
            long whole = seconds.longValue();
            return Optional.of(Instant.ofEpochSecond(whole,
                    seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue()));
        }
        if (!WHOLE.matcher(value).matches()) {
            return Optional.empty();
        }
        long number = Long.parseLong(value);
        if (number >= MICROS_FROM) {
            return Optional.of(Instant.ofEpochSecond(number / 1_000_000, number % 1_000_000 * 1_000));
        }
        return Optional.of(number >= MILLIS_FROM ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number));
    }
}
