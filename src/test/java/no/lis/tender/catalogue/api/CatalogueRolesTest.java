package no.lis.tender.catalogue.api;

import no.lis.tender.identity.domain.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue names the roles itself (it may not depend on identity); they must be identity's names. */
class CatalogueRolesTest {

    @Test
    void theCataloguesRoleNamesAreThoseOfIdentity() {
        assertThat(CatalogueRoles.BUYER).isEqualTo(Role.BUYER_NAME);
        assertThat(CatalogueRoles.ADMIN).isEqualTo(Role.ADMIN_NAME);
        assertThat(CatalogueRoles.SPECIALIST).isEqualTo(Role.SPECIALIST_NAME);
    }
}
