package no.lis.tender.identity.application;

import no.lis.tender.identity.domain.AccountLinkSent;
import no.lis.tender.identity.domain.AccountToken;
import no.lis.tender.identity.domain.AccountTokenRepository;
import no.lis.tender.identity.domain.FakePasswordHashing;
import no.lis.tender.identity.domain.InMemoryUserAccounts;
import no.lis.tender.identity.domain.LinkRequestThrottle;
import no.lis.tender.identity.domain.LockoutPolicy;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.shared.MovableClock;
import no.lis.tender.shared.RecordedEvents;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.SecurityEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Invitations, password resets and the throttle of mailed links, as a supplier's users meet them. */
class MailedLinksTest {

    private static final String PASSWORD = "Et langt nok passord for testen";
    private static final String FROM = "192.0.2.44";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T09:00:00Z"));
    private final InMemoryUserAccounts users = new InMemoryUserAccounts();
    private final FakePasswordHashing hashing = new FakePasswordHashing();
    private final RecordedEvents<AccountLinkSent> mailed = new RecordedEvents<>();
    private final RecordedEvents<SecurityEvent> securityEvents = new RecordedEvents<>();
    private final AccountLinks links = new AccountLinks(new InMemoryAccountTokens(), mailed, clock);
    private final LinkRequestThrottle throttle = new LinkRequestCounts(clock);
    private final InviteColleague invite = new InviteColleague(users, hashing, links, securityEvents);
    private final ChangeColleagueStatus changeStatus = new ChangeColleagueStatus(users, securityEvents);
    private final RequestPasswordReset requestReset = new RequestPasswordReset(users, links, securityEvents, throttle);
    private final ChooseNewPassword chooseNewPassword = new ChooseNewPassword(links, users, hashing, password -> false,
            securityEvents);
    private final AcceptInvitation accept = new AcceptInvitation(chooseNewPassword);

    private final UserAccount nora = manager("nora", 9L);

    @Test
    void anInvitedColleagueGivesHerNameAndPasswordOnceAndThenLogsIn() {
        UserAccount invited = invite.invite("nora", new InviteColleague.Command("Ola.Hansen@nordic.example"));

        assertThat(invited.getUsername()).isEqualTo("ola.hansen");
        assertThat(invited.getSupplierId()).isEqualTo(9L);
        assertThat(invited.mayLogIn()).as("not before she followed the link").isFalse();
        String token = lastLink(AccountToken.Purpose.INVITATION);

        assertThat(refusal(() -> accept.accept(token, "Ola Hansen", "kort"))).isEqualTo("user.password.tooShort");
        assertThat(accept.accept(token, "Ola Hansen", PASSWORD)).as("a refused password left the link working")
                .isEqualTo("ola.hansen");

        assertThat(invited.mayLogIn()).isTrue();
        assertThat(invited.getFullName()).isEqualTo("Ola Hansen");
        assertThat(hashing.matches(PASSWORD, invited.getPasswordHash())).isTrue();
        assertThat(refusal(() -> accept.accept(token, "Mallory", PASSWORD))).as("used once").isEqualTo("account.token.invalid");
    }

    @Test
    void anInvitationExpiresAfterSevenDaysAndDiesWithADeactivation() {
        invite.invite("nora", new InviteColleague.Command("kari@nordic.example"));
        String late = lastLink(AccountToken.Purpose.INVITATION);
        clock.advance(Duration.ofDays(7));
        assertThat(refusal(() -> accept.accept(late, "Kari", PASSWORD))).isEqualTo("account.token.invalid");

        UserAccount per = invite.invite("nora", new InviteColleague.Command("per@nordic.example"));
        String token = lastLink(AccountToken.Purpose.INVITATION);
        changeStatus.change("nora", per.getUsername(), per.getVersion(), false);
        assertThat(refusal(() -> accept.accept(token, "Per", PASSWORD))).isEqualTo("account.token.invalid");
    }

    @Test
    void aManagerInvitesNoAddressTwiceCannotDeactivateHerselfNorAnotherCompanysUser() {
        invite.invite("nora", new InviteColleague.Command("ola@nordic.example"));
        UserAccount stranger = users.save(new UserAccount("sandra", "Sandra", "sandra@other.example", "h",
                Set.of(Role.SUPPLIER), 4L));

        assertThat(refusal(() -> invite.invite("nora", new InviteColleague.Command("OLA@nordic.example"))))
                .isEqualTo("colleagues.email.taken");
        assertThat(invite.invite("nora", new InviteColleague.Command("ola@nordic.no")).getUsername())
                .as("another address with the same name gets its own username").isEqualTo("ola-2");
        assertThat(refusal(() -> changeStatus.change("nora", "nora", nora.getVersion(), false))).isEqualTo("user.deactivate.self");
        assertThat(refusal(() -> changeStatus.change("nora", "sandra", stranger.getVersion(), false))).isEqualTo("user.notFound");
        assertThat(stranger.isActive()).isTrue();
        assertThat(refusal(() -> invite.invite("sandra", new InviteColleague.Command("x@other.example"))))
                .as("only the user who registered the company manages it").isEqualTo("colleagues.notManager");
    }

    @Test
    void aResetLinkWorksOnceAndAnUnknownAddressIsAnsweredAlike() {
        requestReset.request("nora@nordic.example", FROM);
        String token = lastLink(AccountToken.Purpose.PASSWORD_RESET);
        requestReset.request("nobody@nordic.example", FROM);
        assertThat(mailed.fired()).as("nothing mailed to an unknown address, and no error either").hasSize(1);

        assertThat(chooseNewPassword.choose(token, PASSWORD)).isEqualTo("nora");
        assertThat(hashing.matches(PASSWORD, nora.getPasswordHash())).isTrue();
        assertThat(refusal(() -> chooseNewPassword.choose(token, PASSWORD + "!"))).isEqualTo("account.token.invalid");
        assertThat(hashing.matches(PASSWORD, nora.getPasswordHash())).isTrue();
    }

    @Test
    void theFourthRequestForOneAddressWaitsAQuarterOfAnHourKnownOrNot() {
        for (int i = 0; i < 3; i++) {
            requestReset.request("nobody@nordic.example", "192.0.2." + i);
        }
        assertThat(refusal(() -> requestReset.request("Nobody@Nordic.example", "192.0.2.99")))
                .isEqualTo(LinkRequestThrottle.TOO_MANY);
        assertThat(catchThrowableOfType(DomainException.class, () -> requestReset.request("nobody@nordic.example", FROM))
                .violations().get(0).arguments()).containsExactly(15L);
        requestReset.request("nora@nordic.example", FROM);

        clock.advance(LockoutPolicy.LINKS_PER_EMAIL.firstDelay());
        requestReset.request("nobody@nordic.example", FROM);
    }

    @Test
    void oneNetworkAddressAsksForTenLinksThenWaits() {
        for (int i = 0; i < 10; i++) {
            throttle.admit(FROM, "user" + i + "@nordic.example");
        }
        assertThat(refusal(() -> throttle.admit(FROM, "another@nordic.example"))).isEqualTo(LinkRequestThrottle.TOO_MANY);
        throttle.admit("192.0.2.45", "another@nordic.example");
        assertThat(refusal(() -> requestReset.request("not an address", FROM))).as("malformed input is told first")
                .isEqualTo("user.email.invalid");
    }

    private UserAccount manager(String username, long supplierId) {
        UserAccount user = UserAccount.registered(username, "Nora Nilsen", username + "@nordic.example",
                hashing.hash("gammelt passord som er langt"), supplierId, "Nordic AS (974760673)");
        user.verifyEmail();
        user.approve();
        return users.save(user);
    }

    private String lastLink(AccountToken.Purpose purpose) {
        List<AccountLinkSent> sent = mailed.fired();
        AccountLinkSent last = sent.get(sent.size() - 1);
        assertThat(last.purpose()).isEqualTo(purpose);
        return last.secret();
    }

    private static String refusal(Executable call) {
        DomainException refused = catchThrowableOfType(DomainException.class, call::execute);
        assertThat(refused).as("refused").isNotNull();
        return refused.violations().get(0).messageKey();
    }

    /** The account tokens of a unit test, found by hash. */
    private static final class InMemoryAccountTokens implements AccountTokenRepository {
        private final List<AccountToken> tokens = new ArrayList<>();

        @Override
        public Optional<AccountToken> findByHash(String tokenHash) {
            return tokens.stream().filter(t -> tokenHash.equals(hashOf(t))).findFirst();
        }

        @Override
        public AccountToken save(AccountToken token) {
            tokens.add(token);
            return token;
        }

        private static String hashOf(AccountToken token) {
            try {
                var field = AccountToken.class.getDeclaredField("tokenHash");
                field.setAccessible(true);
                return (String) field.get(token);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
