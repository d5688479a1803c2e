package no.lis.tender.it.seed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.lis.tender.catalogue.application.RegisterSupplier;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.SupplierRepository;
import no.lis.tender.identity.domain.PasswordHashing;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.shared.domain.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Makes {@code count} supplier companies, each with one supplier user {@code <prefix>-<n>} whose
 * password is {@code password}, for tests that need many suppliers at once (the deadline rush);
 * the application has no API for making users. Asking again returns the same users. Only in the
 * deployment of the tests that add this package.
 */
@Path("/test/suppliers")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class SupplierSeedResource {

    @Inject
    RegisterSupplier registerSupplier;
    @Inject
    SupplierRepository suppliers;
    @Inject
    UserAccountRepository users;
    @Inject
    PasswordHashing hashing;

    @POST
    @Transactional
    @Operation(hidden = true)
    public List<String> seed(@QueryParam("prefix") String prefix, @QueryParam("count") int count,
                             @QueryParam("password") String password) {
        String hash = hashing.hash(password); // once: the users share it, and PBKDF2 takes ~60 ms a time
        List<String> usernames = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            String username = prefix + "-" + n;
            if (users.findByUsername(username).isEmpty()) {
                OrganisationNumber number = organisationNumber(Math.floorMod(prefix.hashCode(), 500) * 20_000 + n * 10);
                long supplierId = suppliers.findByOrganisationNumber(number).map(s -> s.getId())
                        .orElseGet(() -> registerSupplier.register(new RegisterSupplier.Command(
                                "Rush Pharma " + username + " AS", number.value(), username + "@rush.example")));
                users.save(new UserAccount(username, "Tilbudsansvarlig " + username, username + "@rush.example",
                        hash, Set.of(Role.SUPPLIER), supplierId));
            }
            usernames.add(username);
        }
        return usernames;
    }

    /**
     * The first valid organisation number from 8 digits 90 000 000 + {@code seed} on (seeds 10
     * apart, so that one whose check digit would be 10 does not run into the next).
     */
    private static OrganisationNumber organisationNumber(int seed) {
        for (long base = 90_000_000L + seed; ; base++) {
            for (int check = 0; check <= 9; check++) {
                try {
                    return new OrganisationNumber(String.valueOf(base) + check);
                } catch (DomainException e) {
                    // not this check digit
                }
            }
        }
    }
}
