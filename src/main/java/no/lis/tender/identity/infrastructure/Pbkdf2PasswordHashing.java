package no.lis.tender.identity.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import no.lis.tender.identity.domain.PasswordHashing;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The container's PBKDF2 (Jakarta Security), set up with the parameters of the identity store in
 * {@link SecurityConfiguration}, so that a hash made here is one the login accepts.
 */
@ApplicationScoped
public class Pbkdf2PasswordHashing implements PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void initialize() {
        Map<String, String> parameters = SecurityConfiguration.PBKDF2_PARAMETERS.stream()
                .map(parameter -> parameter.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
        pbkdf2.initialize(parameters);
    }

    @Override
    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    @Override
    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }
}
