package no.lis.tender.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;

import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is making this request, for the views, resources and use cases that need to know. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserAccountRepository users;

    private Optional<UserAccount> account;

    public boolean isLoggedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    /** The username, or {@code null} for an anonymous visitor. */
    public String username() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean has(Role role) {
        return securityContext.isCallerInRole(role.name());
    }

    /** The names of the caller's roles, e.g. BUYER. */
    public Set<String> roleNames() {
        return Arrays.stream(Role.values()).filter(this::has).map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<UserAccount> account() {
        if (account == null) {
            String username = username();
            account = username == null ? Optional.empty() : users.findByUsername(username);
        }
        return account;
    }

    public String fullName() {
        return account().map(UserAccount::getFullName).orElse(username());
    }

    /** The supplier a SUPPLIER user acts for, if any. */
    public Optional<Long> supplierId() {
        return account().map(UserAccount::getSupplierId);
    }
}
