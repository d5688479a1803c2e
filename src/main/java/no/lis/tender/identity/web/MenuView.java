package no.lis.tender.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;

import java.util.Set;

/**
 * Which entries of the page template's menu the user sees: her roles, asked of the container once per
 * request. The menu asked {@code request.isUserInRole} about 25 times on every page (issue 14).
 */
@Named
@RequestScoped
public class MenuView {

    @Inject
    CurrentUser user;

    private Boolean loggedIn;
    private Set<String> roles;

    public boolean isLoggedIn() {
        if (loggedIn == null) {
            loggedIn = user.isLoggedIn();
        }
        return loggedIn;
    }

    private boolean has(Role role) {
        if (roles == null) {
            roles = isLoggedIn() ? user.roleNames() : Set.of();
        }
        return roles.contains(role.name());
    }

    public boolean isBuyer() {
        return has(Role.BUYER);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean isSupplier() {
        return has(Role.SUPPLIER);
    }

    public boolean isSpecialist() {
        return has(Role.SPECIALIST);
    }

    public boolean isPriceViewer() {
        return has(Role.PRICE_VIEWER);
    }
}
