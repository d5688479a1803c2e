package no.lis.tender.documents.application;

import no.lis.tender.documents.domain.AnsweredQuestion;
import no.lis.tender.documents.domain.DocumentKind;
import no.lis.tender.documents.domain.Notice;
import no.lis.tender.documents.domain.TenderDocument;
import no.lis.tender.tendering.domain.TenderFixtures;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static org.assertj.core.api.Assertions.assertThat;

class RegenerateQuestionsAndAnswersTest {

    private static final Instant ASKED = Instant.parse("2026-01-20T08:15:00Z");
    private static final Instant ANSWERED = Instant.parse("2026-01-22T13:00:00Z");
    private static final Clock LATER = TenderFixtures.at(ANSWERED);

    private final Documents documents = new Documents();
    private final Long tenderId = documents.add(TenderFixtures.published());

    private static AnsweredQuestion answered(int number) {
        return new AnsweredQuestion(number, ASKED, "Spørsmål nummer " + number + "?", "Svar på " + number + ".", ANSWERED);
    }

    @Test
    void theFirstPublishedAnswersMakeVersionOneWithTheQuestionsByNumber() {
        Long id = documents.regenerateQuestionsAndAnswers(LATER)
                .regenerate(tenderId, List.of(answered(2), answered(1)), BUYER);

        assertThat(documents.renderer.questionsAndAnswers().reference()).isEqualTo("2026-LIS-TNF-01");
        assertThat(documents.renderer.questionsAndAnswers().generatedAt()).isEqualTo(ANSWERED);
        assertThat(documents.renderer.questionsAndAnswers().questions()).containsExactly(answered(1), answered(2));
        TenderDocument stored = documents.queries.document(id).orElseThrow();
        assertThat(stored.getKind()).isEqualTo(DocumentKind.QUESTIONS_AND_ANSWERS);
        assertThat(stored.getTitle()).isEqualTo("Spørsmål og svar");
        assertThat(stored.getFileName()).isEqualTo("2026-LIS-TNF-01-sporsmal-og-svar.pdf");
        assertThat(stored.getVersionNumber()).isEqualTo(1);
    }

    @Test
    void laterAnswersReplaceTheDocumentAndTheSuppliersThatDownloadedAreTold() {
        Long first = documents.regenerateQuestionsAndAnswers(LATER).regenerate(tenderId, List.of(answered(1)), BUYER);
        documents.recordDownload(LATER).record(first, "lev.a", 11L);

        Long second = documents.regenerateQuestionsAndAnswers(LATER)
                .regenerate(tenderId, List.of(answered(1), answered(2)), BUYER);

        assertThat(documents.queries.document(first).orElseThrow().isCurrent()).isFalse();
        TenderDocument current = documents.queries.document(second).orElseThrow();
        assertThat(current.getVersionNumber()).isEqualTo(2);
        assertThat(current.getChangeNote()).isEqualTo("Oppdatert med publiserte svar (2 spørsmål besvart).");
        assertThat(documents.queries.noticesOf(11L)).extracting(Notice::getDocumentId).containsExactly(second);
    }
}
