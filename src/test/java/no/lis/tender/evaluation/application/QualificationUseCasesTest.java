package no.lis.tender.evaluation.application;

import no.lis.tender.evaluation.domain.EvaluationFixtures;
import no.lis.tender.evaluation.domain.Qualification;
import no.lis.tender.evaluation.domain.QualificationStatus;
import no.lis.tender.shared.Stored;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.TenderStatus;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static no.lis.tender.evaluation.domain.EvaluationFixtures.AFTER_DEADLINE;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.OFFER;
import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** DecideQualification and QualificationQueries over an in-memory repository, on one opened tender (id 1). */
class QualificationUseCasesTest {

    private static final Long OTHER_OFFER = 22L;
    private static final String REASON = "Prisskjemaet er ikke fullstendig utfylt.";
    private static final Clock LATER = Clock.offset(AFTER_DEADLINE, Duration.ofHours(1));

    private final List<Tender> known = new ArrayList<>(List.of(EvaluationFixtures.openedTender()));
    private final TenderRepository tenders = (TenderRepository) Proxy.newProxyInstance(
            TenderRepository.class.getClassLoader(), new Class<?>[]{TenderRepository.class},
            (proxy, method, args) -> {
                if (!method.getName().equals("find")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                return known.stream().filter(t -> t.getId().equals(args[0])).findFirst();
            });
    private final InMemoryQualifications qualifications = new InMemoryQualifications();
    private final QualificationQueries queries = new QualificationQueries(qualifications, tenders);

    private Qualification decide(DecideQualificationCommand command, String buyer, Clock clock) {
        return new DecideQualification(qualifications, tenders, clock).decide(command, buyer);
    }

    @Test
    void aRejectionNeedsAReasonAndNothingIsRecordedWithout() {
        assertThat(refusal(() -> decide(new DecideQualificationCommand(1L, OFFER, false, " ", null), BUYER,
                AFTER_DEADLINE))).containsExactly(new Violation("reason", "validation.required"));
        assertThat(queries.decisions(1L)).isEmpty();
    }

    @Test
    void aRejectedOfferStaysVisibleWithItsReasonAndIsExcludedFromScoring() {
        decide(new DecideQualificationCommand(1L, OFFER, false, REASON, null), BUYER, AFTER_DEADLINE);
        decide(new DecideQualificationCommand(1L, OTHER_OFFER, true, null, null), BUYER, AFTER_DEADLINE);

        assertThat(queries.decisions(1L)).extracting(Qualification::getOfferId, Qualification::getStatus,
                Qualification::getReason).containsExactly(
                tuple(OFFER, QualificationStatus.REJECTED, REASON),
                tuple(OTHER_OFFER, QualificationStatus.QUALIFIED, null));
        assertThat(queries.isExcluded(1L, OFFER)).isTrue();
        assertThat(queries.isExcluded(1L, OTHER_OFFER)).isFalse();
        assertThat(queries.isExcluded(1L, 99L)).as("not yet checked").isFalse();
    }

    @Test
    void aSecondDecisionReplacesTheFirstWithWhoAndWhen() {
        Qualification first = decide(new DecideQualificationCommand(1L, OFFER, false, REASON, null), BUYER,
                AFTER_DEADLINE);

        decide(new DecideQualificationCommand(1L, OFFER, true, null, first.getVersion()), "ola.buyer", LATER);

        assertThat(queries.decisions(1L)).singleElement().satisfies(q -> {
            assertThat(q.getStatus()).isEqualTo(QualificationStatus.QUALIFIED);
            assertThat(q.getReason()).isNull();
            assertThat(q.getDecided().actor()).isEqualTo("ola.buyer");
            assertThat(q.getDecided().at()).isEqualTo(LATER.instant());
        });
        assertThat(queries.isExcluded(1L, OFFER)).isFalse();
    }

    @Test
    void aDecisionOnAnOutdatedOneIsRefused() {
        decide(new DecideQualificationCommand(1L, OFFER, false, REASON, null), BUYER, AFTER_DEADLINE);

        assertThat(refusal(() -> decide(new DecideQualificationCommand(1L, OFFER, true, null, null), BUYER, LATER)))
                .containsExactly(new Violation(null, "concurrent.modification.generic"));
        assertThat(refusal(() -> decide(new DecideQualificationCommand(1L, OFFER, true, null, 7L), BUYER, LATER)))
                .containsExactly(new Violation(null, "concurrent.modification.generic"));
        assertThat(queries.isExcluded(1L, OFFER)).isTrue();
    }

    @Test
    void decidingOutsideTheOpenedTenderIsRefused() {
        known.set(0, Stored.withId(TenderFixtures.published(), 1L));

        assertThat(refusal(() -> decide(new DecideQualificationCommand(1L, OFFER, true, null, null), BUYER,
                AFTER_DEADLINE))).containsExactly(new Violation(null, "evaluation.notInEvaluation",
                TenderStatus.PUBLISHED));
        assertThat(qualifications.findByTender(1L)).isEmpty();
    }

    @Test
    void anUnknownTenderIsRefused() {
        assertThat(refusal(() -> decide(new DecideQualificationCommand(9L, OFFER, true, null, null), BUYER,
                AFTER_DEADLINE))).containsExactly(new Violation(null, "evaluation.tenderNotFound", 9L));
        assertThat(refusal(() -> queries.decisions(9L)))
                .containsExactly(new Violation(null, "evaluation.tenderNotFound", 9L));
    }
}
