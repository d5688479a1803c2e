package no.lis.tender.identity.domain;

/** A readable stand-in for PBKDF2 in unit tests: the "hash" says which password it is of. */
public final class FakePasswordHashing implements PasswordHashing {

    @Override
    public String hash(String password) {
        return "hash of " + password;
    }

    @Override
    public boolean matches(String password, String storedHash) {
        return hash(password).equals(storedHash);
    }
}
