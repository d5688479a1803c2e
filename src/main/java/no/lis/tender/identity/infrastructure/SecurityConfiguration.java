package no.lis.tender.identity.infrastructure;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.identity.domain.Role;

import java.util.List;

/**
 * The roles of the application, and the PBKDF2 parameters of stored passwords
 * ({@code algorithm:iterations:salt:hash}); no password is stored in clear. Users and their roles
 * are read from the application's own database by {@code identity.application.LogIn}, called from
 * {@link LisAuthenticationMechanism}: not by a container identity store, whose check answered at
 * once for an unknown username (3 ms against 53 ms), which told an attacker which usernames exist,
 * and which knew nothing of lockouts.
 */
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
