package no.lis.tender.demo;

import no.lis.tender.identity.domain.InMemoryUserAccounts;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.shared.infrastructure.DatabaseMigration.SchemaReady;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Without the demo's other parts set, any attempt to load demo data fails these tests. */
class DemoDataTest {

    private final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
    private final DemoData demoData = new DemoData();

    DemoDataTest() {
        demoData.users = new DemoUsers();
        demoData.users.users = accounts;
    }

    @Test
    void aServerWithoutDemoDataRefusesADatabaseWithDemoUsersAndNamesThem() {
        accounts.save(new UserAccount("kari", "Kari Nordmann", null, DemoUsers.HASHES.get(0), Set.of(Role.BUYER), null));
        accounts.save(new UserAccount("ola", "Ola (was admin)", null, DemoUsers.HASHES.get(2), Set.of(Role.ADMIN), null));
        accounts.save(new UserAccount("anne", "Anne Admin", null, "PBKDF2WithHmacSHA256:210000:own:salt", Set.of(Role.ADMIN), null));

        IllegalStateException refused = catchThrowableOfType(IllegalStateException.class,
                () -> demoData.load(new SchemaReady()));

        assertThat(refused).hasMessageContaining("demo password published in the README: kari, ola.")
                .hasMessageContaining("the application is not started")
                .hasMessageContaining("mvn liberty:run");
    }

    @Test
    void aServerWithoutDemoDataStartsOnADatabaseOfRealUsers() {
        accounts.save(new UserAccount("anne", "Anne Admin", null, "PBKDF2WithHmacSHA256:210000:own:salt", Set.of(Role.ADMIN), null));

        assertThatNoException().isThrownBy(() -> demoData.load(new SchemaReady()));
    }

    @Test
    void theDemoGoesOnlyIntoADatabaseWithoutUsers() {
        demoData.enabled = true;
        accounts.save(new UserAccount("anne", "Anne Admin", null, "PBKDF2WithHmacSHA256:210000:own:salt", Set.of(Role.ADMIN), null));

        assertThatNoException().isThrownBy(() -> demoData.load(new SchemaReady()));
        assertThat(accounts.findAll()).extracting(UserAccount::getUsername).containsExactly("anne");
    }
}
