package no.lis.tender.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.SupplierRepository;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.offers.domain.OfferSeal;
import no.lis.tender.offers.domain.OpeningCheck;
import no.lis.tender.offers.domain.Receipt;
import no.lis.tender.offers.domain.TenderOpening;
import no.lis.tender.offers.domain.TenderOpeningRepository;
import no.lis.tender.shared.application.ParallelWork;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.SecurityEvent;

import java.io.Serializable;
import java.time.Instant;
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
        Map<Long, String> names = suppliers.findAll().stream()
                .collect(Collectors.toMap(Supplier::getId, Supplier::getName, (a, b) -> a));
        List<Offer> opened = offers.findByTender(tenderId).stream()
                .filter(offer -> opening.getIntactOfferIds().contains(offer.getId())).toList();
        if (opened.isEmpty()) {
            return List.of();
        }
        // what the database holds is read here, on the caller's thread (the opening key too);
        // what each offer needs is read from the entities here, on the transaction's thread; decrypting
        // and parsing (a generic tender's offer names thousands of lots) then runs on the managed
        // executor, on values only; content opened before (an opened submission never changes) comes
        // from the cache, keyed by the receipt of the submission that counts
        List<Sealed> sealed = opened.stream().map(offer -> {
            Receipt receipt = offer.lastReceipt().orElseThrow();
            return new Sealed(offer.getId(), offer.getSupplierId(),
                    names.getOrDefault(offer.getSupplierId(), "#" + offer.getSupplierId()), receipt.getReceivedAt(),
                    new OpenedContentCache.Key(offer.getId(), receipt.getSubmissionNumber(), receipt.getSha256()),
                    offer.sealedSubmission(opening));
        }).toList();
        OfferSeal.OpeningKey key = seal.openingKey(tenderId, SecurityEvent.SYSTEM);
        return parallel.map(sealed, offer -> new OfferUnderEvaluation(offer.offerId(), offer.supplierId(),
                offer.supplierName(), offer.receivedAt(), contents.get(offer.cacheKey(),
                () -> offer.submission().open(key))));
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

    private record Sealed(long offerId, long supplierId, String supplierName, Instant receivedAt,
                          OpenedContentCache.Key cacheKey, Offer.SealedSubmission submission) {
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
