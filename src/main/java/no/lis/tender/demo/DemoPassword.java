package no.lis.tender.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.PasswordHashing;
import no.lis.tender.identity.domain.PublishedPasswords;

/**
 * The demo password is in the README, so no real account may have it. Checked against a demo
 * hash, so that the password itself is nowhere in the code.
 */
@ApplicationScoped
class DemoPassword implements PublishedPasswords {

    @Inject
    PasswordHashing hashing;

    @Override
    public boolean includes(String password) {
        return hashing.matches(password, DemoUsers.HASHES.get(0));
    }
}
