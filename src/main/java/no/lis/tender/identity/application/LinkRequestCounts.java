package no.lis.tender.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.LinkRequestThrottle;
import no.lis.tender.identity.domain.LockoutPolicy;
import no.lis.tender.shared.domain.DomainException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The {@link LinkRequestThrottle} of this server, counted in memory as the login throttle counts failed
 * logins ({@link FailureCounts}), except that every request for a link counts, not only failed ones: a
 * well-formed request is what costs a mail. Input refused as malformed is not counted (it mails nothing).
 * As with the login's address counts, each server counts the requests it receives, and a restart forgets.
 */
@ApplicationScoped
public class LinkRequestCounts implements LinkRequestThrottle {

    private final FailureCounts addresses;
    private final FailureCounts emails;
    private final Clock clock;

    @Inject
    public LinkRequestCounts(Clock clock) {
        this(clock, LockoutPolicy.LINKS_PER_ADDRESS, LockoutPolicy.LINKS_PER_EMAIL);
    }

    LinkRequestCounts(Clock clock, LockoutPolicy perAddress, LockoutPolicy perEmail) {
        this.clock = clock;
        this.addresses = perAddress == null ? null : new FailureCounts(perAddress);
        this.emails = perEmail == null ? null : new FailureCounts(perEmail);
    }

    /** For the CDI proxy. */
    protected LinkRequestCounts() {
        this(null, null, null);
    }

    @Override
    public void admit(String address, String email) {
        Instant now = clock.instant();
        String from = address == null ? "" : address;
        String to = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Duration wait = longer(addresses.waitFor(from, now), emails.waitFor(to, now));
        if (!wait.isZero()) {
            throw new DomainException(null, TOO_MANY, Math.max(1, (wait.toSeconds() + 59) / 60));
        }
        addresses.fail(from, now);
        emails.fail(to, now);
    }

    private static Duration longer(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }
}
