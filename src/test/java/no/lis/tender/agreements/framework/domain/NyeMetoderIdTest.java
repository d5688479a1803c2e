package no.lis.tender.agreements.framework.domain;

import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class NyeMetoderIdTest {

    @Test
    void anIdIsIdAYearAnUnderscoreAndThreeDigits() {
        NyeMetoderId id = new NyeMetoderId(" ID2025_047 ");

        assertThat(id.value()).isEqualTo("ID2025_047");
        assertThat(id.year()).isEqualTo(2025);
        assertThat(id).isEqualTo(new NyeMetoderId("ID2025_047"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id2025_047", "ID25_047", "ID2025_47", "ID2025-047", "ID2025_0471", "2025_047",
            "ID2025_04A"})
    void anythingElseIsRefused(String typed) {
        assertThat(refusal(() -> new NyeMetoderId(typed)))
                .containsExactly(new Violation(null, "agreements.nyeMetoderId.invalid", typed));
    }

    @Test
    void aBlankIdIsMissing() {
        assertThat(refusal(() -> new NyeMetoderId("  ")))
                .containsExactly(new Violation(null, "validation.required"));
    }
}
