package no.lis.tender.identity.application;

import no.lis.tender.identity.domain.FakePasswordHashing;
import no.lis.tender.identity.domain.InMemoryUserAccounts;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.shared.RecordedEvents;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CreateFirstAdministratorTest {

    private final InMemoryUserAccounts users = new InMemoryUserAccounts();
    private final RecordedEvents<SecurityEvent> securityEvents = new RecordedEvents<>();
    private final CreateFirstAdministrator createFirstAdministrator = new CreateFirstAdministrator(users,
            new FakePasswordHashing(), "Demo-password-from-the-README"::equals, securityEvents);

    @Test
    void anInstallationWithoutAdministratorGetsOneWithTheHashOfThePassword() {
        assertThat(createFirstAdministrator.createUnlessAnAdministratorExists("admin", "et-langt-passord")).isTrue();

        UserAccount admin = users.findByUsername("admin").orElseThrow();
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(InMemoryUserAccounts.passwordHash(admin)).isEqualTo("hash of et-langt-passord");
        assertThat(securityEvents.fired()).containsExactly(SecurityEvent.of(SecurityEvent.Kind.USER_CREATED, "system",
                "user:admin", "first administrator, from lis.admin.password"));
    }

    @Test
    void onceAnAdministratorExistsThePasswordChangesNothing() {
        users.save(new UserAccount("anne", "Anne Admin", null, "hash of the real one", Set.of(Role.ADMIN), null));

        assertThat(createFirstAdministrator.createUnlessAnAdministratorExists("admin", "et-annet-langt-passord")).isFalse();
        assertThat(createFirstAdministrator.createUnlessAnAdministratorExists("anne", "kort")).isFalse();

        assertThat(users.findAll()).extracting(UserAccount::getUsername).containsExactly("anne");
        assertThat(InMemoryUserAccounts.passwordHash(users.findByUsername("anne").orElseThrow()))
                .isEqualTo("hash of the real one");
        assertThat(securityEvents.fired()).isEmpty();
    }

    @Test
    void aPublishedPasswordIsRefusedAndNoAccountMade() {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> createFirstAdministrator.createUnlessAnAdministratorExists("admin", "Demo-password-from-the-README"));

        assertThat(refused.violations()).containsExactly(new Violation("password", "user.password.published"));
        assertThat(users.count()).isZero();
    }

    @Test
    void aUsernameThatAnotherUserHasIsRefused() {
        users.save(new UserAccount("admin", "Kari Nordmann", null, "hash", Set.of(Role.BUYER), null));

        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> createFirstAdministrator.createUnlessAnAdministratorExists("admin", "et-langt-passord"));

        assertThat(refused.violations()).containsExactly(new Violation("username", "user.username.taken", "admin"));
        assertThat(users.findByUsername("admin").orElseThrow().getRoles()).containsExactly(Role.BUYER);
    }
}
