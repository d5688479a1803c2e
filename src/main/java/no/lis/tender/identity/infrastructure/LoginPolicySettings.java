package no.lis.tender.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.LockoutPolicy;
import no.lis.tender.identity.domain.LoginPolicies;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * The login throttles from the server's settings, each defaulting to {@link LockoutPolicy#ACCOUNT}
 * or {@link LockoutPolicy#ADDRESS}: {@code lis.login.account.*} and {@code lis.login.address.*},
 * each with {@code free-failures}, {@code first-delay}, {@code longest-delay} and
 * {@code forget-after} (durations in ISO-8601: {@code PT1M}, {@code P1D}); in the environment e.g.
 * {@code LIS_LOGIN_ADDRESS_FREE_FAILURES}. A setting that makes no sense stops the start with its name.
 */
@ApplicationScoped
public class LoginPolicySettings {

    @Inject
    Config config;

    /** Dependent (a record cannot be proxied); its users are application-scoped and ask once. */
    @Produces
    LoginPolicies loginPolicies() {
        return new LoginPolicies(policy("lis.login.account", LockoutPolicy.ACCOUNT),
                policy("lis.login.address", LockoutPolicy.ADDRESS));
    }

    private LockoutPolicy policy(String prefix, LockoutPolicy defaults) {
        try {
            return new LockoutPolicy(
                    config.getOptionalValue(prefix + ".free-failures", Integer.class).orElse(defaults.freeFailures()),
                    duration(prefix + ".first-delay", defaults.firstDelay()),
                    duration(prefix + ".longest-delay", defaults.longestDelay()),
                    duration(prefix + ".forget-after", defaults.forgetAfter()));
        } catch (IllegalArgumentException | DateTimeParseException wrong) {
            throw new IllegalStateException(prefix + ".*: " + wrong.getMessage(), wrong);
        }
    }

    private Duration duration(String name, Duration defaultValue) {
        return config.getOptionalValue(name, String.class).map(Duration::parse).orElse(defaultValue);
    }
}
