package no.lis.tender.identity.application;

import no.lis.tender.identity.domain.LoginHold;
import no.lis.tender.identity.domain.LockoutPolicy;
import no.lis.tender.identity.domain.LoginPolicies;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.shared.RecordedEvents;
import no.lis.tender.shared.domain.SecurityEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static no.lis.tender.identity.application.LoginWorld.ADDRESS;
import static no.lis.tender.identity.application.LoginWorld.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

class LogInTest {

    private final LoginWorld world = new LoginWorld();

    @Test
    void theRightPasswordLogsInWithTheAccountsRoles() {
        world.user("kari", Role.BUYER);

        LoginResult result = world.attempt("kari", PASSWORD);

        assertThat(result).isEqualTo(new LoginResult.Success(new Caller("kari", java.util.Set.of(Role.BUYER))));
    }

    @Test
    void aRightPasswordIsToldWhatTheAccountWaitsForAWrongOneIsNot() {
        UserAccount nora = world.users.save(UserAccount.registered("nora", "Nora", "nora@nordic.example",
                world.passwords.hash(PASSWORD), 9L, "Nordic AS (974760673)"));

        assertThat(world.attempt("nora", "wrong-password")).isInstanceOf(LoginResult.Refused.class);
        assertThat(world.attempt("nora", PASSWORD)).isEqualTo(new LoginResult.Held(LoginHold.EMAIL_UNVERIFIED));
        assertThat(nora.failedLogins().count()).as("a right password clears the count").isZero();
        nora.verifyEmail();
        assertThat(world.attempt("nora", PASSWORD)).isEqualTo(new LoginResult.Held(LoginHold.AWAITING_APPROVAL));
        nora.approve();
        assertThat(world.attempt("nora", PASSWORD)).isInstanceOf(LoginResult.Success.class);
        nora.deactivate();
        assertThat(world.attempt("nora", "another-wrong")).isInstanceOf(LoginResult.Refused.class);
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountAndTellsTheSecurityLog() {
        UserAccount kari = world.user("kari", Role.BUYER);

        for (int i = 0; i < 5; i++) {
            assertThat(world.attempt("kari", "wrong-" + i)).isInstanceOf(LoginResult.Refused.class);
        }

        assertThat(kari.isLockedAt(world.clock.instant())).isTrue();
        assertThat(world.securityEvents.fired()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(SecurityEvent.Kind.LOGIN_LOCKED);
            assertThat(event.subject()).isEqualTo("user:kari");
            assertThat(event.detail()).contains("5 failed logins", ADDRESS);
        });
    }

    @Test
    void aLockedAccountIsRefusedWithTheWaitAndWithoutCheckingThePasswordEvenARightOne() {
        world.user("kari", Role.BUYER);
        failFiveTimes("kari");
        int checks = world.passwords.checks;

        LoginResult result = world.attempt("kari", PASSWORD);

        assertThat(result).isEqualTo(new LoginResult.Throttled(Duration.ofMinutes(1)));
        assertThat(world.passwords.checks).as("no PBKDF2 while locked").isEqualTo(checks);
    }

    @Test
    void afterTheWaitTheRightPasswordLogsInAndClearsTheCount() {
        UserAccount kari = world.user("kari", Role.BUYER);
        failFiveTimes("kari");
        world.clock.advance(Duration.ofMinutes(1));

        assertThat(world.attempt("kari", PASSWORD)).isInstanceOf(LoginResult.Success.class);
        assertThat(kari.failedLogins().count()).isZero();
    }

    @Test
    void anUnknownUsernameCostsTheSamePasswordCheckAndIsLockedAfterAsManyAttempts() {
        world.user("kari", Role.BUYER);

        world.attempt("kari", "wrong");
        int knownChecks = world.passwords.checks;
        world.attempt("nobody", "wrong");
        assertThat(world.passwords.checks - knownChecks).as("the unknown name is checked against a dummy hash").isEqualTo(knownChecks);

        for (int i = 0; i < 4; i++) {
            world.attempt("kari", "wrong");
            world.attempt("nobody", "wrong");
        }
        assertThat(world.attempt("nobody", "wrong")).isEqualTo(world.attempt("kari", "wrong"))
                .isEqualTo(new LoginResult.Throttled(Duration.ofMinutes(1)));
        assertThat(world.securityEvents.fired()).extracting(SecurityEvent::subject).containsExactly("user:kari");
    }

    @Test
    void anAddressThatFailsTwentyTimesAcrossUsernamesMustWaitEvenWithARightPassword() {
        world.user("kari", Role.BUYER);
        for (int i = 0; i < 20; i++) {
            assertThat(world.attempt("guess" + i, "wrong")).isInstanceOf(LoginResult.Refused.class);
        }
        int checks = world.passwords.checks;

        assertThat(world.attempt("kari", PASSWORD)).isEqualTo(new LoginResult.Throttled(Duration.ofSeconds(10)));
        assertThat(world.passwords.checks).isEqualTo(checks);
        assertThat(world.logIn.attempt("kari", PASSWORD, "198.51.100.7")).as("another address is not held up")
                .isInstanceOf(LoginResult.Success.class);

        world.clock.advance(Duration.ofSeconds(10));
        assertThat(world.attempt("kari", PASSWORD)).isInstanceOf(LoginResult.Success.class);
        assertThat(world.securityEvents.fired()).as("the security log hears that the address was made to wait")
                .singleElement().satisfies(event -> {
                    assertThat(event.kind()).isEqualTo(SecurityEvent.Kind.LOGIN_LOCKED);
                    assertThat(event.subject()).isEqualTo("address:" + ADDRESS);
                    assertThat(event.detail()).contains("20 failed logins");
                });
    }

    @Test
    void theThrottlesAnOperatorSetsAreTheOnesThatHold() {
        LoginWorld strict = new LoginWorld(new LoginPolicies(
                new LockoutPolicy(3, Duration.ofMinutes(5), Duration.ofHours(2), Duration.ofDays(1)),
                new LockoutPolicy(6, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(1))));
        strict.user("kari", Role.BUYER);

        strict.attempt("kari", "wrong");
        strict.attempt("kari", "wrong");
        assertThat(strict.attempt("kari", "wrong")).as("the third wrong password locks").isInstanceOf(LoginResult.Refused.class);
        assertThat(strict.attempt("kari", PASSWORD)).isEqualTo(new LoginResult.Throttled(Duration.ofMinutes(5)));

        for (int i = 0; i < 3; i++) {
            strict.attempt("guess" + i, "wrong");
        }
        assertThat(strict.attempt("per", "wrong")).as("the sixth failure from the address made it wait")
                .isEqualTo(new LoginResult.Throttled(Duration.ofSeconds(30)));
    }

    @Test
    void aDeactivatedUserIsRefusedEvenWithTheRightPassword() {
        world.user("kari", Role.BUYER).deactivate();

        assertThat(world.attempt("kari", PASSWORD)).isInstanceOf(LoginResult.Refused.class);
    }

    @Test
    void aPasswordVerifiedMinutesAgoIsNotCheckedAgainButAWrongOneAlwaysIs() {
        world.user("kari", Role.BUYER);
        world.attempt("kari", PASSWORD);
        int checks = world.passwords.checks;

        assertThat(world.attempt("kari", PASSWORD)).isInstanceOf(LoginResult.Success.class);
        assertThat(world.passwords.checks).isEqualTo(checks);
        world.attempt("kari", "wrong");
        assertThat(world.passwords.checks).isEqualTo(checks + 1);

        world.clock.advance(RecentLogins.LIFETIME);
        world.attempt("kari", PASSWORD);
        assertThat(world.passwords.checks).as("checked again after the lifetime").isEqualTo(checks + 2);
    }

    @Test
    void aRememberedPasswordNoLongerLetsADeactivatedUserIn() {
        UserAccount kari = world.user("kari", Role.BUYER);
        world.attempt("kari", PASSWORD);

        kari.deactivate();

        assertThat(world.attempt("kari", PASSWORD)).isInstanceOf(LoginResult.Refused.class);
    }

    @Test
    void aRememberedPasswordDoesNotOpenALockedAccount() {
        world.user("kari", Role.BUYER);
        world.attempt("kari", PASSWORD);
        failFiveTimes("kari");

        assertThat(world.attempt("kari", PASSWORD)).isEqualTo(new LoginResult.Throttled(Duration.ofMinutes(1)));
    }

    @Test
    void aProgramSendingManyCallsAtOnceWithTheRightPasswordPaysOneCheckAndDoesNotLockItself() throws Exception {
        UserAccount kari = world.user("kari", Role.BUYER);
        world.passwords.slowness = Duration.ofMillis(200);
        ExecutorService program = Executors.newFixedThreadPool(16);
        try {
            List<Future<LoginResult>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(program.submit(() -> world.attempt("kari", PASSWORD)));
            }
            for (Future<LoginResult> call : calls) {
                assertThat(call.get(10, TimeUnit.SECONDS)).isInstanceOf(LoginResult.Success.class);
            }
        } finally {
            program.shutdownNow();
        }
        assertThat(world.passwords.checks).as("PBKDF2 checks for 16 calls").isLessThanOrEqualTo(2);
        assertThat(kari.failedLogins().count()).isZero();
    }

    @Test
    void theUsernameIsFoundWhateverItsCase() {
        world.user("kari", Role.BUYER);

        assertThat(world.attempt(" Kari", PASSWORD)).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void aFloodOnALockedAccountReadsTheAccountOnceEveryTwoSecondsAndALiftedLockoutCountsAtOnce() {
        world.user("kari", Role.BUYER);
        failFiveTimes("kari");
        world.users.lockingReads = 0;

        for (int i = 0; i < 100; i++) {
            assertThat(world.attempt("kari", "guess")).isEqualTo(new LoginResult.Throttled(Duration.ofMinutes(1)));
        }
        assertThat(world.users.lockingReads).as("the first refusal read the account, the others were remembered").isEqualTo(1);
        world.clock.advance(Duration.ofSeconds(30));
        assertThat(world.attempt("kari", "guess")).isEqualTo(new LoginResult.Throttled(Duration.ofSeconds(30)));
        assertThat(world.users.lockingReads).as("read again after two seconds").isEqualTo(2);

        RecordedEvents<SecurityEvent> unlocked = new RecordedEvents<>();
        new LiftLockout(world.users, unlocked).lift("kari", "admin");
        unlocked.fired().forEach(world.throttle::forgetRefusal); // as CDI delivers it to the observer
        assertThat(world.attempt("kari", PASSWORD)).as("lifted: no refusal remembered").isInstanceOf(LoginResult.Success.class);
    }

    private void failFiveTimes(String username) {
        for (int i = 0; i < 5; i++) {
            world.attempt(username, "wrong-" + i);
        }
    }
}
