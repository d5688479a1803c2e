package no.lis.tender.agreements.recommendations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Versioned;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * One view or download of prices of a therapeutic area's recommendation, for leak tracing: who
 * (username and full name where known), when, which version, and through which channel. A version is
 * seen in its priced edition once published, or as the buyer's working copy, drafts included; the
 * lines proposed for an area from the agreements in force belong to no version (its number and id
 * are then null). Recorded before the prices are shown or sent, never changed or deleted.
 */
@Entity
@Table(name = "AGR_PRICE_VIEW")
@NamedQuery(name = "PriceViewRecord.findByRecommendation", query = "SELECT v FROM PriceViewRecord v"
        + " WHERE v.recommendationId = :recommendationId ORDER BY v.viewedAt, v.id")
@NamedQuery(name = "PriceViewRecord.findByTherapeuticArea", query = "SELECT v FROM PriceViewRecord v"
        + " WHERE v.therapeuticAreaId = :areaId ORDER BY v.viewedAt, v.id")
@NamedQuery(name = "PriceViewRecord.findByUsername", query = "SELECT v FROM PriceViewRecord v"
        + " WHERE v.username = :username ORDER BY v.viewedAt, v.id")
@NamedQuery(name = "PriceViewRecord.findBetween", query = "SELECT v FROM PriceViewRecord v"
        + " WHERE v.viewedAt >= :from AND v.viewedAt < :until ORDER BY v.viewedAt, v.id")
public class PriceViewRecord extends Versioned {

    public static final int USERNAME_LENGTH = Stamp.USERNAME_LENGTH;
    public static final int FULL_NAME_LENGTH = 200;

    @Column(name = "USERNAME", nullable = false, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "FULL_NAME", length = FULL_NAME_LENGTH)
    private String fullName;

    @Column(name = "RECOMMENDATION_ID")
    private Long recommendationId;

    @Column(name = "THERAPEUTIC_AREA_ID", nullable = false)
    private Long therapeuticAreaId;

    @Column(name = "VERSION_NUMBER")
    private Integer versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", nullable = false, length = 10)
    private PriceViewChannel channel;

    @Column(name = "VIEWED_AT", nullable = false)
    private Instant viewedAt;

    protected PriceViewRecord() {
    }

    /**
     * {@code username} (full name {@code fullName}, or {@code null} if unknown; a longer one is cut
     * to {@value #FULL_NAME_LENGTH} characters) sees {@code edition} through {@code channel} now.
     */
    public static PriceViewRecord of(PricedRecommendation edition, String username, String fullName,
                                     PriceViewChannel channel, Clock clock) {
        Objects.requireNonNull(edition, "edition");
        return seen(Objects.requireNonNull(edition.recommendationId(), "recommendationId"),
                edition.therapeuticAreaId(), edition.versionNumber(), username, fullName, channel, clock);
    }

    /** {@code username} sees the buyer's working copy of {@code recommendation}, any version, with prices. */
    public static PriceViewRecord ofWorkingCopy(Recommendation recommendation, String username, String fullName,
                                                PriceViewChannel channel, Clock clock) {
        return seen(Objects.requireNonNull(recommendation.getId(), "recommendation id"),
                recommendation.getTherapeuticAreaId(), recommendation.getVersionNumber(), username, fullName, channel,
                clock);
    }

    /**
     * {@code username} sees the lines proposed for area {@code therapeuticAreaId} from the agreements
     * in force, with the agreed prices: of no version yet.
     */
    public static PriceViewRecord ofProposals(Long therapeuticAreaId, String username, String fullName,
                                              PriceViewChannel channel, Clock clock) {
        return seen(null, therapeuticAreaId, null, username, fullName, channel, clock);
    }

    private static PriceViewRecord seen(Long recommendationId, Long therapeuticAreaId, Integer versionNumber,
                                        String username, String fullName, PriceViewChannel channel, Clock clock) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a view of prices is by a known user");
        }
        PriceViewRecord view = new PriceViewRecord();
        view.username = username.strip();
        view.fullName = fullName == null || fullName.isBlank() ? null
                : fullName.strip().substring(0, Math.min(fullName.strip().length(), FULL_NAME_LENGTH));
        view.recommendationId = recommendationId;
        view.therapeuticAreaId = Objects.requireNonNull(therapeuticAreaId, "therapeuticAreaId");
        view.versionNumber = versionNumber;
        view.channel = Objects.requireNonNull(channel, "channel");
        view.viewedAt = clock.instant();
        return view;
    }

    /** The watermark for the PDF of this download: the full name (else the username) and the time recorded. */
    public Watermark watermark() {
        return new Watermark(shownName(), viewedAt);
    }

    /** The full name where known, else the username. */
    public String shownName() {
        return fullName != null ? fullName : username;
    }

    public String getUsername() {
        return username;
    }

    /** Or {@code null} if unknown. */
    public String getFullName() {
        return fullName;
    }

    /** The version seen, or null for the proposals of the area. */
    public Long getRecommendationId() {
        return recommendationId;
    }

    public Long getTherapeuticAreaId() {
        return therapeuticAreaId;
    }

    /** The number of the version seen, or null for the proposals of the area. */
    public Integer getVersionNumber() {
        return versionNumber;
    }

    public PriceViewChannel getChannel() {
        return channel;
    }

    public Instant getViewedAt() {
        return viewedAt;
    }

    @Override
    public String toString() {
        return username + " saw prices of area " + therapeuticAreaId + (versionNumber == null ? " (proposals)"
                : " version " + versionNumber) + " by "
                + channel + " at " + viewedAt;
    }
}
