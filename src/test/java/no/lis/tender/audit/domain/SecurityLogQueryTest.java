package no.lis.tender.audit.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.SecurityEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SecurityLogQueryTest {

    @Test
    void aKindIsFoundByItsNameInAnyCaseAndTheActorInLowerCase() {
        assertThat(SecurityLogQuery.of(" price_view ", " Kari "))
                .isEqualTo(new SecurityLogQuery(SecurityEvent.Kind.PRICE_VIEW, "kari"));
        assertThat(SecurityLogQuery.of("", "  ")).isEqualTo(SecurityLogQuery.all());
    }

    @Test
    void anUnknownKindIsRefusedUnderKindWithTheKnownOnes() {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> SecurityLogQuery.of("PRICES", null));

        assertThat(refused.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("kind");
            assertThat(v.messageKey()).isEqualTo("securityLog.kind.unknown");
            assertThat(v.arguments()[0]).isEqualTo("PRICES");
            assertThat((String) v.arguments()[1]).contains("PRICE_VIEW", "ROLE_CHANGED");
        });
    }
}
