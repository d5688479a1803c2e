package no.lis.tender.tendering.domain;

import no.lis.tender.shared.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenderReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-LIS-TNF-01", "2025-LIS-99", "2027-A-B2-C3-10"})
    void yearSegmentsAndSequenceNumberMakeAReference(String text) {
        assertThat(new TenderReference(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-01", "26-LIS-TNF-01", "2026-LIS-TNF-1", "2026-LIS-TNF-001", "2026-lis-TNF-01",
            "2026--TNF-01", "2026-LIS TNF-01", "2026-LIS-TNF-01-"})
    void otherTextsAreRefusedAsInvalidReferences(String text) {
        assertThatThrownBy(() -> new TenderReference(text))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("reference");
                            assertThat(v.messageKey()).isEqualTo("tender.reference.invalid");
                        }));
    }

    @Test
    void aMissingReferenceIsInvalid() {
        assertThatThrownBy(() -> new TenderReference(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void parsingForgivesSpacesAndLowerCase() {
        assertThat(TenderReference.parse("  2026-lis-tnf-01 ")).isEqualTo(new TenderReference("2026-LIS-TNF-01"));
    }
}
