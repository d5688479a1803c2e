package no.lis.tender.identity.application;

import no.lis.tender.identity.domain.LoginHold;

import java.time.Duration;

/** What became of a login attempt with a username and a password. */
public sealed interface LoginResult {

    /** The password was right: the request is made by {@code caller}. */
    record Success(Caller caller) implements LoginResult {
    }

    /**
     * The password was right, but she may not log in yet: her address is not verified, or her company
     * awaits approval. Only a right password is told this, so it reveals nothing to a guesser.
     */
    record Held(LoginHold hold) implements LoginResult {
    }

    /** Wrong username or password; the answer does not say which. */
    record Refused() implements LoginResult {
    }

    /**
     * Too many failed attempts, on the account or from the address: nothing was checked, and
     * nothing will be before {@code retryAfter} has passed.
     */
    record Throttled(Duration retryAfter) implements LoginResult {

        /** The wait in whole seconds, at least one (for {@code Retry-After}). */
        public long seconds() {
            return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        }

        /** The bundle key that tells how long to wait: in seconds, or from two minutes on in minutes. */
        public String messageKey() {
            return seconds() < 120 ? "login.throttled.seconds" : "login.throttled.minutes";
        }

        /** The number for {@link #messageKey()}: seconds, or minutes rounded up. */
        public long amount() {
            return seconds() < 120 ? seconds() : (seconds() + 59) / 60;
        }
    }
}
