package no.lis.tender.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.SupplierRepository;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferContent;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.offers.domain.OfferSeal;
import no.lis.tender.offers.domain.OpeningCheck;
import no.lis.tender.offers.domain.SubmittedOffer;
import no.lis.tender.offers.domain.TenderOpening;
import no.lis.tender.offers.domain.TenderOpeningRepository;
import no.lis.tender.shared.application.ParallelWork;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.SecurityEvent;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the offers opened on a tender for the evaluation. It decides nothing about who may see
 * them: the evaluation's queries and use cases do, and leave prices out for the specialist group's
 * members while they score blind. Before the opening is confirmed there is nothing to read
 * ({@code offers.sealed}). Only the offers the opening found intact are read: one that failed its
 * check (tampered, or not matching its receipt) is never evaluated, and is listed by
 * {@link #unreadable} instead, for the buyers to see.
 */
@ApplicationScoped
public class OpenedOfferReader {

    private final OfferRepository offers;
    private final TenderOpeningRepository openings;
    private final SupplierRepository suppliers;
    private final OfferSeal seal;
    private final ParallelWork parallel;
    private final OpenedContentCache contents;

    @Inject
    public OpenedOfferReader(OfferRepository offers, TenderOpeningRepository openings, SupplierRepository suppliers,
                             OfferSeal seal, ParallelWork parallel, OpenedContentCache contents) {
        this.offers = offers;
        this.openings = openings;
        this.suppliers = suppliers;
        this.seal = seal;
        this.parallel = parallel;
        this.contents = contents;
    }

    /** For the CDI proxy. */
    protected OpenedOfferReader() {
        this(null, null, null, null, null, null);
    }

    /** The opened offers of the tender, by id. */
    public List<OfferUnderEvaluation> opened(Long tenderId) {
        TenderOpening opening = openings.findByTender(tenderId).filter(TenderOpening::isConfirmed)
                .orElseThrow(() -> new DomainException(null, "offers.sealed"));
        Set<Long> intact = new HashSet<>(opening.getIntactOfferIds());
        List<SubmittedOffer> opened = offers.lastSubmissions(tenderId).stream()
                .filter(offer -> intact.contains(offer.offerId())).toList();
        if (opened.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = suppliers.findAll().stream()
                .collect(Collectors.toMap(Supplier::getId, Supplier::getName, (a, b) -> a));
        // content opened before (an opened submission never changes) comes from the cache, keyed by the
        // receipt of the submission that counts; only an offer not held there is read whole (its
        // ciphertext, some MB for a generic tender), on the caller's thread, and its submission taken from
        // the entity as a value. Decrypting and parsing (a generic tender's offer names thousands of
        // lots) then runs on the managed executor, on values only.
        List<Sealed> sealed = opened.stream().map(offer -> {
            OpenedContentCache.Key cacheKey = new OpenedContentCache.Key(offer.offerId(), offer.submissionNumber(),
                    offer.sha256());
            OfferContent held = contents.held(cacheKey).orElse(null);
            return new Sealed(offer, names.getOrDefault(offer.supplierId(), "#" + offer.supplierId()), cacheKey, held,
                    held != null ? null : offers.find(offer.offerId()).orElseThrow().sealedSubmission(opening));
        }).toList();
        OfferSeal.OpeningKey key = seal.openingKey(tenderId, SecurityEvent.SYSTEM);
        return parallel.map(sealed, offer -> new OfferUnderEvaluation(offer.offer().offerId(),
                offer.offer().supplierId(), offer.supplierName(), offer.offer().receivedAt(), offer.held() != null
                ? offer.held() : contents.get(offer.cacheKey(), () -> offer.submission().open(key))));
    }

    /**
     * Whether {@code offerId} is one of the offers opened on the tender: the only ones its evaluation
     * may score. Reads the opening only, not the offers.
     */
    public boolean isOpenedOn(Long tenderId, Long offerId) {
        return offerId != null && openings.findByTender(tenderId).filter(TenderOpening::isConfirmed)
                .map(opening -> opening.getOpenedOfferIds().contains(offerId)).orElse(false);
    }

    /** The offers opened on the tender that the opening did not find intact, which are not evaluated. */
    public List<UnreadableOffer> unreadable(Long tenderId) {
        Optional<TenderOpening> opening = openings.findByTender(tenderId).filter(TenderOpening::isConfirmed);
        if (opening.isEmpty()) {
            return List.of();
        }
        List<OpeningCheck> failed = opening.get().getChecks().stream().filter(check -> !check.isIntact()).toList();
        if (failed.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> supplierOf = offers.findByTender(tenderId).stream()
                .collect(Collectors.toMap(Offer::getId, Offer::getSupplierId));
        Map<Long, String> names = suppliers.findAll().stream()
                .collect(Collectors.toMap(Supplier::getId, Supplier::getName, (a, b) -> a));
        return failed.stream().map(check -> new UnreadableOffer(check.getOfferId(),
                names.getOrDefault(supplierOf.get(check.getOfferId()), "#" + supplierOf.get(check.getOfferId())),
                check.getOutcome().name())).toList();
    }

    /** An opened offer, with its content if the cache holds it, else its submission as sealed. */
    private record Sealed(SubmittedOffer offer, String supplierName, OpenedContentCache.Key cacheKey, OfferContent held,
                          Offer.SealedSubmission submission) {
    }

    /** An opened offer that is not evaluated because the opening found it {@code outcome} (TAMPERED, DIGEST_MISMATCH). */
    public record UnreadableOffer(long offerId, String supplierName, String outcome) implements Serializable {
    }

    /**
     * The ids of the offers the confirmed opening found intact (those {@link #opened} gives), empty
     * before it is confirmed. Reads the opening only, and opens nothing.
     */
    public Set<Long> intactOfferIds(Long tenderId) {
        return openings.findByTender(tenderId).filter(TenderOpening::isConfirmed)
                .map(opening -> (Set<Long>) new HashSet<>(opening.getIntactOfferIds())).orElse(Set.of());
    }

    /** Whether the opening of the tender's offers is confirmed, so that they can be evaluated. */
    public boolean isOpened(Long tenderId) {
        return openings.findByTender(tenderId).map(TenderOpening::isConfirmed).orElse(false);
    }

}
