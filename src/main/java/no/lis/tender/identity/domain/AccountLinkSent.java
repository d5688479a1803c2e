package no.lis.tender.identity.domain;

/**
 * A link with an {@link AccountToken} is to be mailed to a user: notification writes the mail into its
 * outbox in the same transaction. The secret travels only in this event and the mail; the token table
 * holds its hash.
 *
 * @param purpose  what the link is for (and which page it opens)
 * @param username who it is for
 * @param fullName her name, for the greeting
 * @param email    where it goes
 * @param secret   the token, to be put in the link
 * @param about    what it concerns, for the mail's text: the company's name (registration, invitation) or empty
 */
public record AccountLinkSent(AccountToken.Purpose purpose, String username, String fullName, String email,
                              String secret, String about) {

    @Override
    public String toString() {
        return "AccountLinkSent[" + purpose + " to " + username + "]";
    }
}
