package no.lis.tender.identity.application;

import no.lis.tender.identity.domain.Role;

import java.util.Set;
import java.util.stream.Collectors;

/** Who a request is made by, once a password or a token has been checked: a username and its roles now. */
public record Caller(String username, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The role names, as the container's groups. */
    public Set<String> groups() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
