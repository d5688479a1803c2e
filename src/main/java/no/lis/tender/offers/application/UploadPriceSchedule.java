package no.lis.tender.offers.application;

import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.Pack;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferContent;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.offers.domain.OfferSeal;
import no.lis.tender.offers.domain.OfferedProduct;
import no.lis.tender.offers.domain.PriceSchedule;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.shared.application.Arrival;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Spreadsheets;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A supplier uploads her filled-in price schedule (XLSX) into her draft offer: every row is checked
 * ({@link PriceSchedule#read}, then the varenumre against the catalogue in one look-up), and the file
 * is taken whole or refused whole with every row and reason. The lots it prices get the catalogue's
 * pack and the price, and keep their answers; the draft's other lots and its ESPD stay as they were.
 * A draft is started if she has none (version null), as with {@link SaveOfferDraft}.
 */
@UseCase
public class UploadPriceSchedule {

    private final OfferRepository offers;
    private final TenderRepository tenders;
    private final ProductRepository products;
    private final Spreadsheets spreadsheets;
    private final OfferSeal seal;
    private final Clock clock;

    @Inject
    public UploadPriceSchedule(OfferRepository offers, TenderRepository tenders, ProductRepository products,
                               Spreadsheets spreadsheets, OfferSeal seal, @Arrival Clock clock) {
        this.offers = offers;
        this.tenders = tenders;
        this.products = products;
        this.spreadsheets = spreadsheets;
        this.seal = seal;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected UploadPriceSchedule() {
        this(null, null, null, null, null, null);
    }

    /** Returns the id of the offer; {@code xlsx} was read within the upload limit. */
    public Long upload(Long tenderId, Long version, byte[] xlsx, Reader supplier) {
        Tender tender = OfferAccess.tender(tenders, tenderId);
        Optional<Offer> existing = supplier.isSupplier()
                ? offers.findByTenderAndSupplier(tender.getId(), supplier.supplierId()) : Optional.empty();
        Offer offer = SaveOfferDraft.atVersion(existing, version, tender, supplier, clock);
        PriceSchedule schedule = PriceSchedule.of(tender);
        PriceSchedule.Filled filled = schedule.read(spreadsheets.read(xlsx, "file", schedule.maxRows()));
        Map<Varenummer, Product> known = products.findByVarenumre(filled.varenumre()).stream()
                .collect(Collectors.toMap(Product::getVarenummer, Function.identity()));
        filled.requireKnown(known.keySet());
        OfferContent draft = existing.flatMap(o -> o.draftFor(supplier, seal)).orElse(null);
        OfferContent content = OfferContent.of(filled.into(draft == null ? null : draft.lots(),
                varenummer -> offered(known.get(varenummer))), draft == null ? null : draft.espd());
        Offer stored = existing.isPresent() ? offer : offers.save(offer);
        stored.saveDraft(tender, content, seal, clock);
        return stored.getId();
    }

    /** The catalogue's pack as offered: its name, and the pack as the catalogue describes it. */
    private static OfferedProduct offered(Product product) {
        Pack pack = product.getPack();
        String description = pack.getPackSize().stripTrailingZeros().toPlainString() + " " + pack.getPackUnit() + ", "
                + pack.getForm() + " " + pack.getStrengthAmount().stripTrailingZeros().toPlainString() + " "
                + pack.getStrengthUnit();
        return new OfferedProduct(product.getVarenummer(), cut(product.getName(), OfferedProduct.NAME_LENGTH),
                cut(description, OfferedProduct.PACK_LENGTH));
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
