package no.lis.tender.offers.domain;

import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.Stored;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Offers as the tests need them: a published tender (id 1, lots 1 and 2) taking offers until
 * 1 March 2026 at 12:00 Oslo time, the users who act on them, and content.
 */
public final class OfferFixtures {

    public static final Instant DEADLINE = TenderFixtures.oslo(2026, 3, 1, 12);
    public static final Clock EARLY = TenderFixtures.CLOCK;
    public static final Clock JUST_BEFORE = TenderFixtures.at(DEADLINE.minusNanos(1));
    public static final Clock AT_DEADLINE = TenderFixtures.at(DEADLINE);
    /** The first instant the offers can be opened: a minute after the deadline. */
    public static final Clock OPENABLE = TenderFixtures.at(DEADLINE.plus(TenderOpening.OPENS_AFTER_DEADLINE));
    public static final Clock AFTER_DEADLINE = TenderFixtures.at(DEADLINE.plusSeconds(3600));

    public static final Reader SUPPLIER_A = new Reader("anne@pharma-a.no", Set.of(Reader.SUPPLIER), 11L);
    public static final Reader SUPPLIER_B = new Reader("bjorn@pharma-b.no", Set.of(Reader.SUPPLIER), 12L);
    public static final Reader BUYER = new Reader(TenderFixtures.BUYER, Set.of(Reader.BUYER), null);
    public static final Reader OTHER_BUYER = new Reader("ola.buyer", Set.of(Reader.BUYER), null);
    public static final Reader ADMIN = new Reader("admin", Set.of("ADMIN"), null);

    private static final String ENVIRONMENT_SUB_CRITERION = subCriterion(tender(), CriterionType.ENVIRONMENT);

    private OfferFixtures() {
    }

    /** A published tender, id 1, with lots 1 and 2 and the default criteria of phase 3. */
    public static Tender tender() {
        Tender tender = TenderFixtures.publishable();
        tender.addLot(TenderFixtures.adalimumab(), TenderFixtures.BUYER, EARLY);
        tender.publish(TenderFixtures.BUYER, EARLY, TenderFixtures.THRESHOLD);
        return Stored.withId(tender, 1L);
    }

    /** The title of the first sub-criterion of the tender's criterion of {@code type}. */
    public static String subCriterion(Tender tender, CriterionType type) {
        return tender.getCriteria().stream().filter(c -> c.getType() == type).findFirst().orElseThrow()
                .getSubCriteria().get(0).getTitle();
    }

    /** An offer on lot {@code lotNumber} of {@link #tender()} at {@code price} per pack, with one environment answer. */
    public static LotOffer lot(int lotNumber, String price) {
        return new LotOffer(lotNumber, List.of(new OfferedProduct(new Varenummer("123456"), "Hyrimoz",
                "40 mg, 2 ferdigfylte penner")), new BigDecimal(price),
                List.of(new CriterionAnswer(CriterionType.ENVIRONMENT, ENVIRONMENT_SUB_CRITERION,
                        "Sertifisert etter ISO 14001.", List.of(41L))));
    }

    public static OfferContent content(String price) {
        return OfferContent.of(List.of(lot(1, price)));
    }

    /** A supplier's offer on {@code tender}, id {@code id}, with a draft saved at price {@code price}. */
    public static Offer drafted(Tender tender, Reader supplier, long id, String price, OfferSeal seal) {
        Offer offer = Stored.withId(Offer.start(tender, supplier, EARLY), id);
        offer.saveDraft(tender, content(price), seal, EARLY);
        return offer;
    }

    /** {@link #drafted}, then submitted. */
    public static Offer submitted(Tender tender, Reader supplier, long id, String price, OfferSeal seal) {
        Offer offer = drafted(tender, supplier, id, price, seal);
        offer.submit(tender, seal, EARLY);
        return offer;
    }

    /** The opening's check of each offer, with {@code seal}'s opening key of the tender and no attachments. */
    public static TenderOpening.Inspection inspectedWith(OfferSeal seal) {
        return TenderOpening.checkingWith(() -> seal.openingKey(1L, BUYER.username()), seal, offer -> List.of());
    }

    /** An opening of {@link #tender()} started by {@link #BUYER} and confirmed by {@link #OTHER_BUYER} over {@code offers}. */
    public static TenderOpening confirmedOpening(Tender tender, List<Offer> offers, OfferSeal seal) {
        TenderOpening opening = Stored.withId(TenderOpening.start(tender, BUYER, OPENABLE), 1);
        opening.confirm(OTHER_BUYER, offers, inspectedWith(seal), AFTER_DEADLINE);
        return opening;
    }
}
