package no.lis.tender.documents.application;

import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.documents.domain.CriterionSection;
import no.lis.tender.documents.domain.DocumentFile;
import no.lis.tender.documents.domain.DocumentKind;
import no.lis.tender.documents.domain.InvitationContent;
import no.lis.tender.documents.domain.LotSection;
import no.lis.tender.documents.domain.SubstanceLine;
import no.lis.tender.documents.domain.TenderDocument;
import no.lis.tender.documents.domain.TimelineRow;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.LotSpecification;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.MarketSplit;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.PriceFormula;
import no.lis.tender.tendering.domain.QualificationKind;
import no.lis.tender.tendering.domain.QualificationRequirement;
import no.lis.tender.tendering.domain.Scale;
import no.lis.tender.tendering.domain.SubCriterion;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.TenderFixtures;
import no.lis.tender.tendering.domain.VolumeUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class GenerateTenderDocumentsTest {

    private final Documents documents = new Documents();

    /** Phase 3, published on 10 January 2026: adalimumab per DDD, and a lot per treatment period by health region. */
    private Long publishedTender() {
        Tender tender = TenderFixtures.publishable();
        tender.addLot(new LotSpecification("Infliksimab", null, Set.of(new AtcCode("L04AB02")),
                new BigDecimal("4200"), VolumeUnit.PACKS, ComparisonBasis.PER_TREATMENT_PERIOD, 56,
                MarketSplit.HEALTH_REGIONS.markets()), BUYER, Documents.CLOCK);
        tender.publish(BUYER, Documents.CLOCK, TenderFixtures.THRESHOLD);
        return documents.add(tender);
    }

    @Test
    void theInvitationCarriesWhyEnvironmentWeighsUnderTheMainRule() {
        Tender tender = TenderFixtures.publishable();
        List<SubCriterion> one = List.of(new SubCriterion("Miljøstyringssystem", null, new Scale(0, 10), null));
        tender.defineCriteria(List.of(AwardCriterion.price(80, PriceFormula.LOWEST_PRICE_RATIO, 100),
                        AwardCriterion.scored(CriterionType.ENVIRONMENT, 20, one)),
                "Utslippskravene er absolutte krav i kravspesifikasjonen.", BUYER, Documents.CLOCK);
        tender.publish(BUYER, Documents.CLOCK, TenderFixtures.THRESHOLD);

        documents.generateTenderDocuments().generateFor(documents.add(tender), BUYER);

        assertThat(documents.renderer.invitation().environmentJustification())
                .isEqualTo("Utslippskravene er absolutte krav i kravspesifikasjonen.");
    }

    @Test
    void theInvitationListsTheQualificationRequirementsWithTheTurnoverInKroner() {
        Tender tender = TenderFixtures.publishable();
        tender.defineQualificationRequirements(List.of(
                new QualificationRequirement(QualificationKind.MINIMUM_TURNOVER, "Siste regnskapsår", new BigDecimal("5000000")),
                new QualificationRequirement(QualificationKind.REFERENCES, "Leveranser til sykehus", new BigDecimal("3")),
                new QualificationRequirement(QualificationKind.QUALITY_SYSTEM, "GDP-sertifikat", null)), BUYER, Documents.CLOCK);
        tender.publish(BUYER, Documents.CLOCK, TenderFixtures.THRESHOLD);

        documents.generateTenderDocuments().generateFor(documents.add(tender), BUYER);

        assertThat(documents.renderer.invitation().qualificationRequirements()).containsExactly(
                new TimelineRow("Minste årlige omsetning (terskel: 5\u00a0000\u00a0000,00 kr)", "Siste regnskapsår"),
                new TimelineRow("Referanser fra lignende leveranser (terskel: 3)", "Leveranser til sykehus"),
                new TimelineRow("Kvalitetssystem (GMP/GDP)", "GDP-sertifikat"));
    }

    @Test
    void theInvitationSaysWhatTheTenderAndTheCatalogueHold() {
        documents.generateTenderDocuments().generateFor(publishedTender(), BUYER);

        InvitationContent invitation = documents.renderer.invitation();
        assertThat(invitation.reference()).isEqualTo("2026-LIS-TNF-01");
        assertThat(invitation.title()).isEqualTo("TNF-alfa-hemmere");
        assertThat(invitation.marketPhase()).isEqualTo("Patentutløp: de første generiske eller biotilsvarende legemidlene (fase 4)");
        assertThat(invitation.instrument()).isEqualTo("Åpent anbud");
        assertThat(invitation.lots()).containsExactly(
                new LotSection(1, "Adalimumab", "Revmatoid artritt",
                        List.of(new SubstanceLine("L04AB04", "adalimumab", "2,9 mg P")), new BigDecimal("125000"),
                        "DDD", "Per DDD (definert døgndose)", List.of("Norge")),
                new LotSection(2, "Infliksimab", null, List.of(new SubstanceLine("L04AB02", null, null)),
                        new BigDecimal("4200"), "Pakninger", "Per behandlingsperiode på 56 dager",
                        List.of("Helse Sør-Øst", "Helse Vest", "Helse Midt-Norge", "Helse Nord")));
        assertThat(invitation.criteria()).extracting(CriterionSection::type, CriterionSection::weight)
                .containsExactly(tuple("Pris", 55),
                        tuple("Kvalitet", 5),
                        tuple("Klima og miljø", 30),
                        tuple("Forsyningssikkerhet", 10));
        CriterionSection price = invitation.criteria().get(0);
        assertThat(price.priceFormula()).isEqualTo("Laveste pris / tilbudt pris × maksimal poengsum");
        assertThat(price.maxPoints()).isEqualTo(100);
        assertThat(invitation.criteria().get(2).subCriteria()).isNotEmpty()
                .allSatisfy(sub -> assertThat(sub.scaleMax()).isEqualTo(10));
        assertThat(invitation.timeline()).containsExactly(
                new TimelineRow("Prosedyre", "Åpen anbudskonkurranse over EØS-terskelverdien (forskriften del III)"),
                new TimelineRow("Publisert", "10.01.2026 11:00"),
                new TimelineRow("Frist for spørsmål", "15.02.2026 12:00"),
                new TimelineRow("Svar på spørsmål senest", "23.02.2026"),
                new TimelineRow("Tilbudsfrist", "01.03.2026 12:00"),
                new TimelineRow("Planlagt tildeling", "01.04.2026"),
                new TimelineRow("Avtalen starter", "01.09.2026"),
                new TimelineRow("Avtalen utløper", "31.08.2028"),
                new TimelineRow("Opsjoner", "1 + 1 år"));
        assertThat(invitation.howToSubmit()).contains("01.03.2026 12:00", "15.02.2026 12:00");
        assertThat(invitation.environmentJustification()).isNull();
        assertThat(invitation.timeLimitJustifications()).isEmpty();
        assertThat(invitation.qualificationRequirements()).isEmpty();
        assertThat(invitation.contact()).isNotBlank();
    }

    @Test
    void thePriceFormListsTheSameLotsWithTheSubmissionDeadline() {
        documents.generateTenderDocuments().generateFor(publishedTender(), BUYER);

        assertThat(documents.renderer.priceForm().lots()).isEqualTo(documents.renderer.invitation().lots());
        assertThat(documents.renderer.priceForm().submissionDeadline()).isEqualTo(TenderFixtures.oslo(2026, 3, 1, 12));
    }

    @Test
    void theInvitationAndThePriceFormAreStoredAsVersionOneWithWhoMadeThemAndWhen() {
        Long tenderId = publishedTender();

        documents.generateTenderDocuments().generateFor(tenderId, BUYER);

        List<TenderDocument> stored = documents.queries.currentDocumentsOf(tenderId);
        assertThat(stored).extracting(TenderDocument::getKind, TenderDocument::getTitle, TenderDocument::getFileName,
                        TenderDocument::getVersionNumber)
                .containsExactly(tuple(DocumentKind.INVITATION, "Konkurransegrunnlag",
                                "2026-LIS-TNF-01-konkurransegrunnlag.pdf", 1),
                        tuple(DocumentKind.PRICE_FORM, "Prisskjema",
                                "2026-LIS-TNF-01-prisskjema.pdf", 1));
        assertThat(stored).allSatisfy(document -> {
            assertThat(document.getCreatedBy()).isEqualTo(BUYER);
            assertThat(document.getCreatedAt()).isEqualTo(Documents.CLOCK.instant());
            byte[] content = documents.documents.findContent(document.getId()).orElseThrow().getBytes();
            assertThat(document.getSha256()).isEqualTo(DocumentFile.sha256(content));
        });
    }

    @Test
    void generatingAgainMakesNewVersionsWithAChangeNoteAndKeepsTheOldOnes() {
        Long tenderId = publishedTender();
        documents.generateTenderDocuments().generateFor(tenderId, BUYER);

        documents.generateTenderDocuments().generateFor(tenderId, BUYER);

        assertThat(documents.queries.documentsOf(tenderId))
                .extracting(TenderDocument::getKind, TenderDocument::getVersionNumber, TenderDocument::isCurrent)
                .containsExactly(tuple(DocumentKind.INVITATION, 1, false),
                        tuple(DocumentKind.INVITATION, 2, true),
                        tuple(DocumentKind.PRICE_FORM, 1, false),
                        tuple(DocumentKind.PRICE_FORM, 2, true));
        assertThat(documents.queries.currentDocumentsOf(tenderId)).extracting(TenderDocument::getChangeNote)
                .containsOnly("Laget på nytt fra opplysningene i anbudet.");
    }

    @Test
    void aDraftGetsNoDocuments() {
        Long tenderId = documents.add(TenderFixtures.planned(MarketPhase.GENERIC_ENTRY));

        assertThat(refusal(() -> documents.generateTenderDocuments().generateFor(tenderId, BUYER)))
                .containsExactly(new Violation(null, "documents.generate.notPublished"));
        assertThat(documents.queries.documentsOf(tenderId)).isEmpty();
    }
}
