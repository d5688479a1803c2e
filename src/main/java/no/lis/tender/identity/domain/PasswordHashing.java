package no.lis.tender.identity.domain;

/**
 * Turns a password into the hash that is stored ({@code algorithm:iterations:salt:hash}), and checks
 * a password against a stored hash, with the same algorithm and work factor as the login.
 */
public interface PasswordHashing {

    String hash(String password);

    boolean matches(String password, String storedHash);
}
