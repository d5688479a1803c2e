package no.lis.tender.agreements.recommendations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import no.lis.tender.agreements.recommendations.domain.PublicRecommendation;
import no.lis.tender.agreements.recommendations.domain.PublicationCount;
import no.lis.tender.agreements.recommendations.domain.RecommendationPublished;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The public editions of the recommendations (no prices), made once and then served as the bytes
 * they were made into: the list of versions in force, each version as JSON, each version as PDF. A
 * published version never changes, but a publication supersedes the version before it, so every
 * edition is dropped when a version is published here, and at most {@link #RECHECK} after one is
 * published on another server (a one-row count of publications tells). Prices never enter: only
 * what {@link RecommendationQueries#publicEdition} gives, which has no field for one, and the public
 * pages rendered from it ({@link #page}).
 */
@ApplicationScoped
public class PublicEditions {

    /** How long a server trusts its editions before it asks the database whether anything was published. */
    static final Duration RECHECK = Duration.ofSeconds(1);

    private final RecommendationQueries queries;
    private final LongSupplier nanoTime;
    private final Map<String, Edition> kept = new ConcurrentHashMap<>();
    /** Counts the times everything was dropped: an edition made across a drop is not kept. */
    private final AtomicLong drops = new AtomicLong();
    private volatile PublicationCount seen;
    private volatile long checkedAt;

    @Inject
    public PublicEditions(RecommendationQueries queries) {
        this(queries, System::nanoTime);
    }

    PublicEditions(RecommendationQueries queries, LongSupplier nanoTime) {
        this.queries = queries;
        this.nanoTime = nanoTime;
    }

    /** For the CDI proxy. */
    protected PublicEditions() {
        this(null, null);
    }

    /**
     * Bytes to send as they are, with a strong entity tag (a digest of the bytes) and the time of the
     * latest publication they can reflect.
     */
    public record Edition(byte[] content, String entityTag, Instant lastModified, String fileName) {

        static Edition of(byte[] content, Instant lastModified, String fileName) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
                return new Edition(content, Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27),
                        lastModified, fileName);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The versions in force of every area, made into bytes by {@code writer} (e.g. JSON). */
    public Edition inForce(Function<List<RecommendationSummary>, byte[]> writer) {
        return get("in-force", () -> Edition.of(writer.apply(queries.inForce()), latestPublication(), null));
    }

    /** Published version {@code id} without prices, made into bytes by {@code writer}. */
    public Edition version(Long id, Function<PublicRecommendation, byte[]> writer) {
        return get("version:" + id, () -> {
            PublicRecommendation edition = queries.publicEdition(id);
            return Edition.of(writer.apply(edition), latest(edition.publishedAt()), null);
        });
    }

    /** Published version {@code id} without prices as PDF. */
    public Edition pdf(Long id) {
        return get("pdf:" + id, () -> {
            RecommendationPdf pdf = queries.publicPdf(id);
            return Edition.of(pdf.content(), latestPublication(), pdf.fileName());
        });
    }

    /**
     * A public page (e.g. the HTML of a version for an anonymous reader) kept under {@code key}, or
     * made by {@code render} and kept; {@code render} answers {@code null} for a rendering not to keep
     * (a page not found, one that made a session), and then so does this. The caller makes sure the
     * page holds only what the editions without prices hold, and that {@code key} names a bounded set.
     */
    public Edition page(String key, Supplier<byte[]> render) {
        return get("page:" + key, () -> {
            byte[] content = render.get();
            return content == null ? null : Edition.of(content, latestPublication(), null);
        });
    }

    /** A version was published on this server: every edition may have changed (the one before it is superseded). */
    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecommendationPublished event) {
        dropAll();
    }

    private Edition get(String key, Supplier<Edition> make) {
        dropIfPublishedElsewhere();
        Edition edition = kept.get(key);
        if (edition == null) {
            long dropsBefore = drops.get();
            edition = make.get();
            if (edition != null && drops.get() == dropsBefore) {
                kept.putIfAbsent(key, edition);
            }
        }
        return edition;
    }

    private void dropIfPublishedElsewhere() {
        long now = nanoTime.getAsLong();
        if (seen != null && now - checkedAt < RECHECK.toNanos()) {
            return;
        }
        PublicationCount count = queries.publicationCount();
        if (!count.equals(seen)) {
            dropAll();
        }
        seen = count;
        checkedAt = now;
    }

    private void dropAll() {
        drops.incrementAndGet();
        kept.clear();
        seen = null;
    }

    private Instant latestPublication() {
        PublicationCount count = seen;
        return count == null || count.latest() == null ? Instant.EPOCH : count.latest();
    }

    private Instant latest(Instant publishedAt) {
        Instant latest = latestPublication();
        return publishedAt != null && publishedAt.isAfter(latest) ? publishedAt : latest;
    }
}
