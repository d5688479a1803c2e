package no.lis.tender.shared.infrastructure;

import liquibase.util.LiquibaseUtil;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Liquibase 5 and later are under the FSL, which is not an open-source licence: a public-sector
 * buyer cannot accept it. The application must ship the last Apache-2.0 line, 4.x.
 */
class LiquibaseLicenceTest {

    @Test
    void migrationsRunOnTheApacheLicensedLiquibaseFourLine() {
        assertThat(LiquibaseUtil.getBuildVersion()).startsWith("4.");
    }
}
