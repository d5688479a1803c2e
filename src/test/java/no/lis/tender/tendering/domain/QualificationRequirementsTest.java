package no.lis.tender.tendering.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.CLOCK;
import static no.lis.tender.tendering.domain.TenderFixtures.planned;
import static no.lis.tender.tendering.domain.TenderFixtures.published;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QualificationRequirementsTest {

    private static QualificationRequirement turnover(String amount) {
        return new QualificationRequirement(QualificationKind.MINIMUM_TURNOVER, "Omsetning siste regnskapsår",
                amount == null ? null : new BigDecimal(amount));
    }

    private static QualificationRequirement register() {
        return new QualificationRequirement(QualificationKind.BUSINESS_REGISTER, "Firmaattest", null);
    }

    @Test
    void aDraftKeepsItsRequirementsInTheBuyersOrderAndLogsThem() {
        Tender tender = planned(MarketPhase.GENERIC_ENTRY);

        tender.defineQualificationRequirements(List.of(turnover("5000000"), register()), BUYER, CLOCK);

        assertThat(tender.getQualificationRequirements()).extracting(QualificationRequirement::getKind,
                QualificationRequirement::getThreshold).containsExactly(
                tuple(QualificationKind.MINIMUM_TURNOVER, new BigDecimal("5000000.00")),
                tuple(QualificationKind.BUSINESS_REGISTER, null));
        assertThat(tender.getLog()).last().extracting(TenderLogEntry::getAction)
                .isEqualTo("tender.log.qualificationDefined");
    }

    @Test
    void definingAgainReplacesTheRequirements() {
        Tender tender = planned(MarketPhase.GENERIC_ENTRY);
        tender.defineQualificationRequirements(List.of(turnover("5000000"), register()), BUYER, CLOCK);

        tender.defineQualificationRequirements(List.of(register()), BUYER, CLOCK);

        assertThat(tender.getQualificationRequirements()).extracting(QualificationRequirement::getKind)
                .containsExactly(QualificationKind.BUSINESS_REGISTER);
    }

    @Test
    void aKindSetTwiceIsRefusedAtTheSecond() {
        Tender tender = planned(MarketPhase.GENERIC_ENTRY);

        assertThat(refusal(() -> tender.defineQualificationRequirements(List.of(register(), turnover("1"), register()),
                BUYER, CLOCK))).extracting("field", "messageKey")
                .containsExactly(tuple("requirements[2].kind", "tender.qualification.kindTwice"));
        assertThat(tender.getQualificationRequirements()).isEmpty();
    }

    @Test
    void aPublishedTendersRequirementsCannotChange() {
        Tender tender = published();

        assertThat(refusal(() -> tender.defineQualificationRequirements(List.of(register()), BUYER, CLOCK)))
                .extracting("messageKey").containsExactly("tender.notEditable");
    }

    @Test
    void minimumTurnoverNeedsAnAmountInKronerAboveZero() {
        assertThat(refusal(() -> turnover(null))).extracting("field", "messageKey")
                .containsExactly(tuple("threshold", "tender.qualification.amountRequired"));
        assertThat(refusal(() -> turnover("0"))).extracting("messageKey")
                .containsExactly("tender.qualification.amountInvalid");
        assertThat(refusal(() -> turnover("1000.005"))).extracting("messageKey")
                .containsExactly("tender.qualification.amountInvalid");
    }

    @Test
    void aKindWithoutThresholdRefusesOne() {
        assertThat(refusal(() -> new QualificationRequirement(QualificationKind.QUALITY_SYSTEM, "GDP-sertifikat",
                BigDecimal.ONE))).extracting("field", "messageKey")
                .containsExactly(tuple("threshold", "tender.qualification.noThreshold"));
    }

    @Test
    void referencesMayNameAWholeLeastNumber() {
        assertThat(new QualificationRequirement(QualificationKind.REFERENCES, "Tre referanser", new BigDecimal("3"))
                .getThreshold()).isEqualByComparingTo("3");
        assertThat(new QualificationRequirement(QualificationKind.REFERENCES, "Referanser", null).getThreshold()).isNull();
        assertThat(refusal(() -> new QualificationRequirement(QualificationKind.REFERENCES, "Referanser",
                new BigDecimal("2.5")))).extracting("messageKey").containsExactly("tender.qualification.countInvalid");
    }

    @Test
    void theBuyersTextIsRequired() {
        assertThat(refusal(() -> new QualificationRequirement(QualificationKind.CREDIT_RATING, " ", null)))
                .extracting("field", "messageKey").containsExactly(tuple("text", "validation.required"));
    }
}
