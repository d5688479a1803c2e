package no.lis.tender.identity.application;

import no.lis.tender.identity.domain.ApiToken;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.domain.SecurityEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiTokensTest {

    private final LoginWorld world = new LoginWorld();
    private final IssueApiToken issue = new IssueApiToken(world.users, world.tokens, world.securityEvents, world.clock);
    private final RecentTokens recent = new RecentTokens();
    private final RevokeApiToken revoke = new RevokeApiToken(world.tokens, recent, world.securityEvents, world.clock);
    private final AuthenticateToken authenticate = new AuthenticateToken(world.tokens, recent,
            new RecordTokenUse(world.tokens), world.clock);
    private final ApiTokenQueries queries = new ApiTokenQueries(world.tokens, world.clock);

    @Test
    void aTokenStandsForItsOwnerWithHerRolesAsTheyAreNow() {
        world.user("hanne", Role.PRICE_VIEWER);
        String secret = issue.issue("hanne", "price export", null).secret();

        assertThat(authenticate.authenticate(secret)).contains(new Caller("hanne", Set.of(Role.PRICE_VIEWER)));
        assertThat(queries.tokensOf("hanne")).singleElement().satisfies(token -> {
            assertThat(token.lastUsedAt()).isEqualTo(world.clock.instant());
            assertThat(token.status()).isEqualTo(ApiToken.Status.ACTIVE);
        });
        assertThat(world.securityEvents.fired()).extracting(SecurityEvent::kind).containsExactly(SecurityEvent.Kind.API_TOKEN_ISSUED);
    }

    @Test
    void aTokenForAnUnknownUserIsRefusedInAWholeSentence() {
        assertThatThrownBy(() -> issue.issue("nobody", "script", null)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(Messages.format(Messages.BOKMAL, e.violations().get(0))).isEqualTo("Brukeren finnes ikke."));
        assertThat(world.securityEvents.fired()).isEmpty();
    }

    @Test
    void aRevokedOrExpiredTokenOrAMadeUpOneLetsNobodyIn() {
        world.user("hanne", Role.PRICE_VIEWER);
        ApiToken.Issued revoked = issue.issue("hanne", "old script", null);
        String shortLived = issue.issue("hanne", "one day", 1).secret();
        assertThat(authenticate.authenticate(revoked.secret())).isPresent();

        revoke.revoke("hanne", revoked.token().getId());

        assertThat(authenticate.authenticate(revoked.secret())).isEmpty();
        assertThat(authenticate.authenticate(shortLived)).isPresent();
        world.clock.advance(Duration.ofDays(1));
        assertThat(authenticate.authenticate(shortLived)).isEmpty();
        assertThat(authenticate.authenticate("lis_" + "A".repeat(43))).isEmpty();
        assertThat(authenticate.authenticate("not a token")).isEmpty();
        assertThat(world.securityEvents.fired()).extracting(SecurityEvent::kind).contains(SecurityEvent.Kind.API_TOKEN_REVOKED);
    }

    @Test
    void theTokenOfADeactivatedUserStopsWorkingWithinHalfAMinute() {
        UserAccount hanne = world.user("hanne", Role.PRICE_VIEWER);
        String secret = issue.issue("hanne", "export", null).secret();
        assertThat(authenticate.authenticate(secret)).isPresent();

        hanne.deactivate();

        world.clock.advance(RecentTokens.LIFETIME);
        assertThat(authenticate.authenticate(secret)).isEmpty();
    }

    @Test
    void aBusyProgramIsCheckedAgainstTheDatabaseAtMostEveryHalfMinute() {
        world.user("hanne", Role.PRICE_VIEWER);
        String secret = issue.issue("hanne", "export", null).secret();
        authenticate.authenticate(secret);
        int reads = world.tokens.reads;

        for (int i = 0; i < 100; i++) {
            authenticate.authenticate(secret);
        }
        assertThat(world.tokens.reads).isEqualTo(reads);

        world.clock.advance(RecentTokens.LIFETIME);
        authenticate.authenticate(secret);
        assertThat(world.tokens.reads).isEqualTo(reads + 1);
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() {
        world.user("hanne", Role.PRICE_VIEWER);
        String secret = issue.issue("hanne", "export", null).secret();
        Instant first = world.clock.instant();

        authenticate.authenticate(secret);
        world.clock.advance(Duration.ofSeconds(40));
        authenticate.authenticate(secret);
        assertThat(world.tokens.useWrites).isEqualTo(1);
        assertThat(queries.tokensOf("hanne").get(0).lastUsedAt()).isEqualTo(first);

        world.clock.advance(Duration.ofSeconds(40));
        authenticate.authenticate(secret);
        assertThat(world.tokens.useWrites).isEqualTo(2);
        assertThat(queries.tokensOf("hanne").get(0).lastUsedAt()).isEqualTo(world.clock.instant());
    }

    @Test
    void aRememberedTokenIsNeverTakenPastItsExpiry() {
        world.user("hanne", Role.PRICE_VIEWER);
        String secret = issue.issue("hanne", "export", 1).secret();
        world.clock.advance(Duration.ofDays(1).minusSeconds(10));
        assertThat(authenticate.authenticate(secret)).isPresent();

        world.clock.advance(Duration.ofSeconds(10));

        assertThat(authenticate.authenticate(secret)).isEmpty();
    }

    @Test
    void nobodyRevokesAnotherUsersTokenItIsAsAbsentAsAnUnknownOne() {
        world.user("hanne", Role.PRICE_VIEWER);
        world.user("kari", Role.BUYER);
        ApiToken.Issued hannes = issue.issue("hanne", "export", null);

        assertThatThrownBy(() -> revoke.revoke("kari", hannes.token().getId()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("token.notFound"));
        assertThat(authenticate.authenticate(hannes.secret())).isPresent();
    }
}
