package no.lis.tender.identity.domain;

import java.util.Objects;

/**
 * The two throttles of a login: per account (and per username that names no account, so that both
 * answer alike) and per network address. The defaults are {@link LockoutPolicy#ACCOUNT} and
 * {@link LockoutPolicy#ADDRESS}; an operator may set others (see docs/operations.md).
 */
public record LoginPolicies(LockoutPolicy account, LockoutPolicy address) {

    public static final LoginPolicies DEFAULT = new LoginPolicies(LockoutPolicy.ACCOUNT, LockoutPolicy.ADDRESS);

    public LoginPolicies {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(address, "address");
    }
}
