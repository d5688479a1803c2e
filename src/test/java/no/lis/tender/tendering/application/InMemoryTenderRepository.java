package no.lis.tender.tendering.application;

import no.lis.tender.shared.Stored;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.PhaseStatusCount;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFilter;
import no.lis.tender.tendering.domain.TenderHeader;
import no.lis.tender.tendering.domain.TenderReference;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.TenderSort;
import no.lis.tender.tendering.domain.TenderStatus;
import no.lis.tender.tendering.domain.TenderSummary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tenders kept in a list, ids given as JPA would (a tender that has its id already keeps it); saving a
 * stored tender again stands for the commit of a change to it, and moves its version on. The queries
 * of the list pages are not needed here.
 */
public class InMemoryTenderRepository implements TenderRepository {

    private final List<Tender> tenders = new ArrayList<>();

    /** Every tender stored, in the order stored. */
    public List<Tender> all() {
        return List.copyOf(tenders);
    }

    @Override
    public Optional<Tender> find(Long id) {
        return tenders.stream().filter(t -> Objects.equals(t.getId(), id)).findFirst();
    }

    @Override
    public Optional<Tender> findReadOnly(Long id) {
        return find(id);
    }

    @Override
    public Optional<Tender> findWhole(Long id) {
        return find(id);
    }

    @Override
    public Optional<TenderHeader> findHeader(Long id) {
        return find(id).map(TenderHeader::of);
    }

    @Override
    public Optional<Tender> findLocked(Long id) {
        return find(id);
    }

    @Override
    public boolean exists(Long id) {
        return find(id).isPresent();
    }

    @Override
    public Optional<Tender> findByReference(TenderReference reference) {
        return tenders.stream().filter(t -> t.getReference().equals(reference)).findFirst();
    }

    @Override
    public List<Tender> findBySpecialistGroup(Long groupId) {
        return tenders.stream().filter(t -> groupId.equals(t.getSpecialistGroupId())).toList();
    }

    @Override
    public Tender save(Tender tender) {
        if (tenders.stream().anyMatch(stored -> stored == tender)) {
            Stored.nextVersion(tender);
            return tender;
        }
        if (tender.getId() == null) {
            Stored.withId(tender, tenders.size() + 1);
        }
        tenders.add(tender);
        return tender;
    }

    /** Only what the overview asks: the tenders of a phase, newest (last stored) first. */
    @Override
    public List<TenderSummary> search(TenderFilter filter, int first, int max, TenderSort sort, boolean ascending) {
        List<Tender> newestFirst = new ArrayList<>(tenders);
        Collections.reverse(newestFirst);
        return newestFirst.stream().filter(t -> filter.phase() == null || t.getMarketPhase() == filter.phase())
                .skip(first).limit(max)
                .map(t -> new TenderSummary(t.getId(), t.getReference(), t.getTitle(), t.getTherapeuticAreaId(),
                        t.getSpecialistGroupId(), t.getMarketPhase(), t.getInstrument(), t.getStatus(),
                        t.getTimeline() == null ? null : t.getTimeline().getSubmissionDeadline(), t.getVersion()))
                .toList();
    }

    @Override
    public Stamp stamp() {
        return new Stamp(tenders.size(), tenders.stream().mapToLong(Tender::getVersion).sum(),
                tenders.stream().mapToLong(Tender::getId).max().orElse(0));
    }

    @Override
    public long count(TenderFilter filter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<PhaseStatusCount> countByPhaseAndStatus() {
        Map<List<Object>, Long> counts = tenders.stream()
                .sorted(Comparator.comparing(Tender::getMarketPhase).thenComparing(Tender::getStatus))
                .collect(Collectors.groupingBy(t -> List.of(t.getMarketPhase(), t.getStatus()), LinkedHashMap::new,
                        Collectors.counting()));
        return counts.entrySet().stream().map(e -> new PhaseStatusCount((MarketPhase) e.getKey().get(0),
                (TenderStatus) e.getKey().get(1), e.getValue())).toList();
    }
}
