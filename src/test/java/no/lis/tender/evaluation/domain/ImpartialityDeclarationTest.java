package no.lis.tender.evaluation.domain;

import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import static no.lis.tender.evaluation.domain.EvaluationFixtures.AFTER_DEADLINE;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.MEMBER;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class ImpartialityDeclarationTest {

    @Test
    void anImpartialDeclarationIsRecordedWithWhoAndWhen() {
        ImpartialityDeclaration declaration = ImpartialityDeclaration.declare(1L, MEMBER, true, " ", AFTER_DEADLINE);

        assertThat(declaration.getTenderId()).isEqualTo(1L);
        assertThat(declaration.getMember()).isEqualTo(MEMBER);
        assertThat(declaration.isImpartial()).isTrue();
        assertThat(declaration.getTies()).isNull();
        assertThat(declaration.getDeclaredAt()).isEqualTo(AFTER_DEADLINE.instant());
    }

    @Test
    void aConflictMustDescribeTheTies() {
        assertThat(refusal(() -> ImpartialityDeclaration.declare(1L, MEMBER, false, "  ", AFTER_DEADLINE)))
                .containsExactly(new Violation("ties", "validation.required"));
    }

    @Test
    void aConflictIsRecordedWithItsTiesTrimmed() {
        ImpartialityDeclaration declaration = ImpartialityDeclaration.declare(1L, MEMBER, false,
                " Konsulentoppdrag for Pharma A i 2025. ", AFTER_DEADLINE);

        assertThat(declaration.isImpartial()).isFalse();
        assertThat(declaration.getTies()).isEqualTo("Konsulentoppdrag for Pharma A i 2025.");
    }

    @Test
    void tiesLongerThanTheirColumnAreRefused() {
        String tooLong = "x".repeat(ImpartialityDeclaration.TIES_LENGTH + 1);

        assertThat(refusal(() -> ImpartialityDeclaration.declare(1L, MEMBER, false, tooLong, AFTER_DEADLINE)))
                .containsExactly(new Violation("ties", "text.tooLong", ImpartialityDeclaration.TIES_LENGTH));
    }
}
