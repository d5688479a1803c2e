package no.lis.tender.identity.application;

import no.lis.tender.identity.application.UserAdministration.UserRow;
import no.lis.tender.identity.domain.FakePasswordHashing;
import no.lis.tender.identity.domain.InMemoryUserAccounts;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.shared.RecordedEvents;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class UserAdministrationTest {

    private static final String PASSWORD = "et-langt-nok-passord";

    private final InMemoryUserAccounts users = new InMemoryUserAccounts();
    private final RecordedEvents<SecurityEvent> log = new RecordedEvents<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC);
    private final CreateUser createUser = new CreateUser(users, new FakePasswordHashing(), "Demo-password-from-the-README"::equals, log);
    private final ChangeUserRoles changeRoles = new ChangeUserRoles(users, log);
    private final ChangeUserStatus changeStatus = new ChangeUserStatus(users, log);
    private final UserAdministration administration = new UserAdministration(users, clock);

    @Test
    void anAdministratorMakesABuyerWhoIsListedAndTheLogNamesTheAdministratorAndTheRoles() {
        createUser.create(new NewUserCommand(" Nina.Berg ", "Nina Berg", "nina@sykehusinnkjop.no", List.of("buyer", "PRICE_VIEWER"),
                PASSWORD), "admin");

        UserRow nina = administration.find("nina.berg").orElseThrow();
        assertThat(nina.fullName()).isEqualTo("Nina Berg");
        assertThat(nina.roles()).containsExactly(Role.BUYER, Role.PRICE_VIEWER);
        assertThat(nina.active()).isTrue();
        assertThat(nina.lastLoginAt()).isNull();
        assertThat(InMemoryUserAccounts.passwordHash(users.findByUsername("nina.berg").orElseThrow()))
                .isEqualTo("hash of " + PASSWORD);
        assertThat(log.fired()).containsExactly(SecurityEvent.of(SecurityEvent.Kind.USER_CREATED, "admin", "user:nina.berg",
                "roles [BUYER, PRICE_VIEWER]"));
    }

    @Test
    void everyBrokenRuleIsNamedUnderItsFieldAndNoUserIsMade() {
        DomainException refused = catchThrowableOfType(DomainException.class, () -> createUser.create(
                new NewUserCommand("Nina Berg", "Nina\u202EBerg", "nina at sykehus", List.of("SUPPLIER", "CHIEF"), "kort"), "admin"));

        assertThat(refused.violations()).extracting(Violation::field, Violation::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("username", "user.username.invalid"),
                org.assertj.core.groups.Tuple.tuple("fullName", "text.unsafeCharacter"),
                org.assertj.core.groups.Tuple.tuple("email", "user.email.invalid"),
                org.assertj.core.groups.Tuple.tuple("roles", "user.role.supplierNotChosen"),
                org.assertj.core.groups.Tuple.tuple("roles", "user.role.unknown"),
                org.assertj.core.groups.Tuple.tuple("password", "user.password.tooShort"));
        assertThat(users.count()).isZero();
        assertThat(log.fired()).isEmpty();
    }

    @Test
    void aTakenUsernameAndAPublishedPasswordAreRefused() {
        users.save(new UserAccount("kari", "Kari Nordmann", "kari@example.org", "hash", Set.of(Role.BUYER), null));

        DomainException refused = catchThrowableOfType(DomainException.class, () -> createUser.create(
                new NewUserCommand("kari", "Kari Hansen", "kari.hansen@example.org", List.of("SPECIALIST"), "Demo-password-from-the-README"), "admin"));

        assertThat(refused.violations()).containsExactly(new Violation("username", "user.username.taken", "kari"),
                new Violation("password", "user.password.published"));
        assertThat(users.findByUsername("kari").orElseThrow().getFullName()).isEqualTo("Kari Nordmann");
    }

    @Test
    void rolesChangeOnTheVersionTheAdministratorSawAndTheLogHasBeforeAndAfter() {
        users.save(new UserAccount("ingrid", "Ingrid Lege", "ingrid@example.org", "hash", Set.of(Role.SPECIALIST), null));

        DomainException outdated = catchThrowableOfType(DomainException.class,
                () -> changeRoles.change("ingrid", 7L, List.of("BUYER"), "admin"));
        assertThat(outdated.violations()).extracting(Violation::messageKey).containsExactly("concurrent.modification.generic");
        DomainException noVersion = catchThrowableOfType(DomainException.class,
                () -> changeRoles.change("ingrid", null, List.of("BUYER"), "admin"));
        assertThat(noVersion).as("no version sent is no bypass").isNotNull();

        changeRoles.change("ingrid", 0L, List.of("SPECIALIST", "BUYER"), "admin");

        assertThat(administration.find("ingrid").orElseThrow().roles()).containsExactly(Role.BUYER, Role.SPECIALIST);
        assertThat(log.fired()).containsExactly(SecurityEvent.of(SecurityEvent.Kind.ROLE_CHANGED, "admin", "user:ingrid",
                "roles [SPECIALIST] -> [BUYER, SPECIALIST]"));
    }

    @Test
    void aSupplierUserKeepsTheSupplierRoleWhateverElseSheIsGiven() {
        users.save(new UserAccount("sandoz", "Sandoz-bruker", "salg@example.org", "hash", Set.of(Role.SUPPLIER), 3L));

        changeRoles.change("sandoz", 0L, List.of("PRICE_VIEWER"), "admin");

        assertThat(users.findByUsername("sandoz").orElseThrow().getRoles()).containsExactlyInAnyOrder(Role.SUPPLIER, Role.PRICE_VIEWER);
    }

    @Test
    void anAdministratorCannotTakeHerOwnAdministratorRoleNorDeactivateHerself() {
        users.save(new UserAccount("admin", "Administrator", null, "hash", Set.of(Role.ADMIN), null));

        assertThat(catchThrowableOfType(DomainException.class, () -> changeRoles.change("admin", 0L, List.of("BUYER"), "admin"))
                .violations()).containsExactly(new Violation("roles", "user.admin.keepOwn"));
        assertThat(catchThrowableOfType(DomainException.class, () -> changeStatus.change("admin", 0L, false, "admin"))
                .violations()).containsExactly(new Violation("active", "user.deactivate.self"));
        assertThat(users.findByUsername("admin").orElseThrow().isActive()).isTrue();
        assertThat(users.findByUsername("admin").orElseThrow().getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    void aDeactivatedUserIsListedAsSuchAndCanBeLetInAgainBothLogged() {
        users.save(new UserAccount("lars", "Lars Lege", "lars@example.org", "hash", Set.of(Role.SPECIALIST), null));

        changeStatus.change("lars", 0L, false, "admin");
        assertThat(administration.find("lars").orElseThrow().active()).isFalse();
        changeStatus.change("lars", 0L, true, "admin");

        assertThat(administration.find("lars").orElseThrow().active()).isTrue();
        assertThat(log.fired()).extracting(SecurityEvent::kind)
                .containsExactly(SecurityEvent.Kind.USER_DEACTIVATED, SecurityEvent.Kind.USER_REACTIVATED);
    }

    @Test
    void theListShowsTheLastLoginAndALockout() {
        UserAccount kari = users.save(new UserAccount("kari", "Kari Nordmann", null, "hash", Set.of(Role.BUYER), null));
        Instant loggedIn = Instant.parse("2026-12-05T07:30:00Z");
        users.recordLogin("kari", loggedIn);

        assertThat(administration.all()).singleElement().satisfies(row -> {
            assertThat(row.lastLoginAt()).isEqualTo(loggedIn);
            assertThat(row.lockedUntil()).isNull();
        });
    }
}
