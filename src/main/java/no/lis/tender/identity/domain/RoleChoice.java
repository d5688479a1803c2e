package no.lis.tender.identity.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The roles an administrator chooses for a user, by name: at least one, each a role of LIS Tender.
 * The supplier's role is never chosen: it belongs to the users a supplier's own account brings, and
 * such a user keeps it whatever else she is given.
 */
public final class RoleChoice {

    private RoleChoice() {
    }

    /**
     * The roles named in {@code names} ({@code "BUYER"}, {@code "buyer"}), for a user who is linked to
     * a supplier ({@code supplierUser}) or not.
     *
     * @throws DomainException under {@code roles} (none chosen) or {@code roles[i]} (unknown, or the supplier's)
     */
    public static Set<Role> of(List<String> names, boolean supplierUser) {
        Validation validation = new Validation();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (int i = 0; i < names.size(); i++) {
                Role role = parse(names.get(i));
                String field = "roles[" + i + "]";
                if (validation.check(role != null, field, "user.role.unknown", names.get(i))
                        && validation.check(role != Role.SUPPLIER, field, "user.role.supplierNotChosen")) {
                    roles.add(role);
                }
            }
        }
        validation.throwIfInvalid();
        if (roles.isEmpty()) {
            throw new DomainException("roles", "user.roles.required");
        }
        if (supplierUser) {
            roles.add(Role.SUPPLIER);
        }
        return roles;
    }

    private static Role parse(String name) {
        if (name == null) {
            return null;
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (Role role : Role.values()) {
            if (role.name().equals(wanted)) {
                return role;
            }
        }
        return null;
    }
}
