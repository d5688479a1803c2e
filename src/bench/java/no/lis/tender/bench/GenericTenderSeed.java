package no.lis.tender.bench;

import no.lis.tender.shared.domain.SecurityEvent;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import no.lis.tender.catalogue.application.DddInput;
import no.lis.tender.catalogue.application.PackInput;
import no.lis.tender.catalogue.application.ProductDetails;
import no.lis.tender.catalogue.application.RegisterProduct;
import no.lis.tender.catalogue.application.RegisterSubstance;
import no.lis.tender.catalogue.application.RegisterSupplier;
import no.lis.tender.catalogue.application.SaveSpecialistGroup;
import no.lis.tender.catalogue.domain.AdministrationRoute;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.SpecialistGroup;
import no.lis.tender.catalogue.domain.SpecialistGroupRepository;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.SubstanceRepository;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.SupplierRepository;
import no.lis.tender.catalogue.domain.DoseUnit;
import no.lis.tender.catalogue.domain.ProductType;
import no.lis.tender.catalogue.domain.Profession;
import no.lis.tender.catalogue.domain.TherapeuticArea;
import no.lis.tender.catalogue.domain.TherapeuticAreaRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.evaluation.domain.Consensus;
import no.lis.tender.evaluation.domain.ConsensusScore;
import no.lis.tender.evaluation.domain.ConsensusScoreRepository;
import no.lis.tender.evaluation.domain.Qualification;
import no.lis.tender.evaluation.domain.QualificationRepository;
import no.lis.tender.evaluation.domain.SubCriterionRef;
import no.lis.tender.offers.domain.CriterionAnswer;
import no.lis.tender.offers.domain.LotOffer;
import no.lis.tender.offers.domain.LotTallyRepository;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferContent;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.offers.domain.OfferSeal;
import no.lis.tender.offers.domain.OfferedProduct;
import no.lis.tender.offers.domain.Submission;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.offers.domain.TenderOpening;
import no.lis.tender.offers.domain.TenderOpeningRepository;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.CriterionTemplateRepository;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.LotSpecification;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.MarketSplit;
import no.lis.tender.tendering.domain.PriceFormula;
import no.lis.tender.tendering.domain.Scale;
import no.lis.tender.tendering.domain.SubCriterion;
import no.lis.tender.tendering.domain.EeaThreshold;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderReference;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.Timeline;
import no.lis.tender.tendering.domain.VolumeUnit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Logger;

/**
 * A generic tender of the end-to-end scenario, built through the domain, use cases and repositories
 * as a buyer and suppliers would build it: {@code lots} lots of generic tablets ({@value #LOTS} for the
 * issue's goal; each lot one of a dozen real substances with the WHO's oral DDDs), price 60 % (lowest
 * price ratio) and supply security 40 % (one scored sub-criterion), {@value #SUPPLIERS} offers on every
 * lot, each with its own pack (so lots × {@value #SUPPLIERS} distinct packs, all registered in the
 * catalogue with a maximum price), every offer saved, sealed (AES-GCM) and submitted before the
 * deadline, the opening started and confirmed by two buyers, every offer qualified and given a
 * consensus score. An offer names at most {@value OfferContent#MAX_LOTS} lots: a larger tender has
 * {@value #SUPPLIERS} suppliers for each {@value OfferContent#MAX_LOTS} lots.
 * <p>
 * Seeded once per database and size under the reference {@link #reference}; a later run finds it and
 * reuses it. Tenders of different sizes share the substances, the suppliers and the specialist group,
 * and have packs of their own. Each step is its own transaction, so that no persistence context grows
 * with the whole seed.
 */
final class GenericTenderSeed {

    static final int LOTS = 2_000;
    static final int SUPPLIERS = 8;
    static final String BUYER = "kari";
    static final String SECOND_BUYER = "per";
    static final String SUB_CRITERION = "Sikkerhetslager og leveringsevne";
    static final String GROUP = "Spesialistgruppe for generiske tabletter";

    private static final Logger LOG = Logger.getLogger(GenericTenderSeed.class.getName());
    private static final int PRODUCTS_PER_TRANSACTION = 500;

    /** ATC code, name, oral DDD in mg, strength of the tablet in mg. */
    private record Generic(String atc, String name, String dddMg, String strengthMg) {
    }

    private static final List<Generic> GENERICS = List.of(
            new Generic("C10AA05", "atorvastatin", "20", "20"),
            new Generic("C10AA01", "simvastatin", "30", "20"),
            new Generic("C09AA05", "ramipril", "2.5", "5"),
            new Generic("C07AB02", "metoprolol", "150", "50"),
            new Generic("C08CA01", "amlodipin", "5", "5"),
            new Generic("A02BC01", "omeprazol", "20", "20"),
            new Generic("N02BE01", "paracetamol", "3000", "500"),
            new Generic("N06AB06", "sertralin", "50", "50"),
            new Generic("A10BA02", "metformin", "2000", "500"),
            new Generic("C03CA01", "furosemid", "40", "40"),
            new Generic("N05AH04", "quetiapin", "400", "100"),
            new Generic("C09CA01", "losartan", "50", "50"));

    private static final String[] SUPPLIER_NAMES = {"Accord Healthcare AB", "Teva Norway AS", "Krka Sverige AB",
        "Viatris AS", "Zentiva Denmark ApS", "Stada Nordic ApS", "Orifarm Generics AS", "Aristo Pharma Nordic AS"};
    private static final int[] PACK_SIZES = {28, 30, 98, 100};

    private final UserTransaction tx;
    private final int lots;
    private final int firstVarenummer;
    private final CDI<Object> cdi = CDI.current();
    private final Random random = new Random(20_260_301L);

    GenericTenderSeed(UserTransaction tx, int lots) {
        if (lots < 1 || lots > 30_000) {
            throw new IllegalArgumentException("a scenario tender has 1 to 30 000 lots, not " + lots);
        }
        this.tx = tx;
        this.lots = lots;
        // each size its own packs: from 200 000 + 16 × lots to 200 000 + 24 × lots (apart for 250, 500, …, 4 000)
        this.firstVarenummer = 200_000 + 16 * lots;
    }

    /** The tender's reference: one tender per size. */
    static String reference(int lots) {
        return "2026-LIS-GENERIKA-L" + lots + "-01";
    }

    /** How many suppliers offer: {@value #SUPPLIERS} for each {@value OfferContent#MAX_LOTS} lots. */
    int suppliers() {
        return SUPPLIERS * ((lots + OfferContent.MAX_LOTS - 1) / OfferContent.MAX_LOTS);
    }

    /** The varenumre offered on the tender, {@value #SUPPLIERS} per lot. */
    Set<Varenummer> offeredPacks() {
        Set<Varenummer> packs = new java.util.HashSet<>();
        for (int lot = 1; lot <= lots; lot++) {
            for (int s = 0; s < SUPPLIERS; s++) {
                packs.add(varenummer(lot, s));
            }
        }
        return packs;
    }

    /** The id of the scenario's tender, seeding it first where this database does not hold it yet. */
    long tenderId() throws Exception {
        TenderRepository tenders = bean(TenderRepository.class);
        Long existing = inTransaction(() -> tenders.findByReference(new TenderReference(reference(lots)))
                .map(Tender::getId).orElse(null));
        if (existing != null && inTransaction(() -> bean(ConsensusScoreRepository.class).findByTender(existing).isEmpty())) {
            // the last step of a seed scores the offers: a tender without scores is a seed that was cut short
            throw new IllegalStateException("scenario tender " + reference(lots) + " (" + existing + ") was not seeded to"
                    + " the end; remove the test server's database (target/liberty/wlp/usr/servers/<name>/databases)");
        }
        if (existing != null) {
            LOG.info("Scenario tender " + reference(lots) + " already seeded: " + existing);
            return existing;
        }
        return seed();
    }

    private long seed() throws Exception {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(Timeline.OSLO);
        long areaId = inTransaction(() -> bean(TherapeuticAreaRepository.class).findByCode("GENERIKA")
                .orElseGet(() -> bean(TherapeuticAreaRepository.class)
                        .save(new TherapeuticArea("GENERIKA", "Generiske legemidler i tablettform"))).getId());
        long groupId = inTransaction(() -> bean(SpecialistGroupRepository.class).findByName(GROUP)
                .map(SpecialistGroup::getId).orElseGet(() -> bean(SaveSpecialistGroup.class).save(
                new SaveSpecialistGroup.Command(null, null, GROUP, areaId, List.of(
                new SaveSpecialistGroup.Member("Hanne Lie", "hanne.lie@sykehusapotek.example",
                        Profession.HOSPITAL_PHARMACIST, null),
                new SaveSpecialistGroup.Member("Tor Ask", "tor.ask@sykehus.example", Profession.CLINICIAN, null))),
                SecurityEvent.SYSTEM)));
        List<Long> substanceIds = inTransaction(() -> {
            List<Long> ids = new ArrayList<>();
            for (Generic generic : GENERICS) {
                ids.add(bean(SubstanceRepository.class).findByAtcCode(new AtcCode(generic.atc())).map(Substance::getId)
                        .orElseGet(() -> bean(RegisterSubstance.class).register(new RegisterSubstance.Command(
                                generic.atc(), generic.name(), new DddInput(new BigDecimal(generic.dddMg()), DoseUnit.MG,
                                AdministrationRoute.ORAL), null, areaId))));
            }
            return ids;
        });
        List<Long> supplierIds = inTransaction(() -> {
            List<Long> ids = new ArrayList<>();
            for (int s = 0; s < suppliers(); s++) {
                String number = organisationNumber(s);
                int supplier = s;
                ids.add(bean(SupplierRepository.class).findByOrganisationNumber(new OrganisationNumber(number))
                        .map(Supplier::getId).orElseGet(() -> bean(RegisterSupplier.class).register(
                                new RegisterSupplier.Command(supplierName(supplier), number,
                                        "anbud" + (supplier + 1) + "@generika.example"))));
            }
            return ids;
        });
        registerProducts(substanceIds, supplierIds);

        Tender tender = inTransaction(() -> bean(TenderRepository.class).save(plannedTender(areaId, groupId, today)));
        long tenderId = tender.getId();
        for (int s = 0; s < suppliers(); s++) {
            int supplier = s;
            inTransaction(() -> submitOffer(tenderId, supplier, supplierIds.get(supplier), today));
        }
        inTransaction(() -> open(tenderId, today));
        inTransaction(() -> qualifyAndScore(tenderId, today));
        LOG.info("Scenario tender " + reference(lots) + " seeded as " + tenderId + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return tenderId;
    }

    private void registerProducts(List<Long> substanceIds, List<Long> supplierIds) throws Exception {
        for (int from = 1; from <= lots; from += PRODUCTS_PER_TRANSACTION / SUPPLIERS) {
            int first = from;
            int last = Math.min(lots, from + PRODUCTS_PER_TRANSACTION / SUPPLIERS - 1);
            inTransaction(() -> {
                RegisterProduct register = bean(RegisterProduct.class);
                for (int lot = first; lot <= last; lot++) {
                    Generic generic = generic(lot);
                    for (int s = 0; s < SUPPLIERS; s++) {
                        register.register(new ProductDetails(varenummer(lot, s).value(),
                                productName(generic, s), substanceIds.get(GENERICS.indexOf(generic)),
                                new PackInput("tablett, filmdrasjert", new BigDecimal(generic.strengthMg()), DoseUnit.MG,
                                        BigDecimal.valueOf(packSize(lot, s)), "tabletter"),
                                supplierIds.get(supplierOn(lot, s)), maximumPrice(lot), ProductType.GENERIC));
                    }
                }
                return null;
            });
        }
    }

    private Tender plannedTender(long areaId, long groupId, LocalDate today) {
        Clock planned = at(today.minusDays(40));
        Tender tender = Tender.plan(new TenderReference(reference(lots)),
                "Generiske tabletter 2027–2029 (ytelsestest, " + lots + " delkontrakter)",
                areaId, groupId, MarketPhase.GENERIC_ENTRY, bean(CriterionTemplateRepository.class).findActive(), BUYER,
                planned);
        tender.defineCriteria(List.of(AwardCriterion.price(60, PriceFormula.LOWEST_PRICE_RATIO,
                        AwardCriterion.DEFAULT_PRICE_POINTS),
                AwardCriterion.scored(CriterionType.SUPPLY_SECURITY, 40,
                        List.of(new SubCriterion(SUB_CRITERION, null, new Scale(0, 10), null)))),
                "Miljø stilles som krav til emballasje og transport; likeverdige generika skiller seg ikke på miljø.",
                BUYER, planned);
        for (int lot = 1; lot <= lots; lot++) {
            Generic generic = generic(lot);
            tender.addLot(new LotSpecification(capitalised(generic.name()) + " tablett " + generic.strengthMg()
                            + " mg, delkontrakt " + lot, "Alle godkjente indikasjoner",
                    Set.of(new AtcCode(generic.atc())), BigDecimal.valueOf(50_000L + random.nextInt(2_000_000)),
                    VolumeUnit.DDD, ComparisonBasis.PER_DDD, null, MarketSplit.NONE.markets()), BUYER, planned);
        }
        LocalDate deadline = today.minusDays(3);
        LocalDate award = deadline.plusWeeks(4);
        LocalDate start = award.plusMonths(2).withDayOfMonth(1);
        tender.reschedule(new Timeline(null, noonOslo(deadline.minusWeeks(2)), noonOslo(deadline), award, start,
                start.plusYears(2).minusDays(1), List.of(1, 1)), BUYER, planned);
        tender.prepareNotice(BigDecimal.valueOf(100_000L * lots), java.util.Map.of(), BUYER, planned);
        // the seed stands for a round published long ago: its contract notice is not what is measured
        tender.publish(BUYER, at(today.minusDays(39)), new EeaThreshold(BigDecimal.valueOf(Long.MAX_VALUE)));
        return tender;
    }

    private Void submitOffer(long tenderId, int supplier, long supplierId, LocalDate today) {
        Tender tender = bean(TenderRepository.class).find(tenderId).orElseThrow();
        OfferSeal seal = bean(OfferSeal.class);
        // supplier s offers on the s / 8-th block of MAX_LOTS lots, as the (s % 8)-th offer of each lot
        int first = supplier / SUPPLIERS * OfferContent.MAX_LOTS + 1;
        int last = Math.min(lots, first + OfferContent.MAX_LOTS - 1);
        int place = supplier % SUPPLIERS;
        List<LotOffer> offered = new ArrayList<>(last - first + 1);
        for (int lot = first; lot <= last; lot++) {
            Generic generic = generic(lot);
            Varenummer varenummer = varenummer(lot, place);
            offered.add(new LotOffer(lot, List.of(new OfferedProduct(varenummer, productName(generic, place),
                    packSize(lot, place) + " tabletter à " + generic.strengthMg() + " mg")),
                    offeredPrice(lot), List.of(new CriterionAnswer(CriterionType.SUPPLY_SECURITY, SUB_CRITERION,
                    "Sikkerhetslager for " + (3 + place) + " måneder i Norge; to godkjente produksjonssteder.",
                    null))));
        }
        Reader reader = new Reader("generika" + (supplier + 1), Set.of(Reader.SUPPLIER), supplierId);
        Clock received = at(today.minusDays(5).plusDays(supplier % 2), 10 + place);
        // stored first: what is sealed in an offer is bound to its id
        Offer offer = bean(OfferRepository.class).save(Offer.start(tender, reader, received));
        offer.saveDraft(tender, OfferContent.of(offered), seal, received);
        Submission submission = offer.submit(tender, seal, received);
        bean(LotTallyRepository.class).apply(submission.counted(), submission.uncounted());
        return null;
    }

    private Void open(long tenderId, LocalDate today) {
        Tender tender = bean(TenderRepository.class).find(tenderId).orElseThrow();
        TenderOpeningRepository openings = bean(TenderOpeningRepository.class);
        Clock opened = at(today.minusDays(2));
        TenderOpening opening = openings.save(TenderOpening.start(tender, buyer(BUYER), opened));
        OfferSeal seal = bean(OfferSeal.class);
        opening.confirm(buyer(SECOND_BUYER), bean(OfferRepository.class).findByTender(tenderId),
                TenderOpening.checkingWith(() -> seal.openingKey(tenderId, SECOND_BUYER), seal, offer -> List.of()),
                opened);
        tender.closeSubmission(opened);
        tender.markOpened(SECOND_BUYER, opened);
        return null;
    }

    private Void qualifyAndScore(long tenderId, LocalDate today) {
        Tender tender = bean(TenderRepository.class).find(tenderId).orElseThrow();
        Clock decided = at(today.minusDays(1));
        QualificationRepository qualifications = bean(QualificationRepository.class);
        ConsensusScoreRepository consensus = bean(ConsensusScoreRepository.class);
        SubCriterionRef ref = new SubCriterionRef(CriterionType.SUPPLY_SECURITY, SUB_CRITERION);
        for (Offer offer : bean(OfferRepository.class).findByTender(tenderId)) {
            qualifications.save(Qualification.decide(tender, offer.getId(), true, null, BUYER, decided));
            int mean = 4 + random.nextInt(6);
            consensus.save(ConsensusScore.of(tenderId, new Consensus(offer.getId(), ref, mean, mean, null, BUYER,
                    decided.instant())));
        }
        return null;
    }

    private static Reader buyer(String username) {
        return new Reader(username, Set.of(Reader.BUYER), null);
    }

    private static Generic generic(int lot) {
        return GENERICS.get((lot - 1) % GENERICS.size());
    }

    /** The pack of the {@code place}-th offer (0 to 7) on {@code lot}. */
    Varenummer varenummer(int lot, int place) {
        return new Varenummer(String.valueOf(firstVarenummer + (lot - 1) * SUPPLIERS + place));
    }

    /** The index of the supplier that makes the {@code place}-th offer on {@code lot}. */
    private static int supplierOn(int lot, int place) {
        return (lot - 1) / OfferContent.MAX_LOTS * SUPPLIERS + place;
    }

    private static String supplierName(int supplier) {
        int block = supplier / SUPPLIERS;
        return SUPPLIER_NAMES[supplier % SUPPLIERS] + (block == 0 ? "" : " (" + (block + 1) + ")");
    }

    private static String productName(Generic generic, int supplier) {
        return capitalised(generic.name()) + " " + SUPPLIER_NAMES[supplier].split(" ")[0];
    }

    private static int packSize(int lot, int supplier) {
        return PACK_SIZES[(lot + supplier) % PACK_SIZES.length];
    }

    /** AIP for the lot's packs, whatever their size: the offers fall 20 to 80 % below it. */
    private static BigDecimal maximumPrice(int lot) {
        return BigDecimal.valueOf(40_000 + (lot * 7_919L) % 60_000, 2);
    }

    private BigDecimal offeredPrice(int lot) {
        long maximum = maximumPrice(lot).movePointRight(2).longValueExact();
        return BigDecimal.valueOf(maximum * (20 + random.nextInt(61)) / 100, 2);
    }

    /** A valid (modulus 11) organisation number, the same for {@code index} on every run. */
    private static String organisationNumber(int index) {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        for (int base = 94_100_000 + index * 1_000; ; base++) {
            String digits = String.valueOf(base);
            int sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            int check = sum % 11 == 0 ? 0 : 11 - sum % 11;
            if (check < 10) {
                return digits + check;
            }
        }
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static Instant noonOslo(LocalDate day) {
        return Timeline.atOslo(LocalDateTime.of(day, LocalTime.NOON));
    }

    private static Clock at(LocalDate day) {
        return at(day, 9);
    }

    private static Clock at(LocalDate day, int hour) {
        return Clock.fixed(Timeline.atOslo(LocalDateTime.of(day, LocalTime.of(hour, 0))), ZoneOffset.UTC);
    }

    private <T> T bean(Class<T> type) {
        return cdi.select(type).get();
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception | Error e) {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
            throw e;
        }
    }
}
