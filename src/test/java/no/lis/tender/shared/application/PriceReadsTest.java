package no.lis.tender.shared.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import no.lis.tender.shared.domain.SecurityEvent;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;

class PriceReadsTest {

    private final List<SecurityEvent> fired = new ArrayList<>();
    private final PriceReads reads = new PriceReads(new Event<>() {
        @Override
        public void fire(SecurityEvent event) {
            fired.add(event);
        }

        @Override
        public <U extends SecurityEvent> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends SecurityEvent> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<SecurityEvent> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends SecurityEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends SecurityEvent> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    });

    @Test
    void aReadOfPricesIsASecurityEventNamingWhoWhatAndHowWithoutAnyPrice() {
        reads.record("kari", "tender:42", PriceReads.Channel.PDF, "GET /api/tenders/42/evaluation/report");

        assertThat(fired).containsExactly(SecurityEvent.of(SecurityEvent.Kind.PRICE_VIEW, "kari", "tender:42",
                "PDF GET /api/tenders/42/evaluation/report"));
    }

    @Test
    void anAnswerThatHeldNoPriceAfterAllIsNotLogged() {
        reads.withheld();
        reads.record("ingrid", "tender:42", PriceReads.Channel.API, "GET /api/tenders/42/evaluation/workspace");

        assertThat(fired).isEmpty();
        assertThat(reads.isWithheld()).isTrue();
    }

    @Test
    void theSubjectNamesTheParametersOfThePath() {
        assertThat(PriceReads.subject("tender:{tenderId}", Map.of("tenderId", List.of("42")))).isEqualTo("tender:42");
        assertThat(PriceReads.subject("area:{therapeuticAreaId}", Map.of())).as("left as it is without a value")
                .isEqualTo("area:{therapeuticAreaId}");
        assertThat(PriceReads.subject("follow-up", Map.of())).isEqualTo("follow-up");
    }
}
