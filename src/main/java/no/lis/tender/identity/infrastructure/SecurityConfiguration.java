package no.lis.tender.identity.infrastructure;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import no.lis.tender.identity.domain.Role;

import java.util.List;

/**
 * Users and their roles are read from the application's own database. Passwords are checked
 * against PBKDF2 hashes ({@code algorithm:iterations:salt:hash}); no password is stored in clear.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/lis",
        callerQuery = "SELECT PASSWORD_HASH FROM IDN_USER WHERE USERNAME = ? AND ACTIVE = TRUE",
        groupsQuery = "SELECT R.ROLE_NAME FROM IDN_USER_ROLE R JOIN IDN_USER U ON U.ID = R.USER_ID "
                + "WHERE U.USERNAME = ? AND U.ACTIVE = TRUE",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                SecurityConfiguration.ITERATIONS,
                SecurityConfiguration.ALGORITHM,
                SecurityConfiguration.SALT_SIZE,
                SecurityConfiguration.KEY_SIZE})
@DeclareRoles({Role.BUYER_NAME, Role.SPECIALIST_NAME, Role.SUPPLIER_NAME, Role.PRICE_VIEWER_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class SecurityConfiguration {

    /** PBKDF2-HMAC-SHA256 work factor; about 60 ms per check on the 2-core reference machine. */
    public static final int PBKDF2_ITERATIONS = 210_000;

    static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=" + PBKDF2_ITERATIONS;
    static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

    /** The same parameters, for hashing a new password exactly as the login checks it. */
    static final List<String> PBKDF2_PARAMETERS = List.of(ITERATIONS, ALGORITHM, SALT_SIZE, KEY_SIZE);
}
