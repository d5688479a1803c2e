package no.lis.tender.shared.domain;

import java.util.Objects;

/**
 * Something a security officer must be able to trace and defend afterwards: an opening step, a
 * key unwrapped, a tampered ciphertext, a read of prices, a change of roles. Any context fires it
 * as a CDI event ({@code Event<SecurityEvent>}); the security log appends it to its hash chain in a
 * transaction of its own, so that the entry stays even when the action that raised it fails.
 *
 * @param kind    what happened
 * @param actor   the username that did it, or {@code "system"}
 * @param subject what it happened to, e.g. {@code "tender:42"}, {@code "offer:7"}, {@code "recommendation:3"}
 * @param detail  a short description for the log page (never a price, never offer content)
 */
public record SecurityEvent(Kind kind, String actor, String subject, String detail) {

    public static final String SYSTEM = "system";

    public enum Kind {
        OPENING_STARTED,
        OPENING_CONFIRMED,
        KEY_UNWRAPPED,
        KEY_ROTATED,
        TAMPER_DETECTED,
        RECEIPT_MISMATCH,
        PRICE_VIEW,
        ROLE_CHANGED,
        USER_CREATED,
        LOGIN_LOCKED,
        // login and API credentials (issue 10): an administrator lifts a lockout; a user issues or revokes an API token
        LOGIN_UNLOCKED,
        API_TOKEN_ISSUED,
        API_TOKEN_REVOKED,
        // user administration (issue 12): an administrator deactivates a user or lets her in again
        USER_DEACTIVATED,
        USER_REACTIVATED,
        // priced access on request (issue 12): granted or refused by a buyer or administrator, ended after its last day
        PRICE_ACCESS_GRANTED,
        PRICE_ACCESS_REFUSED,
        PRICE_ACCESS_EXPIRED,
        // supplier registration (issue 12): a company registers, its first user verifies her address, an
        // administrator approves it; its manager invites and deactivates colleagues; a password is reset by e-mail
        SUPPLIER_REGISTERED,
        EMAIL_VERIFIED,
        SUPPLIER_APPROVED,
        USER_INVITED,
        INVITATION_ACCEPTED,
        PASSWORD_RESET_REQUESTED,
        PASSWORD_RESET
    }

    public SecurityEvent {
        Objects.requireNonNull(kind, "kind");
        actor = actor == null || actor.isBlank() ? SYSTEM : actor;
        subject = subject == null ? "" : subject;
        detail = detail == null ? "" : detail;
    }

    /** {@code kind} done by {@code actor} to {@code subject}. */
    public static SecurityEvent of(Kind kind, String actor, String subject, String detail) {
        return new SecurityEvent(kind, actor, subject, detail);
    }
}
