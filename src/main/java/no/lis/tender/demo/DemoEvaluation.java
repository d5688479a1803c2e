package no.lis.tender.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.evaluation.domain.ImpartialityDeclaration;
import no.lis.tender.evaluation.domain.ImpartialityDeclarationRepository;
import no.lis.tender.evaluation.domain.MemberScoreSheet;
import no.lis.tender.evaluation.domain.MemberScoreSheetRepository;
import no.lis.tender.evaluation.domain.Qualification;
import no.lis.tender.evaluation.domain.QualificationRepository;
import no.lis.tender.evaluation.domain.ScoredSubCriteria;
import no.lis.tender.evaluation.domain.SubCriterionRef;
import no.lis.tender.offers.domain.CriterionAnswer;
import no.lis.tender.offers.domain.LotOffer;
import no.lis.tender.offers.domain.LotTallyRepository;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferContent;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.offers.domain.OfferSeal;
import no.lis.tender.offers.domain.OfferedProduct;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.offers.domain.Submission;
import no.lis.tender.offers.domain.TenderOpening;
import no.lis.tender.offers.domain.TenderOpeningRepository;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.Timeline;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A TNF round in the middle of its evaluation, as the buyer and the specialist group find it: offers
 * from Sandoz (both lots), AbbVie (adalimumab) and Pfizer (etanercept), each naming its own pack
 * from the demo catalogue at a price well below the maximum price and answering every scored
 * sub-criterion; the submission closed at the deadline; the offers opened by Per and confirmed by
 * Kari; all three qualified by Kari; Ingrid impartial with her scores of every offer submitted;
 * Lars impartial (a past tie described) with a draft for AbbVie's offer only; no consensus yet.
 * <p>
 * Built through the domain with clocks set to when each step happened, relative to the tender's
 * submission deadline, which must lie a few weeks back. Prices, answers and scores are made up;
 * the sub-criteria are those the phase-4 defaults take from the criteria library, by title.
 */
@ApplicationScoped
class DemoEvaluation {

    private static final String OPENED_BY = "per";
    private static final String BUYER = "kari";
    private static final String SUBMITTED_MEMBER = "ingrid";
    private static final String DRAFTING_MEMBER = "lars";

    private static final String READY_TO_USE = "Bruksferdige legemiddelformer";
    private static final String SHELF_LIFE = "Holdbarhet";
    private static final String LABELLING = "Merking";
    private static final String MANAGEMENT_SYSTEM = "Miljøstyringssystem";
    private static final String SITES_DISCLOSED = "Åpenhet om produksjonssteder";
    private static final String PACKAGING = "Emballasje";
    private static final String TRANSPORT = "Transport";
    private static final String SAFETY_STOCK = "Sikkerhetslager";
    private static final String SUBSTANCE_SITES = "Antall produksjonssteder for virkestoffet";
    private static final String SHORTAGES = "Mangelhistorikk";

    /** A pack of the demo catalogue offered on a lot, at a price per pack below its maximum price (AIP). */
    private record Pack(int lot, String varenummer, String name, String description, String price) {
    }

    /** A member's score of one sub-criterion, with her justification. */
    private record Score(String subCriterion, int value, String justification) {
    }

    /** The supplier's answer to a sub-criterion and Ingrid's score of it. */
    private record Answer(String text, Score ingrid) {
    }

    /** A supplier's offer, submitted {@code daysBeforeDeadline} days before the deadline day at {@code time}. */
    private record Bid(String supplier, int daysBeforeDeadline, LocalTime time, List<Pack> packs, List<Answer> answers) {

        Answer answer(String subCriterion) {
            return answers.stream().filter(answer -> answer.ingrid().subCriterion().equals(subCriterion)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no demo answer of " + supplier + " to " + subCriterion));
        }
    }

    private static final Bid SANDOZ = new Bid("sandoz", 8, LocalTime.of(14, 12), List.of(
            new Pack(1, "183264", "Hyrimoz", "injeksjonsvæske i ferdigfylt penn, 40 mg, 2 penner", "1895.00"),
            new Pack(2, "508117", "Erelzi", "injeksjonsvæske i ferdigfylt penn, 50 mg, 4 penner", "2690.00")), List.of(
            answer(READY_TO_USE, "Hyrimoz og Erelzi leveres som ferdigfylte penner med fast dose; ingenting skal"
                    + " tilberedes. Hyrimoz er citratfri (40 mg/0,4 ml).", 8,
                    "Ferdigfylte penner for begge virkestoffer og citratfri adalimumab."),
            answer(SHELF_LIFE, "Hyrimoz: 24 måneder ved 2–8 °C, inntil 21 dager i romtemperatur. Erelzi: 30 måneder"
                    + " ved 2–8 °C, inntil 4 uker i romtemperatur.", 8,
                    "God holdbarhet; perioden i romtemperatur dekker pasientenes reiser."),
            answer(LABELLING, "GS1 DataMatrix på ytteremballasjen og strekkode på hver penn; norsk etikett og"
                    + " pakningsvedlegg.", 9, "Strekkode på laveste enhet, slik sykehusene trenger for skanning."),
            answer(MANAGEMENT_SYSTEM, "Miljøstyringssystem sertifisert etter ISO 14001 for produksjonen av både"
                    + " virkestoff og ferdigvare; sertifikatet gjelder til 2027.", 8,
                    "Gyldig ISO 14001 som omfatter hele produksjonen."),
            answer(SITES_DISCLOSED, "Virkestoffene produseres i Østerrike; formulering, fylling og pakking i Slovenia."
                    + " Navn og adresse for alle steder står i produksjonsstedslisten.", 8,
                    "Alle steder for virkestoff og ferdigformulering oppgitt med adresse."),
            answer(PACKAGING, "Eske av papp med 80 % resirkulert fiber og uten plastinnlegg: 38 g papp og 21 g plast"
                    + " (pennene) per pakning.", 9, "Minst plast og høyest andel resirkulert fiber av tilbudene."),
            answer(TRANSPORT, "Kjølebil og jernbane fra Slovenia til grossist i Norge; siste etappe med biler på"
                    + " fornybar diesel (HVO).", 7, "Ingen flyfrakt, men tiltakene er ikke tallfestet."),
            answer(SAFETY_STOCK, "Sikkerhetslager i Norge tilsvarende 4 måneders forventet forbruk i sykehusene"
                    + " gjennom hele avtaleperioden.", 9, "Fire måneders lager i Norge er det beste tilbudet."),
            answer(SUBSTANCE_SITES, "To godkjente produksjonssteder for hvert av virkestoffene.", 8,
                    "To uavhengige steder gir god redundans."),
            answer(SHORTAGES, "Én leveringssvikt for Erelzi i Sverige i 2024 (12 dager, forsinket transport); ingen"
                    + " meldte mangler i Norge.", 7, "Én kort svikt i Norden de siste tre årene, med kjent årsak.")));

    private static final Bid ABBVIE = new Bid("abbvie", 1, LocalTime.of(15, 48), List.of(
            new Pack(1, "411872", "Humira", "injeksjonsvæske i ferdigfylt penn, 40 mg, 2 penner", "2980.00")), List.of(
            answer(READY_TO_USE, "Humira 40 mg/0,4 ml i ferdigfylt penn, citratfri og med tynn kanyle (29G); ingen"
                    + " tilberedning. Vi tilbyr sykehusene opplæring av pasienter.", 9,
                    "Citratfri penn med tynn kanyle og opplæring; best for pasientene."),
            answer(SHELF_LIFE, "24 måneder ved 2–8 °C; pennen kan oppbevares i romtemperatur (inntil 25 °C) i inntil"
                    + " 14 dager.", 6, "Kortere tid i romtemperatur enn de andre tilbudene."),
            answer(LABELLING, "GS1 DataMatrix på ytteremballasjen; strekkode på den enkelte penn innføres i løpet av"
                    + " 2026.", 7, "Strekkode på pennen er lovet, men ikke på plass ennå."),
            answer(MANAGEMENT_SYSTEM, "Miljøstyringssystem etter ISO 14001 for egne produksjonssteder; fyllingen hos"
                    + " kontraktsprodusent er ikke omfattet.", 7, "ISO 14001, men ikke for hele produksjonskjeden."),
            answer(SITES_DISCLOSED, "Virkestoffet produseres i USA og Irland; fylling og pakking hos en"
                    + " kontraktsprodusent i Tyskland, som navngis på forespørsel.", 6,
                    "Kontraktsprodusenten for fylling og pakking er ikke navngitt."),
            answer(PACKAGING, "Eske av papp med 60 % resirkulert fiber og innlegg av PET-plast: 45 g papp og 34 g"
                    + " plast per pakning.", 5, "Plastinnlegg og mer plast per pakning enn Sandoz."),
            answer(TRANSPORT, "Virkestoffet fraktes med fly fra USA til Europa; ferdigvaren med kjølebil fra"
                    + " Tyskland.", 4, "Flyfrakt av virkestoffet gir høye utslipp, og ingen tiltak er beskrevet."),
            answer(SAFETY_STOCK, "Sikkerhetslager i Norge tilsvarende 3 måneders forventet forbruk.", 7,
                    "Tre måneders lager i Norge."),
            answer(SUBSTANCE_SITES, "Tre godkjente produksjonssteder for adalimumab, i to verdensdeler.", 9,
                    "Tre steder i to verdensdeler gir svært god redundans."),
            answer(SHORTAGES, "Ingen leveringssvikt eller meldte mangler for Humira i de nordiske landene de siste tre"
                    + " årene.", 10, "Ingen mangler i perioden.")));

    private static final Bid PFIZER = new Bid("pfizer", 0, LocalTime.of(11, 37), List.of(
            new Pack(2, "074812", "Enbrel", "injeksjonsvæske i ferdigfylt penn, 50 mg, 4 penner", "3940.00")), List.of(
            answer(READY_TO_USE, "Enbrel 50 mg i ferdigfylt penn (MYCLIC); ingen tilberedning.", 7,
                    "Bruksferdig penn, uten fordeler utover det som kreves."),
            answer(SHELF_LIFE, "30 måneder ved 2–8 °C; kan oppbevares i romtemperatur (inntil 25 °C) i inntil 4"
                    + " uker.", 9, "Lang holdbarhet og fire uker i romtemperatur."),
            answer(LABELLING, "GS1 DataMatrix på ytteremballasjen; ikke strekkode på den enkelte penn.", 6,
                    "Mangler strekkode på laveste enhet."),
            answer(MANAGEMENT_SYSTEM, "Miljøstyringssystem sertifisert etter ISO 14001 for produksjonsstedet for"
                    + " virkestoffet og for fyllingen.", 8, "ISO 14001 for både virkestoff og fylling."),
            answer(SITES_DISCLOSED, "Virkestoffet produseres i Irland; fylling og pakking i Belgia, begge med adresse."
                    + " Underleverandøren av pennene er ikke tatt med.", 7,
                    "Stedene er oppgitt, men ikke underleverandøren av pennene."),
            answer(PACKAGING, "Eske av papp uten resirkulert fiber og med plastbrett: 52 g papp og 40 g plast per"
                    + " pakning med 4 penner.", 4, "Mest plast og ingen resirkulert fiber."),
            answer(TRANSPORT, "Sjøfrakt fra Belgia til Norge; elektriske varebiler fra grossistlageret til sykehusene"
                    + " i Oslo-området.", 6, "Sjøfrakt er bra; elektriske biler bare i én region."),
            answer(SAFETY_STOCK, "Sikkerhetslager i Norge tilsvarende 2 måneders forbruk, og europeisk lager i"
                    + " Belgia.", 5, "To måneders lager i Norge er mindre enn de andre tilbyr."),
            answer(SUBSTANCE_SITES, "Ett godkjent produksjonssted for etanercept; et andre er til godkjenning hos"
                    + " EMA.", 4, "Ett sted er sårbart inntil det andre er godkjent."),
            answer(SHORTAGES, "Ingen meldte mangler i Norge; én restordre i Danmark i 2023 (3 uker, kapasitet ved"
                    + " fylling).", 8, "Én restordre i Norden, ingen i Norge.")));

    private static final List<Bid> BIDS = List.of(SANDOZ, ABBVIE, PFIZER);

    /** Lars has scored the first sub-criteria of AbbVie's offer and saved them as a draft. */
    private static final List<Score> LARS_DRAFT_OF_ABBVIE = List.of(
            new Score(READY_TO_USE, 8, "Citratfri penn; sykehusapoteket trenger ikke gjøre noe før utlevering."),
            new Score(SHELF_LIFE, 6, "14 dager i romtemperatur er kort for pasienter som reiser."),
            new Score(LABELLING, 6, "Uten strekkode på pennen kan den ikke skannes ved utdeling på post."),
            new Score(MANAGEMENT_SYSTEM, 7, "ISO 14001 for egne steder, ikke for kontraktsfyllingen."),
            new Score(SITES_DISCLOSED, 5, "Kontraktsprodusenten bør navngis."));

    @Inject
    OfferRepository offers;

    @Inject
    OfferSeal seal;

    @Inject
    LotTallyRepository tally;

    @Inject
    TenderOpeningRepository openings;

    @Inject
    QualificationRepository qualifications;

    @Inject
    ImpartialityDeclarationRepository declarations;

    @Inject
    MemberScoreSheetRepository sheets;

    /**
     * Takes {@code tender}, published with its submission deadline a few weeks back, through offers,
     * closing, opening and qualification into the scoring; {@code suppliers} are the demo suppliers'
     * ids by username.
     */
    void load(Tender tender, Map<String, Long> suppliers) {
        Instant deadline = tender.getTimeline().getSubmissionDeadline();
        LocalDate deadlineDay = LocalDate.ofInstant(deadline, Timeline.OSLO);
        List<SubCriterionRef> subCriteria = List.copyOf(ScoredSubCriteria.of(tender).keySet());

        List<Offer> submitted = new ArrayList<>();
        for (Bid bid : BIDS) {
            submitted.add(submit(tender, bid, suppliers.get(bid.supplier()), subCriteria, deadlineDay));
        }

        tender.closeSubmission(Clock.fixed(deadline, ZoneOffset.UTC));
        LocalDate opened = deadlineDay.plusDays(1);
        TenderOpening opening = openings.save(TenderOpening.start(tender, buyer(OPENED_BY), at(opened, 9, 5)));
        opening.confirm(buyer(BUYER), submitted, TenderOpening.checkingWith(
                () -> seal.openingKey(tender.getId(), BUYER), seal, offer -> List.of()), at(opened, 9, 32));
        tender.markOpened(BUYER, at(opened, 9, 32));

        LocalDate qualified = deadlineDay.plusDays(2);
        for (int i = 0; i < submitted.size(); i++) {
            qualifications.save(Qualification.decide(tender, submitted.get(i).getId(), true, null, BUYER,
                    at(qualified, 10, 15 + 20 * i)));
        }

        declarations.save(ImpartialityDeclaration.declare(tender.getId(), SUBMITTED_MEMBER, true, null,
                at(qualified, 14, 3)));
        LocalDate scored = deadlineDay.plusDays(9);
        for (int i = 0; i < submitted.size(); i++) {
            Bid bid = BIDS.get(i);
            MemberScoreSheet sheet = MemberScoreSheet.start(tender, submitted.get(i).getId(), SUBMITTED_MEMBER);
            subCriteria.forEach(ref -> {
                Score score = bid.answer(ref.title()).ingrid();
                sheet.score(tender, ref, score.value(), score.justification());
            });
            sheet.submit(tender, at(scored, 15, 20 + 15 * i));
            sheets.save(sheet);
        }

        declarations.save(ImpartialityDeclaration.declare(tender.getId(), DRAFTING_MEMBER, true,
                "Holdt et betalt foredrag om biotilsvarende legemidler for Sandoz i 2021; ingen bånd til"
                        + " leverandørene de siste tre årene.", at(deadlineDay.plusDays(6), 8, 47)));
        MemberScoreSheet draft = MemberScoreSheet.start(tender, submitted.get(BIDS.indexOf(ABBVIE)).getId(),
                DRAFTING_MEMBER);
        for (Score score : LARS_DRAFT_OF_ABBVIE) {
            SubCriterionRef ref = subCriteria.stream().filter(r -> r.title().equals(score.subCriterion())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the tender does not score " + score.subCriterion()));
            draft.score(tender, ref, score.value(), score.justification());
        }
        sheets.save(draft);
    }

    /** The supplier's offer: started two days before it was submitted, the draft saved two hours before. */
    private Offer submit(Tender tender, Bid bid, Long supplierId, List<SubCriterionRef> subCriteria,
                         LocalDate deadlineDay) {
        LocalDateTime submittedAt = deadlineDay.minusDays(bid.daysBeforeDeadline()).atTime(bid.time());
        Offer offer = offers.save(Offer.start(tender, new Reader(bid.supplier(), Set.of(Reader.SUPPLIER), supplierId),
                at(submittedAt.minusDays(2))));
        List<CriterionAnswer> answers = subCriteria.stream().map(ref -> new CriterionAnswer(ref.type(), ref.title(),
                bid.answer(ref.title()).text(), List.of())).toList();
        List<LotOffer> lots = bid.packs().stream().map(pack -> new LotOffer(pack.lot(),
                List.of(new OfferedProduct(new Varenummer(pack.varenummer()), pack.name(), pack.description())),
                new BigDecimal(pack.price()), answers)).toList();
        offer.saveDraft(tender, OfferContent.of(lots), seal, at(submittedAt.minusHours(2)));
        Submission submission = offer.submit(tender, seal, at(submittedAt));
        tally.apply(submission.counted(), submission.uncounted());
        return offer;
    }

    private static Answer answer(String subCriterion, String text, int ingridsScore, String ingridsJustification) {
        return new Answer(text, new Score(subCriterion, ingridsScore, ingridsJustification));
    }

    private static Reader buyer(String username) {
        return new Reader(username, Set.of(Reader.BUYER), null);
    }

    private static Clock at(LocalDate day, int hour, int minute) {
        return at(day.atTime(hour, minute));
    }

    /** A clock stopped at {@code osloTime}. */
    private static Clock at(LocalDateTime osloTime) {
        return Clock.fixed(Timeline.atOslo(osloTime), ZoneOffset.UTC);
    }
}
