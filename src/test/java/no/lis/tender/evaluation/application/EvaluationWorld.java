package no.lis.tender.evaluation.application;

import no.lis.tender.shared.Stored;
import no.lis.tender.shared.application.ParallelWork;
import no.lis.tender.catalogue.domain.EmailAddress;
import no.lis.tender.catalogue.domain.Examples;
import no.lis.tender.catalogue.domain.GroupMember;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.ProductType;
import no.lis.tender.catalogue.domain.Profession;
import no.lis.tender.catalogue.domain.SpecialistGroup;
import no.lis.tender.catalogue.domain.SpecialistGroupRepository;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.SupplierRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.evaluation.domain.Consensus;
import no.lis.tender.evaluation.domain.ConsensusScore;
import no.lis.tender.evaluation.domain.EvaluationFixtures;
import no.lis.tender.evaluation.domain.MemberScoreSheet;
import no.lis.tender.evaluation.domain.Qualification;
import no.lis.tender.evaluation.domain.SubCriterionRef;
import no.lis.tender.offers.domain.CriterionAnswer;
import no.lis.tender.offers.domain.LotOffer;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferContent;
import no.lis.tender.offers.domain.OfferFixtures;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.offers.domain.SubmittedOffer;
import no.lis.tender.offers.domain.OfferedProduct;
import no.lis.tender.offers.domain.PlainSeal;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.offers.domain.TenderOpening;
import no.lis.tender.offers.domain.TenderOpeningRepository;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.PriceFormula;
import no.lis.tender.tendering.domain.Scale;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.VolumeUnit;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The evaluation's use cases and queries over in-memory repositories, on one tender (id 1, group 3)
 * weighing price 70 % (lowest price / offered price × 100) and quality 30 % on one sub-criterion
 * "Bruksklar" from 0 to 10, with lot 1 (1 000 packs a year) and lot 2, published. Offers are
 * submitted before the deadline, then {@link #open()} opens them and the tender; the catalogue knows packs
 * {@link #HUMIRA} and {@link #HYRIMOZ}, both 2 pens of 40 mg adalimumab (DDD 2.9 mg).
 */
final class EvaluationWorld {

    static final String HUMIRA = "123456";
    static final String HYRIMOZ = "234567";
    static final SubCriterionRef READY_TO_USE = new SubCriterionRef(CriterionType.QUALITY, "Bruksklar");
    static final Reader PHARMA_A = OfferFixtures.SUPPLIER_A;
    static final Reader PHARMA_B = OfferFixtures.SUPPLIER_B;
    static final Reader PHARMA_C = new Reader("cecilie@pharma-c.no", Set.of(Reader.SUPPLIER), 13L);
    static final Clock CLOCK = EvaluationFixtures.AFTER_DEADLINE;

    final Tender tender = published(EvaluationFixtures.draftWith(List.of(
                    AwardCriterion.price(70, PriceFormula.LOWEST_PRICE_RATIO, 100),
                    EvaluationFixtures.scored(READY_TO_USE.type(), 30, new Scale(0, 10), READY_TO_USE.title())),
            EvaluationFixtures.lot("Adalimumab", "1000", VolumeUnit.PACKS),
            EvaluationFixtures.lot("Adalimumab, barn", "200", VolumeUnit.PACKS)));
    final SpecialistGroup group = group(tender.getSpecialistGroupId(), EvaluationFixtures.MEMBER,
            EvaluationFixtures.OTHER_MEMBER);
    private final List<Offer> offers = new ArrayList<>();
    private final List<TenderOpening> openings = new ArrayList<>();
    private final List<Product> catalogue = List.of(Examples.humira(), new Product(new Varenummer(HYRIMOZ), "Hyrimoz",
            Examples.adalimumab(), Examples.twoPensOf40Mg(), Examples.abbvie(), new BigDecimal("9000.00"),
            ProductType.BIOSIMILAR));
    private final PlainSeal seal = new PlainSeal();
    /** How many times an offer was read whole, with its sealed content. */
    final AtomicInteger offersReadWhole = new AtomicInteger();

    final InMemoryQualifications qualifications = new InMemoryQualifications();
    final InMemoryEvaluation.Declarations declarations = new InMemoryEvaluation.Declarations();
    final InMemoryEvaluation.Sheets sheets = new InMemoryEvaluation.Sheets();
    final InMemoryEvaluation.ConsensusScores consensus = new InMemoryEvaluation.ConsensusScores();
    final InMemoryEvaluation.Evaluations evaluations = new InMemoryEvaluation.Evaluations();
    final InMemoryEvaluation.Rankings rankings = new InMemoryEvaluation.Rankings();

    private final TenderRepository tenders = answering(TenderRepository.class, Map.of(
            "find", id -> Optional.of(tender).filter(t -> t.getId().equals(id)),
            "findReadOnly", id -> Optional.of(tender).filter(t -> t.getId().equals(id)),
            "findBySpecialistGroup", id -> tender.getSpecialistGroupId().equals(id) ? List.of(tender) : List.of()));
    /** Parallel work on the test's thread: the same results, in the same order. */
    private static final ParallelWork PARALLEL = ParallelWork.on(Runnable::run);

    private final OpenedOfferReader reader = new OpenedOfferReader(
            answering(OfferRepository.class, Map.of("findByTender",
                    id -> offers.stream().filter(offer -> offer.getTenderId().equals(id)).toList(),
                    "lastSubmissions", id -> offers.stream().filter(offer -> offer.getTenderId().equals(id))
                            .flatMap(offer -> SubmittedOffer.of(offer).stream()).toList(),
                    "find", id -> {
                        offersReadWhole.incrementAndGet();
                        return offers.stream().filter(offer -> offer.getId().equals(id)).findFirst();
                    })),
            answering(TenderOpeningRepository.class, Map.of("findByTender",
                    id -> openings.stream().filter(opening -> opening.getTenderId().equals(id)).findFirst())),
            answering(SupplierRepository.class, Map.of("findAll", none -> List.of(
                    supplier(PHARMA_A, "Pharma A AS", "974760673"), supplier(PHARMA_B, "Pharma B AS", "983887457"),
                    supplier(PHARMA_C, "Pharma C AS", "923609016")))),
            seal, PARALLEL, new OpenedContentCache());

    final RankTender rank = new RankTender(tenders, reader, qualifications, consensus,
            answering(ProductRepository.class, Map.of("packFacts", varenumre -> catalogue.stream()
                    .filter(product -> ((Collection<?>) varenumre).contains(product.getVarenummer()))
                    .map(Product::packFacts).toList())),
            evaluations, rankings, CLOCK, PARALLEL);
    final CompleteEvaluation complete = new CompleteEvaluation(tenders, reader, qualifications, evaluations, rankings,
            rank, CLOCK);
    final SetConsensus setConsensus = new SetConsensus(tenders, sheets, consensus, CLOCK);
    final AcceptMeansAsConsensus acceptMeans = new AcceptMeansAsConsensus(tenders, qualifications, sheets, consensus,
            CLOCK);
    final ShowPricesToMembers showPrices = new ShowPricesToMembers(tenders, evaluations, CLOCK);
    final DeclareImpartiality declare = new DeclareImpartiality(declarations, tenders, CLOCK);
    final EvaluationQueries queries = new EvaluationQueries(tenders,
            answering(SpecialistGroupRepository.class, Map.of(
                    "findById", id -> Optional.of(group).filter(g -> g.getId().equals(id)),
                    "findByMember", member -> group.isMember((String) member) ? List.of(group) : List.of())),
            reader, qualifications, declarations, sheets, consensus, evaluations, rankings);

    /** The report, its renderer printing nothing: the tests read the content it is given. */
    final EvaluationReports reports = new EvaluationReports(queries, tenders, rankings, declarations,
            report -> new byte[0], CLOCK);

    /**
     * {@code supplier} submits an offer (id {@code id}) of pack {@code varenummer} at {@code price} on each of
     * {@code lots}, answering "Bruksklar", {@code id} minutes into the day the tender was published.
     */
    Offer submitted(Reader supplier, long id, String varenummer, String price, int... lots) {
        Clock before = Clock.offset(TenderFixtures.CLOCK, Duration.ofMinutes(id));
        List<LotOffer> content = new ArrayList<>();
        for (int lot : lots) {
            content.add(new LotOffer(lot, List.of(new OfferedProduct(new Varenummer(varenummer), "Adalimumab",
                    "40 mg, 2 ferdigfylte penner")), new BigDecimal(price), List.of(new CriterionAnswer(
                    READY_TO_USE.type(), READY_TO_USE.title(), "Ferdigfylt penn fra " + supplier.username(),
                    List.of()))));
        }
        Offer offer = Stored.withId(Offer.start(tender, supplier, before), id);
        offer.saveDraft(tender, OfferContent.of(content), seal, before);
        offer.submit(tender, seal, before);
        offers.add(offer);
        return offer;
    }

    /** Two buyers open the offers after the deadline; the tender is opened for evaluation. */
    void open() {
        TenderOpening opening = TenderOpening.start(tender, OfferFixtures.BUYER, CLOCK);
        opening.confirm(OfferFixtures.OTHER_BUYER, offers, TenderOpening.checkingWith(
                () -> seal.openingKey(tender.getId(), TenderFixtures.BUYER), seal, offer -> List.of()), CLOCK);
        openings.add(opening);
        tender.closeSubmission(CLOCK);
        tender.markOpened(TenderFixtures.BUYER, CLOCK);
    }

    private static Tender published(Tender draft) {
        draft.publish(TenderFixtures.BUYER, TenderFixtures.CLOCK, TenderFixtures.THRESHOLD);
        return draft;
    }

    void qualify(long offerId, boolean qualified) {
        qualifications.save(Qualification.decide(tender, offerId, qualified, qualified ? null : "Mangler attest.",
                TenderFixtures.BUYER, CLOCK));
    }

    /** The consensus of "Bruksklar" of offer {@code offerId}, as if the members' mean had been {@code value}. */
    void consensus(long offerId, int value) {
        consensus.save(ConsensusScore.of(tender.getId(), new Consensus(offerId, READY_TO_USE, value, value, null,
                TenderFixtures.BUYER, CLOCK.instant())));
    }

    /** {@code member} declares herself impartial, or describes a conflict. */
    void declare(String member, boolean impartial) {
        declare.declare(new DeclareImpartialityCommand(tender.getId(), impartial, impartial ? null : "Styreverv."),
                member, true);
    }

    /** {@code member}'s sheet of offer {@code offerId}, "Bruksklar" scored {@code value}, submitted or not. */
    MemberScoreSheet scored(long offerId, String member, int value, boolean submit) {
        return sheets.save(EvaluationFixtures.scoredAll(tender, offerId, member, value, submit));
    }

    private static SpecialistGroup group(long id, String... usernames) {
        SpecialistGroup group = new SpecialistGroup("Revmatologi", Examples.rheumatology());
        for (String username : usernames) {
            group.addMember(new GroupMember(username, username + "@sykehus.no", Profession.CLINICIAN, username));
        }
        return Stored.withId(group, id);
    }

    private static Supplier supplier(Reader user, String name, String organisationNumber) {
        return Stored.withId(new Supplier(name, new OrganisationNumber(organisationNumber),
                new EmailAddress(user.username())), user.supplierId());
    }

    /** A repository of another context that answers only the look-ups named, by their one argument (or none). */
    private static <R> R answering(Class<R> repository, Map<String, Function<Object, Object>> answers) {
        return repository.cast(Proxy.newProxyInstance(repository.getClassLoader(), new Class<?>[]{repository},
                (proxy, method, arguments) -> {
                    Function<Object, Object> answer = answers.get(method.getName());
                    if (answer == null) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return answer.apply(arguments == null ? null : arguments[0]);
                }));
    }
}
