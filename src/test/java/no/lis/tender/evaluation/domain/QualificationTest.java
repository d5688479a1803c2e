package no.lis.tender.evaluation.domain;

import no.lis.tender.shared.Stored;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import no.lis.tender.tendering.domain.TenderStatus;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static no.lis.tender.evaluation.domain.EvaluationFixtures.AFTER_DEADLINE;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.OFFER;
import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class QualificationTest {

    private static final String REASON = "Mangler markedsføringstillatelse i Norge.";
    private static final String OTHER_BUYER = "ola.buyer";
    private static final Clock LATER = Clock.offset(AFTER_DEADLINE, Duration.ofHours(3));

    private final Tender tender = EvaluationFixtures.openedTender();

    @Test
    void aRejectionNeedsAReason() {
        assertThat(refusal(() -> Qualification.decide(tender, OFFER, false, "  ", BUYER, AFTER_DEADLINE)))
                .containsExactly(new Violation("reason", "validation.required"));
        Qualification qualified = Qualification.decide(tender, OFFER, true, null, BUYER, AFTER_DEADLINE);
        assertThat(refusal(() -> qualified.reject(tender, null, BUYER, LATER)))
                .containsExactly(new Violation("reason", "validation.required"));
        assertThat(qualified.getStatus()).isEqualTo(QualificationStatus.QUALIFIED);
    }

    @Test
    void aReasonLongerThanItsColumnIsRefused() {
        String tooLong = "x".repeat(Qualification.REASON_LENGTH + 1);

        assertThat(refusal(() -> Qualification.decide(tender, OFFER, false, tooLong, BUYER, AFTER_DEADLINE)))
                .containsExactly(new Violation("reason", "text.tooLong", Qualification.REASON_LENGTH));
    }

    @Test
    void aRejectedOfferIsKeptWithItsReasonAndWhoAndWhen() {
        Qualification rejected = Qualification.decide(tender, OFFER, false, " " + REASON + " ", BUYER,
                AFTER_DEADLINE);

        assertThat(rejected.getTenderId()).isEqualTo(1L);
        assertThat(rejected.getOfferId()).isEqualTo(OFFER);
        assertThat(rejected.getStatus()).isEqualTo(QualificationStatus.REJECTED);
        assertThat(rejected.getReason()).isEqualTo(REASON);
        assertThat(rejected.getDecided().actor()).isEqualTo(BUYER);
        assertThat(rejected.getDecided().at()).isEqualTo(AFTER_DEADLINE.instant());
    }

    @Test
    void aRejectedOfferIsExcludedFromScoringAndAQualifiedOneIsNot() {
        assertThat(Qualification.decide(tender, OFFER, false, REASON, BUYER, AFTER_DEADLINE).excludesFromScoring())
                .isTrue();
        Qualification qualified = Qualification.decide(tender, OFFER, true, null, BUYER, AFTER_DEADLINE);
        assertThat(qualified.excludesFromScoring()).isFalse();
        assertThat(qualified.getReason()).isNull();
    }

    @Test
    void decidingOutsideTheOpenedTenderIsRefused() {
        Tender published = Stored.withId(TenderFixtures.published(), 1L);

        assertThat(refusal(() -> Qualification.decide(published, OFFER, true, null, BUYER, AFTER_DEADLINE)))
                .containsExactly(new Violation(null, "evaluation.notInEvaluation", TenderStatus.PUBLISHED));
        Qualification qualified = Qualification.decide(tender, OFFER, true, null, BUYER, AFTER_DEADLINE);
        assertThat(refusal(() -> qualified.reject(published, REASON, BUYER, LATER)))
                .containsExactly(new Violation(null, "evaluation.notInEvaluation", TenderStatus.PUBLISHED));
        assertThat(refusal(() -> qualified.qualify(published, BUYER, LATER)))
                .containsExactly(new Violation(null, "evaluation.notInEvaluation", TenderStatus.PUBLISHED));
        assertThat(qualified.getDecided().at()).isEqualTo(AFTER_DEADLINE.instant());
    }

    @Test
    void aSecondDecisionReplacesTheFirstWithWhoAndWhen() {
        Qualification qualification = Qualification.decide(tender, OFFER, false, REASON, BUYER, AFTER_DEADLINE);

        qualification.qualify(tender, OTHER_BUYER, LATER);

        assertThat(qualification.getStatus()).isEqualTo(QualificationStatus.QUALIFIED);
        assertThat(qualification.getReason()).isNull();
        assertThat(qualification.excludesFromScoring()).isFalse();
        assertThat(qualification.getDecided().actor()).isEqualTo(OTHER_BUYER);
        assertThat(qualification.getDecided().at()).isEqualTo(LATER.instant());
    }
}
