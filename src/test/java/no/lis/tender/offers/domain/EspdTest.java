package no.lis.tender.offers.domain;

import no.lis.tender.shared.Stored;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.QualificationKind;
import no.lis.tender.tendering.domain.QualificationRequirement;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static no.lis.tender.offers.domain.OfferFixtures.BUYER;
import static no.lis.tender.offers.domain.OfferFixtures.EARLY;
import static no.lis.tender.offers.domain.OfferFixtures.SUPPLIER_A;
import static no.lis.tender.offers.domain.OfferFixtures.confirmedOpening;
import static no.lis.tender.offers.domain.OfferFixtures.lot;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EspdTest {

    private final PlainSeal seal = new PlainSeal();

    /** {@link OfferFixtures#tender()}, but requiring a minimum turnover and GDP before it is published. */
    private static Tender tenderWithRequirements() {
        Tender tender = TenderFixtures.publishable();
        tender.addLot(TenderFixtures.adalimumab(), TenderFixtures.BUYER, EARLY);
        tender.defineQualificationRequirements(List.of(
                new QualificationRequirement(QualificationKind.MINIMUM_TURNOVER, "Omsetning", new BigDecimal("5000000")),
                new QualificationRequirement(QualificationKind.QUALITY_SYSTEM, "GDP", null)), TenderFixtures.BUYER, EARLY);
        tender.publish(TenderFixtures.BUYER, EARLY, TenderFixtures.THRESHOLD);
        return Stored.withId(tender, 1L);
    }

    private static List<ExclusionAnswer> allNo() {
        return new ArrayList<>(Arrays.stream(ExclusionGround.values()).map(g -> new ExclusionAnswer(g, false, null)).toList());
    }

    private static List<RequirementStatement> allMet() {
        return new ArrayList<>(List.of(new RequirementStatement(QualificationKind.MINIMUM_TURNOVER, true, "12 MNOK i 2025"),
                new RequirementStatement(QualificationKind.QUALITY_SYSTEM, true, "GDP-sertifikat vedlagt")));
    }

    private Offer draftedWith(Tender tender, Espd espd) {
        Offer offer = Stored.withId(Offer.start(tender, SUPPLIER_A, EARLY), 1L);
        offer.saveDraft(tender, OfferContent.of(List.of(lot(1, "900.00")), espd), seal, EARLY);
        return offer;
    }

    private List<Violation> submissionRefusal(Tender tender, Espd espd) {
        Offer offer = draftedWith(tender, espd);
        List<Violation> violations = refusal(() -> offer.submit(tender, seal, EARLY));
        assertThat(offer.getReceipts()).as("nothing submitted").isEmpty();
        return violations;
    }

    @Test
    void aCompleteEspdIsSubmittedSealedWithTheOffer() {
        Tender tender = tenderWithRequirements();
        Offer offer = draftedWith(tender, new Espd(allNo(), allMet()));

        offer.submit(tender, seal, EARLY);

        Espd read = offer.contentFor(SUPPLIER_A, null, seal).orElseThrow().espd();
        assertThat(read.exclusionGrounds()).hasSize(ExclusionGround.values().length);
        assertThat(read.statement(QualificationKind.MINIMUM_TURNOVER)).get()
                .extracting(RequirementStatement::text).isEqualTo("12 MNOK i 2025");
    }

    @Test
    void aTenderWithRequirementsRefusesAnOfferWithoutEspd() {
        assertThat(submissionRefusal(tenderWithRequirements(), null)).extracting("field", "messageKey")
                .containsExactly(tuple("espd", "offers.espd.required"));
    }

    @Test
    void anUnansweredGroundIsNamed() {
        List<ExclusionAnswer> answers = allNo();
        answers.removeIf(a -> a.ground() == ExclusionGround.CORRUPTION);

        assertThat(submissionRefusal(tenderWithRequirements(), new Espd(answers, allMet())))
                .extracting("field", "messageKey")
                .containsExactly(tuple("espd.exclusionGrounds.CORRUPTION", "offers.espd.groundUnanswered"));
    }

    @Test
    void aYesWithoutExplanationIsRefusedAndAYesWithOneIsAccepted() {
        Tender tender = tenderWithRequirements();
        List<ExclusionAnswer> answers = allNo();
        answers.set(ExclusionGround.PAYMENT_OF_TAXES.ordinal(), new ExclusionAnswer(ExclusionGround.PAYMENT_OF_TAXES, true, " "));

        assertThat(submissionRefusal(tender, new Espd(answers, allMet()))).extracting("field", "messageKey")
                .containsExactly(tuple("espd.exclusionGrounds.PAYMENT_OF_TAXES.explanation",
                        "offers.espd.explanationRequired"));

        answers.set(ExclusionGround.PAYMENT_OF_TAXES.ordinal(), new ExclusionAnswer(ExclusionGround.PAYMENT_OF_TAXES, true,
                "Restskatt for 2024 er betalt med renter; nye rutiner for avstemming."));
        Offer offer = draftedWith(tender, new Espd(answers, allMet()));
        offer.submit(tender, seal, EARLY);
        assertThat(offer.isSubmitted()).isTrue();
    }

    @Test
    void everyRequirementMustBeStatedAndANotMetExplained() {
        List<RequirementStatement> statements = List.of(
                new RequirementStatement(QualificationKind.MINIMUM_TURNOVER, false, null));

        assertThat(submissionRefusal(tenderWithRequirements(), new Espd(allNo(), statements)))
                .extracting("field", "messageKey").containsExactly(
                        tuple("espd.requirements.MINIMUM_TURNOVER.text", "offers.espd.notMetTextRequired"),
                        tuple("espd.requirements.QUALITY_SYSTEM.met", "offers.espd.requirementUnanswered"));
    }

    @Test
    void aDraftMayHoldAHalfWrittenEspdButNoStatementAgainstARequirementTheTenderDoesNotSet() {
        Tender tender = tenderWithRequirements();
        draftedWith(tender, new Espd(List.of(new ExclusionAnswer(ExclusionGround.FRAUD, null, null)), List.of()));

        assertThat(refusal(() -> draftedWith(tender, new Espd(List.of(), List.of(
                new RequirementStatement(QualificationKind.SUPPLY_CAPACITY, true, "Lager i Norge"))))))
                .extracting("field", "messageKey")
                .containsExactly(tuple("espd.requirements.SUPPLY_CAPACITY", "offers.espd.unknownRequirement"));
    }

    @Test
    void aTenderWithoutRequirementsTakesAnOfferWithoutEspd() {
        Tender tender = OfferFixtures.tender();
        Offer offer = draftedWith(tender, null);

        offer.submit(tender, seal, EARLY);

        assertThat(offer.isSubmitted()).isTrue();
    }

    @Test
    void aGroundAnsweredTwiceIsRefused() {
        assertThat(refusal(() -> new Espd(List.of(new ExclusionAnswer(ExclusionGround.FRAUD, false, null),
                new ExclusionAnswer(ExclusionGround.FRAUD, true, "x")), List.of()))).extracting("field", "messageKey")
                .containsExactly(tuple("espd.exclusionGrounds.FRAUD", "offers.espd.groundTwice"));
    }

    @Test
    void theBuyerSeesTheEspdOnlyAfterTheOpeningWithItsFlags() {
        Tender tender = tenderWithRequirements();
        List<ExclusionAnswer> answers = allNo();
        answers.set(ExclusionGround.CONFLICT_OF_INTEREST.ordinal(),
                new ExclusionAnswer(ExclusionGround.CONFLICT_OF_INTEREST, true, "Styremedlem er gift med en innkjøper."));
        List<RequirementStatement> statements = allMet();
        statements.set(1, new RequirementStatement(QualificationKind.QUALITY_SYSTEM, false, "Sertifisering pågår"));
        Offer offer = draftedWith(tender, new Espd(answers, statements));
        offer.submit(tender, seal, EARLY);

        assertThat(refusal(() -> offer.contentFor(BUYER, null, seal))).extracting("messageKey")
                .containsExactly("offers.sealed");

        Espd opened = offer.contentFor(BUYER, confirmedOpening(tender, List.of(offer), seal), seal).orElseThrow().espd();
        assertThat(opened.groundsAnsweredYes()).containsExactly(ExclusionGround.CONFLICT_OF_INTEREST);
        assertThat(opened.requirementsNotMet()).containsExactly(QualificationKind.QUALITY_SYSTEM);
    }

    @Test
    void contentWithoutEspdSerialisesAsBeforeSoThatEarlierReceiptsStillMatch() {
        OfferContent content = new OfferContent(List.of(lot(1, "900.00")), "00ff");

        assertThat(content.canonicalJson()).doesNotContain("espd").endsWith(",\"salt\":\"00ff\"}");
        OfferContent withEspd = new OfferContent(List.of(lot(1, "900.00")), new Espd(allNo(), List.of()), "00ff");
        assertThat(OfferContent.fromCanonicalJson(withEspd.canonicalJson())).isEqualTo(withEspd);
    }
}
