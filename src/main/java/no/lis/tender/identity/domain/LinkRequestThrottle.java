package no.lis.tender.identity.domain;

/**
 * Holds back requests that make the server mail a link to an address someone typed (a registration, a
 * password reset), so that the forms cannot be used to flood a mailbox or to make accounts in bulk:
 * counted per network address ({@link LockoutPolicy#LINKS_PER_ADDRESS}) and per e-mail address
 * ({@link LockoutPolicy#LINKS_PER_EMAIL}), whether the address belongs to an account or not, so the answer
 * tells nothing of who has one.
 */
public interface LinkRequestThrottle {

    /** The bundle key of the refusal; the API answers it with 429. */
    String TOO_MANY = "account.links.tooManyRequests";

    /**
     * Counts a request from {@code address} for a link to {@code email}, or refuses it.
     *
     * @throws no.lis.tender.shared.domain.DomainException {@value #TOO_MANY} with the minutes to wait, when
     *         either has asked too often; nothing is counted then
     */
    void admit(String address, String email);
}
