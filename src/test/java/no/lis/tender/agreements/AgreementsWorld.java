package no.lis.tender.agreements;

import no.lis.tender.shared.RecordedEvents;
import no.lis.tender.agreements.award.application.AwardLot;
import no.lis.tender.agreements.award.application.AwardQueries;
import no.lis.tender.agreements.award.application.IssueAwardLetters;
import no.lis.tender.agreements.award.application.RecordComplaint;
import no.lis.tender.agreements.award.application.ResolveComplaint;
import no.lis.tender.agreements.award.application.SetStandstillDays;
import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardDecisionRepository;
import no.lis.tender.agreements.award.domain.AwardFixtures;
import no.lis.tender.agreements.award.domain.AwardLetter;
import no.lis.tender.agreements.award.domain.AwardLetterRepository;
import no.lis.tender.agreements.award.domain.RejectedBidder;
import no.lis.tender.agreements.framework.application.AgreementQueries;
import no.lis.tender.agreements.framework.application.AgreementsOfAward;
import no.lis.tender.agreements.framework.application.ConcludeDirectAgreement;
import no.lis.tender.agreements.framework.application.ConcludeFrameworkAgreement;
import no.lis.tender.agreements.framework.application.DecideAgreementOption;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.agreements.framework.domain.DirectAgreementRepository;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.agreements.framework.domain.NyeMetoderId;
import no.lis.tender.catalogue.domain.Examples;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductQuery;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.evaluation.application.InMemoryEvaluation;
import no.lis.tender.evaluation.domain.EvaluatedOffer;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.LotStatus;
import no.lis.tender.evaluation.domain.PricePerUnit;
import no.lis.tender.evaluation.domain.RankedOffer;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.shared.MovableClock;
import no.lis.tender.shared.Stored;
import no.lis.tender.tendering.application.InMemoryTenderRepository;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.Tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The agreements use cases over repositories kept in memory: the evaluated one-lot tender of
 * {@link AwardFixtures} (id 1) with its ranking stored (Alfa, Beta, Gamma), the catalogue's Humira
 * (supplier AbbVie, id 7), and a clock the test moves.
 */
public final class AgreementsWorld {

    public static final Long ABBVIE = 7L;

    public final MovableClock clock = new MovableClock(AwardFixtures.LETTERS.instant());
    public final InMemoryTenderRepository tenders = new InMemoryTenderRepository();
    public final Decisions decisions = new Decisions();
    public final Letters letters = new Letters();
    public final InMemoryEvaluation.Rankings rankings = new InMemoryEvaluation.Rankings();
    public final Frameworks frameworks = new Frameworks();
    public final Directs directs = new Directs();
    public final Products products = new Products();
    public final Tender tender = AwardFixtures.evaluatedTender();

    public final AwardLot awardLot = new AwardLot(tenders, decisions, rankings, clock);
    public final SetStandstillDays setStandstillDays = new SetStandstillDays(tenders, decisions, clock);
    /** The suppliers whose offers were rejected at qualification, by tender id. */
    public final Map<Long, List<RejectedBidder>> rejectedBidders = new HashMap<>();
    public final IssueAwardLetters issueLetters = new IssueAwardLetters(tenders, decisions, letters,
            AwardFixtures.TEXT_RENDERER, id -> rejectedBidders.getOrDefault(id, List.of()),
            new RecordedEvents<>(), clock);
    public final RecordComplaint recordComplaint = new RecordComplaint(decisions, clock);
    public final ResolveComplaint resolveComplaint = new ResolveComplaint(decisions, clock);
    public final ConcludeFrameworkAgreement concludeFramework = new ConcludeFrameworkAgreement(tenders, decisions,
            frameworks, clock);
    public final DecideAgreementOption decideOption = new DecideAgreementOption(frameworks, new RecordedEvents<>(), clock);
    public final ConcludeDirectAgreement concludeDirect = new ConcludeDirectAgreement(products, directs, clock);
    public final AwardQueries awardQueries = new AwardQueries(tenders, decisions, rankings, letters,
            new AgreementsOfAward(frameworks), products,
            clock);
    public final AgreementQueries agreementQueries = new AgreementQueries(frameworks, directs, clock);

    public AgreementsWorld() {
        tenders.save(tender);
        rankings.replace(tender.getId(), List.of(new LotOutcome(1, LotStatus.RANKED, null,
                AwardFixtures.ranking().offers().stream().map(AgreementsWorld::evaluated).toList(), List.of())));
        Product humira = Examples.humira();
        Stored.withId(humira.getMarketingAuthorisationHolder(), ABBVIE);
        products.stored.add(humira);
    }

    private static EvaluatedOffer evaluated(RankedOffer ranked) {
        Long supplier = AwardFixtures.SUPPLIER_OF_OFFER.get(ranked.offerId());
        return new EvaluatedOffer(ranked.rank(), ranked.offerId(), supplier, ranked.supplierName(),
                Instant.parse("2026-02-28T10:00:00Z"), "12345" + ranked.rank(), new BigDecimal("7000.00"),
                new BigDecimal("27.5862"), PricePerUnit.normalise(new BigDecimal("7000.00"),
                new BigDecimal("27.5862"), ComparisonBasis.PER_DDD, null), new BigDecimal("70"), ranked.byCriterion(),
                ranked.total(), null);
    }

    public static Reader buyer() {
        return new Reader("kari", Set.of(Reader.BUYER), null);
    }

    public static Reader supplier(Long supplierId) {
        return new Reader("user" + supplierId, Set.of(Reader.SUPPLIER), supplierId);
    }

    /** Awards lot 1 to Alfa and issues the letters at {@link AwardFixtures#LETTERS}. */
    public void awardedToAlfaWithLettersIssued() {
        awardLot.award(tender.getId(), 1, "NO", List.of(AwardFixtures.ALFA_OFFER), "kari");
        issueLetters.issue(tender.getId(), "kari");
    }

    /** Moves the clock to {@code hour}:00 on {@code date} in Norway. */
    public void at(LocalDate date, int hour) {
        clock.set(date.atTime(hour, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant());
    }

    public static final class Decisions implements AwardDecisionRepository {

        public final List<AwardDecision> stored = new ArrayList<>();

        @Override
        public Optional<AwardDecision> findByTender(Long tenderId) {
            return stored.stream().filter(d -> d.getTenderId().equals(tenderId)).findFirst();
        }

        @Override
        public AwardDecision save(AwardDecision decision) {
            stored.add(Stored.withId(decision, stored.size() + 1L));
            return decision;
        }
    }

    public static final class Letters implements AwardLetterRepository {

        public final List<AwardLetter> stored = new ArrayList<>();

        @Override
        public List<AwardLetter> findByTender(Long tenderId) {
            return stored.stream().filter(l -> l.getTenderId().equals(tenderId)).toList();
        }

        @Override
        public Optional<AwardLetter> findByTenderAndSupplier(Long tenderId, Long supplierId) {
            return stored.stream().filter(l -> l.getTenderId().equals(tenderId) && l.isFor(supplierId)).findFirst();
        }

        @Override
        public List<AwardLetter> findBySupplier(Long supplierId) {
            return stored.stream().filter(l -> l.isFor(supplierId)).toList();
        }

        @Override
        public AwardLetter save(AwardLetter letter) {
            stored.add(Stored.withId(letter, stored.size() + 1L));
            return letter;
        }
    }

    public static final class Frameworks implements FrameworkAgreementRepository {

        public final List<FrameworkAgreement> stored = new ArrayList<>();

        @Override
        public Optional<FrameworkAgreement> findById(Long id) {
            return stored.stream().filter(a -> a.getId().equals(id)).findFirst();
        }

        @Override
        public List<FrameworkAgreement> findByTender(Long tenderId) {
            return stored.stream().filter(a -> a.getTenderId().equals(tenderId)).toList();
        }

        @Override
        public Optional<FrameworkAgreement> findByTenderLotAndMarket(Long tenderId, int lotNumber, String marketCode) {
            return stored.stream().filter(a -> a.getTenderId().equals(tenderId) && a.getLotNumber() == lotNumber
                    && a.getMarketCode().equals(marketCode)).findFirst();
        }

        @Override
        public List<FrameworkAgreement> findInForceOn(LocalDate date) {
            return stored.stream().filter(a -> !date.isBefore(a.getStart()) && !date.isAfter(a.getEnd())
                    && (a.getTerminatedOn() == null || !a.getTerminatedOn().isBefore(date))).toList();
        }

        @Override
        public List<FrameworkAgreement> findAll() {
            return List.copyOf(stored);
        }

        @Override
        public FrameworkAgreement save(FrameworkAgreement agreement) {
            stored.add(Stored.withId(agreement, stored.size() + 1L));
            return agreement;
        }
    }

    public static final class Directs implements DirectAgreementRepository {

        public final List<DirectAgreement> stored = new ArrayList<>();

        @Override
        public Optional<DirectAgreement> findById(Long id) {
            return stored.stream().filter(a -> a.getId().equals(id)).findFirst();
        }

        @Override
        public List<DirectAgreement> findByDecision(NyeMetoderId decision) {
            return stored.stream().filter(a -> a.getDecision().equals(decision)).toList();
        }

        @Override
        public List<DirectAgreement> findValidOn(LocalDate date) {
            return stored.stream().filter(a -> a.isValidOn(date)).toList();
        }

        @Override
        public List<DirectAgreement> findAll() {
            return List.copyOf(stored);
        }

        @Override
        public DirectAgreement save(DirectAgreement agreement) {
            stored.add(Stored.withId(agreement, stored.size() + 1L));
            return agreement;
        }
    }

    /** Products kept in a list, ids given as the database would. */
    public static final class Products implements ProductRepository {

        public final List<Product> stored = new ArrayList<>();

        @Override
        public Optional<Product> findById(long id) {
            return stored.stream().filter(p -> Objects.equals(p.getId(), id)).findFirst();
        }

        @Override
        public Optional<Product> findByVarenummer(Varenummer varenummer) {
            return stored.stream().filter(p -> p.getVarenummer().equals(varenummer)).findFirst();
        }

        @Override
        public List<Product> findByVarenumre(Collection<Varenummer> varenumre) {
            return stored.stream().filter(p -> varenumre.contains(p.getVarenummer())).toList();
        }

        @Override
        public List<Product> findAll() {
            return List.copyOf(stored);
        }

        @Override
        public List<Product> search(ProductQuery query, int first, int max, ProductQuery.Sort sort, boolean ascending) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(ProductQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Product save(Product product) {
            stored.add(Stored.withId(product, stored.size() + 1L));
            return product;
        }
    }
}
