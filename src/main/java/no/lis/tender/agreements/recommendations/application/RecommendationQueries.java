package no.lis.tender.agreements.recommendations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.agreements.recommendations.domain.PriceViewChannel;
import no.lis.tender.agreements.recommendations.domain.PriceViewRecord;
import no.lis.tender.agreements.recommendations.domain.PriceViewRecordRepository;
import no.lis.tender.agreements.recommendations.domain.PriceViewer;
import no.lis.tender.agreements.recommendations.domain.PricedRecommendation;
import no.lis.tender.agreements.recommendations.domain.PublicRecommendation;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.PublicationCount;
import no.lis.tender.agreements.recommendations.domain.RecommendationRenderer;
import no.lis.tender.agreements.recommendations.domain.RecommendationRepository;
import no.lis.tender.catalogue.domain.SpecialistGroup;
import no.lis.tender.catalogue.domain.SpecialistGroupRepository;
import no.lis.tender.catalogue.domain.TherapeuticArea;
import no.lis.tender.catalogue.domain.TherapeuticAreaRepository;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What is read about recommendations, by whom. Anyone, without login: the versions in force, any
 * published version in its public edition (page or PDF), and the list of versions with their
 * validity. Price readers (PRICE_VIEWER, BUYER, ADMIN): the priced edition, each view or download
 * recorded before the prices leave, each PDF watermarked. Buyers: every version with prices while it
 * is worked on (each read recorded too), and who has seen prices. Specialists: the drafts of their groups' areas, without prices.
 */
@ApplicationScoped
@Transactional
public class RecommendationQueries {

    private final RecommendationRepository recommendations;
    private final PriceViewRecordRepository priceViews;
    private final TherapeuticAreaRepository areas;
    private final SpecialistGroupRepository groups;
    private final RecommendationRenderer renderer;
    private final Clock clock;

    @Inject
    public RecommendationQueries(RecommendationRepository recommendations, PriceViewRecordRepository priceViews,
                                 TherapeuticAreaRepository areas, SpecialistGroupRepository groups,
                                 RecommendationRenderer renderer, Clock clock) {
        this.recommendations = recommendations;
        this.priceViews = priceViews;
        this.areas = areas;
        this.groups = groups;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected RecommendationQueries() {
        this(null, null, null, null, null, null);
    }

    /** The version in force of every area that has one, by area name. */
    public List<RecommendationSummary> inForce() {
        return recommendations.findAllPublished().stream().map(this::summary)
                .sorted(Comparator.comparing(RecommendationSummary::therapeuticAreaName)).toList();
    }

    /** How many versions were ever published, and the latest publication: changes with every publication. */
    public PublicationCount publicationCount() {
        return recommendations.publicationCount();
    }

    /** The public edition of published version {@code id} ({@code recommendation.notFound} for a draft). */
    public PublicRecommendation publicEdition(Long id) {
        Recommendation current = RecommendationAccess.published(recommendations, id);
        return PublicRecommendation.of(current, RecommendationAccess.previous(recommendations, current),
                areaName(current));
    }

    public RecommendationPdf publicPdf(Long id) {
        PublicRecommendation edition = publicEdition(id);
        return new RecommendationPdf(renderer.publicEdition(edition),
                fileName("LIS-anbefaling", edition.therapeuticAreaName(), edition.versionNumber()));
    }

    /** The published versions of the area of version {@code id}, the newest first, each with its validity. */
    public List<RecommendationSummary> publishedVersions(Long id) {
        Recommendation any = RecommendationAccess.published(recommendations, id);
        return recommendations.findByTherapeuticArea(any.getTherapeuticAreaId()).stream()
                .filter(r -> r.getStatus().hasBeenPublished())
                .sorted(Comparator.comparingInt(Recommendation::getVersionNumber).reversed())
                .map(this::summary).toList();
    }

    /**
     * The priced edition of published version {@code id} for {@code reader}, who must have a need to
     * know ({@code recommendation.prices.priceReadersOnly}); the view is recorded first.
     */
    public PricedRecommendation pricedEdition(Long id, PriceReader reader, PriceViewChannel channel) {
        PricedRecommendation edition = priced(id, reader);
        priceViews.save(PriceViewRecord.of(edition, reader.username(), reader.fullName(), channel, clock));
        return edition;
    }

    /** The priced edition as PDF, recorded as a download and watermarked with the reader's name and the time. */
    public RecommendationPdf pricedPdf(Long id, PriceReader reader) {
        PricedRecommendation edition = priced(id, reader);
        PriceViewRecord download = priceViews.save(PriceViewRecord.of(edition, reader.username(), reader.fullName(),
                PriceViewChannel.PDF, clock));
        return new RecommendationPdf(renderer.pricedEdition(edition, download.watermark()),
                fileName("LIS-anbefaling med priser", edition.therapeuticAreaName(), edition.versionNumber()));
    }

    private PricedRecommendation priced(Long id, PriceReader reader) {
        reader.requireEntitled();
        Recommendation current = RecommendationAccess.published(recommendations, id);
        return PricedRecommendation.of(current, RecommendationAccess.previous(recommendations, current),
                areaName(current));
    }

    /** Who has seen prices of any version of the area of version {@code id}, the most recent viewer first. */
    public List<PriceViewer> priceViewers(Long id) {
        Recommendation any = RecommendationAccess.recommendation(recommendations, id);
        return PriceViewer.of(priceViews.findByTherapeuticArea(any.getTherapeuticAreaId()));
    }

    /** Every version of every area, by area name then the newest first, for the buyer's list. */
    public List<RecommendationSummary> allVersions() {
        return areas.findAll().stream()
                .flatMap(area -> recommendations.findByTherapeuticArea(area.getId()).stream()
                        .sorted(Comparator.comparingInt(Recommendation::getVersionNumber).reversed())
                        .map(r -> RecommendationSummary.of(r, area.getName())))
                .toList();
    }

    /** The versions in force with a line bought under framework agreement {@code agreementId}. */
    public List<RecommendationSummary> inForceRestingOn(Long agreementId) {
        return recommendations.findAllPublished().stream()
                .filter(r -> r.getLines().stream().anyMatch(line -> Objects.equals(line.getFrameworkAgreementId(),
                        agreementId)))
                .map(r -> RecommendationSummary.of(r, areaName(r))).toList();
    }

    /**
     * Any version, drafts included, with prices, for {@code reader} who works on it (a price reader,
     * {@code recommendation.prices.priceReadersOnly}); the read is recorded first, as a view of that
     * version's prices through {@code channel}.
     */
    public BuyerRecommendation workingCopy(Long id, PriceReader reader, PriceViewChannel channel) {
        reader.requireEntitled();
        Recommendation recommendation = RecommendationAccess.recommendation(recommendations, id);
        priceViews.save(PriceViewRecord.ofWorkingCopy(recommendation, reader.username(), reader.fullName(), channel,
                clock));
        return forBuyer(recommendation);
    }

    /**
     * The working copy again, unrecorded: only for a page that recorded its read with
     * {@link #workingCopy} when it was opened and shows the version anew after each change.
     */
    public BuyerRecommendation forBuyer(Long id) {
        return forBuyer(RecommendationAccess.recommendation(recommendations, id));
    }

    private BuyerRecommendation forBuyer(Recommendation recommendation) {
        return BuyerRecommendation.of(recommendation, RecommendationAccess.previous(recommendations, recommendation),
                areaName(recommendation));
    }


    /** The drafts and approved versions of the areas of {@code member}'s specialist groups, without prices. */
    public List<DraftForApproval> awaitingApproval(String member) {
        return groups.findByMember(member).stream().map(SpecialistGroup::getTherapeuticArea)
                .filter(Objects::nonNull).map(TherapeuticArea::getId).distinct()
                .flatMap(areaId -> recommendations.findByTherapeuticArea(areaId).stream())
                .filter(r -> !r.getStatus().hasBeenPublished())
                .map(r -> DraftForApproval.of(r, RecommendationAccess.previous(recommendations, r), areaName(r)))
                .toList();
    }

    public boolean exists(Long id) {
        return id != null && recommendations.find(id).isPresent();
    }

    private RecommendationSummary summary(Recommendation recommendation) {
        return RecommendationSummary.of(recommendation, areaName(recommendation));
    }

    private String areaName(Recommendation recommendation) {
        return areas.findById(recommendation.getTherapeuticAreaId()).map(TherapeuticArea::getName)
                .orElse(String.valueOf(recommendation.getTherapeuticAreaId()));
    }

    private static String fileName(String kind, String areaName, int versionNumber) {
        return kind + " " + areaName + " versjon " + versionNumber + ".pdf";
    }
}
