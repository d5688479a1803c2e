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

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The repositories follow-up reads, in memory: only the finders it uses work. The catalogue's
 * (areas, substances, products) are the catalogue's own in-memory repositories.
 */
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
}
