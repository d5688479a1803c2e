package no.lis.tender.tendering.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.CLOCK;
import static no.lis.tender.tendering.domain.TenderFixtures.at;
import static no.lis.tender.tendering.domain.TenderFixtures.oslo;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class QuestionTest {

    private static final Long SUPPLIER = 7L;
    private final Tender tender = TenderFixtures.published();
    private final Instant questionDeadline = oslo(2026, 2, 15, 12);

    @Test
    void aQuestionBeforeTheQuestionDeadlineIsTakenWithItsTime() {
        Instant justBefore = questionDeadline.minusNanos(1);

        Question question = Question.ask(tender, 1, SUPPLIER, "sandoz", "Gjelder volumet alle regioner?", at(justBefore));

        assertThat(question.getAskedAt()).isEqualTo(justBefore);
        assertThat(question.getNumber()).isEqualTo(1);
        assertThat(question.isAnswered()).isFalse();
    }

    @Test
    void aQuestionAtTheQuestionDeadlineIsRefusedNamingTheDeadline() {
        var violations = refusal(() -> Question.ask(tender, 1, SUPPLIER, "sandoz", "For sent?", at(questionDeadline)));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("tender.question.deadlinePassed");
            assertThat(v.arguments()).containsExactly(Instant.parse("2026-02-15T11:00:00Z"));
        });
    }

    @Test
    void aDraftTenderTakesNoQuestions() {
        Tender draft = TenderFixtures.publishable();

        assertThat(refusal(() -> Question.ask(draft, 1, SUPPLIER, "sandoz", "Hva med lot 2?", CLOCK)))
                .extracting(v -> v.messageKey()).containsExactly("tender.question.notPublished");
    }

    @Test
    void aBlankQuestionIsRefused() {
        assertThat(refusal(() -> Question.ask(tender, 1, SUPPLIER, "sandoz", "  ", CLOCK)))
                .extracting(v -> v.field()).containsExactly("text");
    }

    @Test
    void theAnswerRecordsWhoAnsweredAndWhen() {
        Question question = Question.ask(tender, 3, SUPPLIER, "sandoz", "Kan vi tilby to pakningsstørrelser?", CLOCK);
        Instant later = CLOCK.instant().plusSeconds(3600);

        question.answer("Ja, begge prises i tilbudsskjemaet.", BUYER, at(later));

        assertThat(question.isAnswered()).isTrue();
        assertThat(question.getAnsweredBy()).isEqualTo(BUYER);
        assertThat(question.getAnsweredAt()).isEqualTo(later);
    }
}
