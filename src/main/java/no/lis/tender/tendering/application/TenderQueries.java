package no.lis.tender.tendering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.tendering.domain.CriterionTemplate;
import no.lis.tender.tendering.domain.CriterionTemplateRepository;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.PhaseStatusCount;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFilter;
import no.lis.tender.tendering.domain.TenderHeader;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.TenderSort;
import no.lis.tender.tendering.domain.TenderStatus;
import no.lis.tender.tendering.domain.TenderSummary;
import no.lis.tender.tendering.domain.Timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the pages and the API read about tenders and the criteria library; changes nothing. */
@ApplicationScoped
@Transactional
public class TenderQueries {

    private final TenderRepository tenders;
    private final CriterionTemplateRepository library;
    private final Clock clock;
    private final StampedCache<TenderRepository.Stamp> cache = new StampedCache<>();

    @Inject
    public TenderQueries(TenderRepository tenders, CriterionTemplateRepository library, Clock clock) {
        this.tenders = tenders;
        this.library = library;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected TenderQueries() {
        this(null, null, null);
    }

    /** One page of the tender list; a null {@code sort} sorts by reference. */
    public List<TenderSummary> list(TenderFilter filter, int first, int max, TenderSort sort, boolean ascending) {
        return tenders.search(filter, first, max, sort == null ? TenderSort.REFERENCE : sort, ascending);
    }

    /** How many tenders the list holds with {@code filter}. */
    public long count(TenderFilter filter) {
        return tenders.count(filter);
    }

    /** The number of tenders in each phase and status. */
    public List<PhaseStatusCount> overview() {
        return tenders.countByPhaseAndStatus();
    }

    /**
     * The buyer's overview: the counts per phase and status and the {@code newestPerPhase} newest tenders
     * of each phase. Kept while no tender changes: one statement (the stamp) while it is kept, instead
     * of the counts and a list per phase.
     */
    public TenderOverview overview(int newestPerPhase) {
        return cache.get(tenders.stamp(), "overview:" + newestPerPhase, () -> {
            List<PhaseStatusCount> counts = tenders.countByPhaseAndStatus();
            Map<MarketPhase, List<TenderSummary>> newest = new EnumMap<>(MarketPhase.class);
            counts.stream().map(PhaseStatusCount::phase).distinct().forEach(phase -> newest.put(phase, List.copyOf(
                    tenders.search(new TenderFilter(phase, null, null, null), 0, newestPerPhase, TenderSort.CREATED_AT, false))));
            return new TenderOverview(counts, newest);
        });
    }

    /**
     * Whether the tender exists, without reading it: a request that checks existence, changes the
     * tender through a use case and then reads it must not read it before the change.
     */
    public boolean exists(Long id) {
        return tenders.exists(id);
    }

    /** A tender with its lots, criteria, timeline and log, all read here (nothing is read lazily later). */
    public Optional<Tender> detail(Long id) {
        return id == null ? Optional.empty() : tenders.findWhole(id);
    }

    /** What the tender page shows above its tabs and in its details tab, and the version its saves must match. */
    public Optional<TenderHeader> header(Long id) {
        return id == null ? Optional.empty() : tenders.findHeader(id);
    }

    /** The tender rounds suppliers can make offers on now, the nearest submission deadline first. */
    public List<TenderSummary> openForOffers() {
        return tenders.search(new TenderFilter(null, TenderStatus.PUBLISHED, null, null), 0, 200,
                TenderSort.SUBMISSION_DEADLINE, true);
    }

    /**
     * A tender as suppliers (and anyone else but buyers) may see it: once published; never a draft,
     * nor a draft cancelled before publication ({@link Tender#isVisibleToSuppliers()}).
     */
    public Optional<Tender> publishedTender(Long id) {
        return detail(id).filter(Tender::isVisibleToSuppliers);
    }

    /** The tender's timeline with the dates not yet set proposed from today, for the buyer to adjust and save. */
    public Timeline proposedTimeline(Tender tender) {
        Timeline saved = tender.getTimeline() == null ? Timeline.open() : tender.getTimeline();
        return saved.withProposalsFrom(LocalDate.now(clock.withZone(Timeline.OSLO)));
    }

    /** The whole criteria library, inactive templates too, for its maintenance. */
    public List<CriterionTemplate> criteriaLibrary() {
        return library.findAll();
    }

    /** The templates buyers may pick sub-criteria from. */
    public List<CriterionTemplate> activeCriterionTemplates() {
        return library.findActive();
    }
}
