package no.lis.tender.agreements.recommendations.application;

import no.lis.tender.agreements.AgreementsWorld;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.agreements.recommendations.domain.PriceViewRecord;
import no.lis.tender.agreements.recommendations.domain.PriceViewRecordRepository;
import no.lis.tender.agreements.recommendations.domain.PricedRecommendation;
import no.lis.tender.agreements.recommendations.domain.PublicRecommendation;
import no.lis.tender.agreements.recommendations.domain.PublicationCount;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationPublished;
import no.lis.tender.agreements.recommendations.domain.RecommendationRenderer;
import no.lis.tender.agreements.recommendations.domain.RecommendationRepository;
import no.lis.tender.agreements.recommendations.domain.RecommendationStatus;
import no.lis.tender.agreements.recommendations.domain.Watermark;
import no.lis.tender.catalogue.domain.AdministrationRoute;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.Ddd;
import no.lis.tender.catalogue.domain.DoseUnit;
import no.lis.tender.catalogue.domain.EmailAddress;
import no.lis.tender.catalogue.domain.GroupMember;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.Pack;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductType;
import no.lis.tender.catalogue.domain.Profession;
import no.lis.tender.catalogue.domain.SpecialistGroup;
import no.lis.tender.catalogue.domain.SpecialistGroupRepository;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.TherapeuticArea;
import no.lis.tender.catalogue.domain.TherapeuticAreaRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.RecordedEvents;
import no.lis.tender.shared.Stored;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The recommendations of rheumatology held in memory, with the catalogue they are built from
 * (Hyrimoz and Benepali with DDDs), its specialist group (member "ingrid"), and the use cases and
 * queries wired to them as CDI would. Ids and versions are given as the database would.
 */
final class RecommendationWorld {

    static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));
    static final String BUYER = "kari";
    static final String MEMBER = "ingrid";
    static final String RA = "Revmatoid artritt";
    static final String HYRIMOZ = "183264";
    static final String BENEPALI = "423890";
    static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate TO = LocalDate.of(2028, 2, 29);

    final Recommendations recommendations = new Recommendations();
    final PriceViews priceViews = new PriceViews();
    final Areas areas = new Areas();
    final Groups groups = new Groups();
    final AgreementsWorld.Products products = new AgreementsWorld.Products();
    final Agreements agreements = new Agreements();
    final AgreementsWorld.Directs directs = new AgreementsWorld.Directs();
    final List<Watermark> watermarks = new ArrayList<>();
    final TherapeuticArea reuma;
    final TherapeuticArea onko;

    final RecommendationRenderer renderer = new RecommendationRenderer() {
        @Override
        public byte[] publicEdition(PublicRecommendation recommendation) {
            return ("public " + recommendation.versionNumber()).getBytes();
        }

        @Override
        public byte[] pricedEdition(PricedRecommendation recommendation, Watermark watermark) {
            watermarks.add(watermark);
            return ("priced " + recommendation.versionNumber() + " for " + watermark.recipient()).getBytes();
        }
    };

    final DraftRecommendation draft = new DraftRecommendation(recommendations, areas, CLOCK);
    final EditRecommendationLines edit = new EditRecommendationLines(recommendations, products);
    final ApproveRecommendation approve = new ApproveRecommendation(recommendations, groups, CLOCK);
    final RecordedEvents<RecommendationPublished> publications = new RecordedEvents<>();
    final PublishRecommendation publish = new PublishRecommendation(recommendations, CLOCK, publications);
    final RecommendationQueries queries = new RecommendationQueries(recommendations, priceViews, areas, groups,
            renderer, CLOCK);
    final RecommendationProposals proposals = new RecommendationProposals(agreements, directs, products, areas, priceViews,
            CLOCK);

    RecommendationWorld() {
        reuma = areas.save(new TherapeuticArea("REUMA", "Revmatologi"));
        onko = areas.save(new TherapeuticArea("ONKO", "Onkologi"));
        SpecialistGroup tnf = new SpecialistGroup("Spesialistgruppe for TNF-BIO", reuma);
        tnf.addMember(new GroupMember("Ingrid Berg", "ingrid@sykehus.example", Profession.CLINICIAN, MEMBER));
        groups.save(tnf);
        SpecialistGroup onkologi = new SpecialistGroup("Spesialistgruppe for onkologi", onko);
        onkologi.addMember(new GroupMember("Anne K", "anne@sykehus.example", Profession.CLINICIAN, "anne"));
        groups.save(onkologi);
        Substance adalimumab = substance("L04AB04", "adalimumab", "2.9");
        Substance etanercept = substance("L04AB01", "etanercept", "7");
        products.save(new Product(new Varenummer(HYRIMOZ), "Hyrimoz", adalimumab,
                new Pack("injeksjonsvæske, penn", new BigDecimal("40"), DoseUnit.MG, new BigDecimal("2"), "penn"),
                supplier("Sandoz AS", "987654309"), new BigDecimal("8250.00"), ProductType.BIOSIMILAR));
        products.save(new Product(new Varenummer(BENEPALI), "Benepali", etanercept,
                new Pack("injeksjonsvæske, penn", new BigDecimal("50"), DoseUnit.MG, new BigDecimal("4"), "penn"),
                supplier("Biogen Norway AS", "916782403"), new BigDecimal("8240.00"), ProductType.BIOSIMILAR));
    }

    private Substance substance(String atc, String name, String ddd) {
        Substance substance = new Substance(new AtcCode(atc), name);
        substance.defineDdd(new Ddd(new BigDecimal(ddd), DoseUnit.MG, AdministrationRoute.PARENTERAL));
        substance.assignTo(reuma);
        return substance;
    }

    private static Supplier supplier(String name, String organisationNumber) {
        return new Supplier(name, new OrganisationNumber(organisationNumber), new EmailAddress("anbud@example.no"));
    }

    static RecommendationLineCommand line(String indication, int rank, String varenummer, String price, String comment) {
        return new RecommendationLineCommand(indication, rank, varenummer, comment, new BigDecimal(price), null, null,
                null);
    }

    /** Version 1 of rheumatology with Hyrimoz 1st and Benepali 2nd for RA, approved and published. */
    Recommendation publishedFirst() {
        Recommendation first = draft.startFirst(new DraftRecommendationCommand(reuma.getId(), FROM, TO), BUYER);
        edit.add(first.getId(), first.getVersion(), line(RA, 1, HYRIMOZ, "3195.50", "For nye pasienter"));
        edit.add(first.getId(), first.getVersion(), line(RA, 2, BENEPALI, "3410.00", null));
        approve.approve(first.getId(), first.getVersion(), MEMBER);
        publish.publish(first.getId(), first.getVersion(), BUYER);
        return first;
    }

    static PriceReader reader(String username, String... roles) {
        return PriceReader.of(username, username + " full name", java.util.Set.of(roles));
    }

    static void assign(Object entity, String fieldName, Object value) {
        Stored.set(entity, fieldName, value);
    }

    static final class Recommendations implements RecommendationRepository {
        private final List<Recommendation> stored = new ArrayList<>();

        @Override
        public Optional<Recommendation> find(Long id) {
            return stored.stream().filter(r -> r.getId().equals(id)).findFirst();
        }

        @Override
        public Optional<Recommendation> findVersion(Long areaId, int versionNumber) {
            return findByTherapeuticArea(areaId).stream().filter(r -> r.getVersionNumber() == versionNumber).findFirst();
        }

        @Override
        public List<Recommendation> findByTherapeuticArea(Long areaId) {
            return stored.stream().filter(r -> r.getTherapeuticAreaId().equals(areaId))
                    .sorted(Comparator.comparingInt(Recommendation::getVersionNumber)).toList();
        }

        @Override
        public Optional<Recommendation> findPublished(Long areaId) {
            return findByTherapeuticArea(areaId).stream().filter(r -> r.getStatus() == RecommendationStatus.PUBLISHED)
                    .findFirst();
        }

        @Override
        public List<Recommendation> findPublishedDuring(LocalDate from, LocalDate to) {
            return stored.stream().filter(r -> r.isValidDuring(from, to)).toList();
        }

        @Override
        public List<Recommendation> findAllPublished() {
            return stored.stream().filter(r -> r.getStatus() == RecommendationStatus.PUBLISHED).toList();
        }

        @Override
        public PublicationCount publicationCount() {
            List<Instant> published = stored.stream().map(Recommendation::getPublishedAt).filter(java.util.Objects::nonNull).toList();
            return new PublicationCount(published.size(), published.stream().max(Instant::compareTo).orElse(null));
        }

        @Override
        public Recommendation save(Recommendation recommendation) {
            assign(recommendation, "id", (long) stored.size() + 1);
            assign(recommendation, "version", 1L);
            stored.add(recommendation);
            return recommendation;
        }
    }

    static final class PriceViews implements PriceViewRecordRepository {
        final List<PriceViewRecord> stored = new ArrayList<>();

        @Override
        public PriceViewRecord save(PriceViewRecord view) {
            assign(view, "id", (long) stored.size() + 1);
            stored.add(view);
            return view;
        }

        @Override
        public List<PriceViewRecord> findByRecommendation(Long recommendationId) {
            return stored.stream().filter(v -> recommendationId.equals(v.getRecommendationId())).toList();
        }

        @Override
        public List<PriceViewRecord> findByTherapeuticArea(Long areaId) {
            return stored.stream().filter(v -> v.getTherapeuticAreaId().equals(areaId)).toList();
        }

        @Override
        public List<PriceViewRecord> findByUsername(String username) {
            return stored.stream().filter(v -> v.getUsername().equals(username)).toList();
        }

        @Override
        public List<PriceViewRecord> findBetween(Instant from, Instant until) {
            return stored.stream().filter(v -> !v.getViewedAt().isBefore(from) && v.getViewedAt().isBefore(until)).toList();
        }
    }

    static final class Areas implements TherapeuticAreaRepository {
        private final List<TherapeuticArea> stored = new ArrayList<>();

        @Override
        public Optional<TherapeuticArea> findById(long id) {
            return stored.stream().filter(a -> a.getId() == id).findFirst();
        }

        @Override
        public Optional<TherapeuticArea> findByCode(String code) {
            return stored.stream().filter(a -> a.getCode().equals(code)).findFirst();
        }

        @Override
        public List<TherapeuticArea> findAll() {
            return List.copyOf(stored);
        }

        @Override
        public TherapeuticArea save(TherapeuticArea area) {
            assign(area, "id", (long) stored.size() + 1);
            stored.add(area);
            return area;
        }
    }

    static final class Groups implements SpecialistGroupRepository {
        private final List<SpecialistGroup> stored = new ArrayList<>();

        @Override
        public Optional<SpecialistGroup> findById(long id) {
            return stored.stream().filter(g -> g.getId() == id).findFirst();
        }

        @Override
        public Optional<SpecialistGroup> findByName(String name) {
            return stored.stream().filter(g -> g.getName().equals(name)).findFirst();
        }

        @Override
        public List<SpecialistGroup> findAll() {
            return List.copyOf(stored);
        }

        @Override
        public List<SpecialistGroup> findByMember(String username) {
            return stored.stream().filter(g -> g.isMember(username)).toList();
        }

        @Override
        public SpecialistGroup save(SpecialistGroup group) {
            assign(group, "id", (long) stored.size() + 1);
            stored.add(group);
            return group;
        }
    }

    static final class Agreements implements FrameworkAgreementRepository {
        final List<FrameworkAgreement> stored = new ArrayList<>();

        @Override
        public Optional<FrameworkAgreement> findById(Long id) {
            return stored.stream().filter(a -> a.getId().equals(id)).findFirst();
        }

        @Override
        public List<FrameworkAgreement> findAll() {
            return List.copyOf(stored);
        }

        @Override
        public List<FrameworkAgreement> findByTender(Long tenderId) {
            return stored.stream().filter(a -> a.getTenderId().equals(tenderId)).toList();
        }

        @Override
        public Optional<FrameworkAgreement> findByTenderLotAndMarket(Long tenderId, int lotNumber, String marketCode) {
            return Optional.empty();
        }

        @Override
        public List<FrameworkAgreement> findInForceOn(LocalDate date) {
            return stored.stream().filter(a -> !a.getStart().isAfter(date) && !a.getEnd().isBefore(date)).toList();
        }

        @Override
        public FrameworkAgreement save(FrameworkAgreement agreement) {
            assign(agreement, "id", (long) stored.size() + 1);
            stored.add(agreement);
            return agreement;
        }
    }
}
