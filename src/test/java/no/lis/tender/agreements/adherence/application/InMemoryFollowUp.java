package no.lis.tender.agreements.adherence.application;

import no.lis.tender.agreements.adherence.domain.ConsumptionRecord;
import no.lis.tender.agreements.adherence.domain.ConsumptionRecordRepository;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementStatus;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.PublicationCount;
import no.lis.tender.agreements.recommendations.domain.RecommendationRepository;
import no.lis.tender.agreements.recommendations.domain.RecommendationStatus;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductQuery;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.SubstanceQuery;
import no.lis.tender.catalogue.domain.SubstanceRepository;
import no.lis.tender.catalogue.domain.TherapeuticArea;
import no.lis.tender.catalogue.domain.TherapeuticAreaRepository;
import no.lis.tender.catalogue.domain.Varenummer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The repositories follow-up reads, in memory: only the finders it uses work. */
final class InMemoryFollowUp {

    private InMemoryFollowUp() {
    }

    static UnsupportedOperationException notUsed() {
        return new UnsupportedOperationException("not used by follow-up");
    }

    static class Consumption implements ConsumptionRecordRepository {

        final List<ConsumptionRecord> stored = new ArrayList<>();

        @Override
        public void replace(List<ConsumptionRecord> records) {
            records.forEach(record -> stored.removeIf(old -> old.getHospitalTrust().equals(record.getHospitalTrust())
                    && old.getMonth().equals(record.getMonth())));
            stored.addAll(records);
        }

        @Override
        public List<ConsumptionRecord> findBetween(YearMonth from, YearMonth to) {
            return stored.stream().filter(r -> !r.getMonth().isBefore(from) && !r.getMonth().isAfter(to))
                    .sorted(Comparator.comparing(ConsumptionRecord::getHospitalTrust)
                            .thenComparing(ConsumptionRecord::getMonth))
                    .toList();
        }
    }

    static class Agreements implements FrameworkAgreementRepository {

        final List<FrameworkAgreement> stored = new ArrayList<>();

        @Override
        public Optional<FrameworkAgreement> findById(Long id) {
            return stored.stream().filter(a -> Objects.equals(a.getId(), id)).findFirst();
        }

        @Override
        public List<FrameworkAgreement> findAll() {
            return List.copyOf(stored);
        }

        @Override
        public List<FrameworkAgreement> findByTender(Long tenderId) {
            throw notUsed();
        }

        @Override
        public Optional<FrameworkAgreement> findByTenderLotAndMarket(Long tenderId, int lotNumber, String marketCode) {
            throw notUsed();
        }

        @Override
        public List<FrameworkAgreement> findInForceOn(LocalDate date) {
            return stored.stream().filter(a -> a.statusOn(date) == FrameworkAgreementStatus.ACTIVE).toList();
        }

        @Override
        public FrameworkAgreement save(FrameworkAgreement agreement) {
            stored.add(agreement);
            return agreement;
        }
    }

    static class Recommendations implements RecommendationRepository {

        final List<Recommendation> stored = new ArrayList<>();

        @Override
        public Optional<Recommendation> find(Long id) {
            throw notUsed();
        }

        @Override
        public Optional<Recommendation> findVersion(Long therapeuticAreaId, int versionNumber) {
            throw notUsed();
        }

        @Override
        public List<Recommendation> findByTherapeuticArea(Long therapeuticAreaId) {
            throw notUsed();
        }

        @Override
        public Optional<Recommendation> findPublished(Long therapeuticAreaId) {
            throw notUsed();
        }

        @Override
        public List<Recommendation> findPublishedDuring(LocalDate from, LocalDate to) {
            return stored.stream().filter(r -> r.getStatus() != RecommendationStatus.DRAFT)
                    .filter(r -> r.isValidDuring(from, to)).toList();
        }

        @Override
        public List<Recommendation> findAllPublished() {
            return stored.stream().filter(r -> r.getStatus() == RecommendationStatus.PUBLISHED).toList();
        }

        @Override
        public PublicationCount publicationCount() {
            throw notUsed();
        }

        @Override
        public Recommendation save(Recommendation recommendation) {
            stored.add(recommendation);
            return recommendation;
        }
    }

    static class Areas implements TherapeuticAreaRepository {

        final List<TherapeuticArea> stored = new ArrayList<>();

        @Override
        public Optional<TherapeuticArea> findById(long id) {
            throw notUsed();
        }

        @Override
        public Optional<TherapeuticArea> findByCode(String code) {
            throw notUsed();
        }

        @Override
        public List<TherapeuticArea> findAll() {
            return List.copyOf(stored);
        }

        @Override
        public TherapeuticArea save(TherapeuticArea area) {
            stored.add(area);
            return area;
        }
    }

    static class Substances implements SubstanceRepository {

        final List<Substance> stored = new ArrayList<>();

        @Override
        public Optional<Substance> findById(long id) {
            throw notUsed();
        }

        @Override
        public Optional<Substance> findByAtcCode(no.lis.tender.catalogue.domain.AtcCode atcCode) {
            throw notUsed();
        }

        @Override
        public List<Substance> findAll() {
            return List.copyOf(stored);
        }

        @Override
        public List<Substance> search(SubstanceQuery query, int first, int max, SubstanceQuery.Sort sort,
                                      boolean ascending) {
            throw notUsed();
        }

        @Override
        public long count(SubstanceQuery query) {
            throw notUsed();
        }

        @Override
        public Substance save(Substance substance) {
            stored.add(substance);
            return substance;
        }
    }

    static class Products implements ProductRepository {

        final List<Product> stored = new ArrayList<>();

        @Override
        public Optional<Product> findById(long id) {
            throw notUsed();
        }

        @Override
        public Optional<Product> findByVarenummer(Varenummer varenummer) {
            throw notUsed();
        }

        @Override
        public List<Product> findByVarenumre(Collection<Varenummer> varenumre) {
            return stored.stream().filter(p -> varenumre.contains(p.getVarenummer())).toList();
        }

        @Override
        public List<Product> findAll() {
            throw notUsed();
        }

        @Override
        public List<Product> search(ProductQuery query, int first, int max, ProductQuery.Sort sort, boolean ascending) {
            throw notUsed();
        }

        @Override
        public long count(ProductQuery query) {
            throw notUsed();
        }

        @Override
        public Product save(Product product) {
            stored.add(product);
            return product;
        }
    }
}
