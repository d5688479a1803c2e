package no.lis.tender.offers.application;

import no.lis.tender.catalogue.domain.EmailAddress;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.SupplierRepository;
import no.lis.tender.offers.application.SaveOfferDraftCommand.AnswerInput;
import no.lis.tender.offers.application.SaveOfferDraftCommand.LotInput;
import no.lis.tender.offers.application.SaveOfferDraftCommand.ProductInput;
import no.lis.tender.offers.domain.OfferFixtures;
import no.lis.tender.offers.domain.PlainSeal;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.shared.MovableClock;
import no.lis.tender.shared.RecordedEvents;
import no.lis.tender.shared.Stored;
import no.lis.tender.shared.application.ArrivalClock;
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/** The use cases and queries of offers over in-memory repositories, on one published tender, at a time the test sets. */
class OffersWorld {

    /** The companies {@link OfferFixtures#SUPPLIER_A} and {@link OfferFixtures#SUPPLIER_B} act for. */
    static final Supplier PHARMA_A = supplier(OfferFixtures.SUPPLIER_A, "Pharma A AS", "974760673");
    static final Supplier PHARMA_B = supplier(OfferFixtures.SUPPLIER_B, "Pharma B AS", "983887457");

    final Tender tender = OfferFixtures.tender();
    final InMemoryOffers offers = new InMemoryOffers();
    final InMemoryOpenings openings = new InMemoryOpenings();
    final MovableClock clock = new MovableClock(OfferFixtures.EARLY.instant());
    /** When the request being served arrived; none (a test, a batch run) until a test sets it. */
    Instant arrival;
    /** What the use cases judge the deadline by: the arrival if set, the clock otherwise. */
    private final Clock arrivalClock = new ArrivalClock(clock, () -> Optional.ofNullable(arrival));
    /** How many times the tender was taken locked exclusively. */
    int tenderLocks;
    /** Runs once, as the tender's lock is next taken: what another transaction committed just before. */
    Runnable beforeNextLock;
    private final TenderRepository tenders = answering(TenderRepository.class, Set.of("find", "findReadOnly", "findLocked"),
            (lookUp, id) -> {
                if (lookUp.equals("findLocked")) {
                    tenderLocks++;
                    Runnable before = beforeNextLock;
                    beforeNextLock = null;
                    if (before != null) {
                        before.run();
                    }
                }
                return Optional.of(tender).filter(t -> t.getId().equals(id));
            });
    private final SupplierRepository suppliers = answering(SupplierRepository.class, Set.of("findById"),
            (lookUp, id) -> Stream.of(PHARMA_A, PHARMA_B).filter(s -> s.getId().equals(id)).findFirst());
    private final PlainSeal seal = new PlainSeal();

    final InMemoryAttachments attachments = new InMemoryAttachments();
    final InMemoryTally tally = new InMemoryTally();
    final RecordedEvents<SecurityEvent> securityEvents = new RecordedEvents<>();
    final SaveOfferDraft saveDraft = new SaveOfferDraft(offers, attachments, tenders, seal, arrivalClock);
    final AttachToOffer attachToOffer = new AttachToOffer(offers, attachments, tenders, seal, clock);
    final OfferAttachmentQueries attachmentQueries = new OfferAttachmentQueries(offers, attachments, openings, seal);
    final SubmitOffer submit = new SubmitOffer(offers, tenders, suppliers, tally, seal, arrivalClock);
    final SaveAndSubmitOffer saveAndSubmit = new SaveAndSubmitOffer(tenders, offers, saveDraft, submit);
    final WithdrawOffer withdraw = new WithdrawOffer(offers, tenders, tally, seal, arrivalClock);
    final StartOpening startOpening = new StartOpening(openings, tenders, securityEvents, clock);
    final ConfirmOpening confirmOpening = new ConfirmOpening(openings, offers, attachments, tenders, seal,
            securityEvents, new RecordedEvents<>(), clock);
    final OfferQueries queries = new OfferQueries(offers, openings, tenders, suppliers, tally, seal);

    /**
     * A repository of another context that answers only the look-ups by id that offers make of it
     * ({@code lookUps}, by name); any other call fails the test.
     */
    private static <R> R answering(Class<R> repository, Set<String> lookUps,
                                   BiFunction<String, Object, Optional<?>> answer) {
        return repository.cast(Proxy.newProxyInstance(repository.getClassLoader(), new Class<?>[]{repository},
                (proxy, method, arguments) -> {
                    if (!lookUps.contains(method.getName())) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return answer.apply(method.getName(), arguments[0]);
                }));
    }

    private static Supplier supplier(Reader user, String name, String organisationNumber) {
        return Stored.withId(new Supplier(name, new OrganisationNumber(organisationNumber),
                new EmailAddress(user.username())), user.supplierId());
    }

    /** The raw input of an offer on lot {@code number} at {@code price}, answering one environment sub-criterion. */
    LotInput lot(int number, String price) {
        return new LotInput(number, List.of(new ProductInput("123456", "Hyrimoz", "40 mg, 2 ferdigfylte penner")),
                new BigDecimal(price), List.of(new AnswerInput("environment",
                OfferFixtures.subCriterion(tender, CriterionType.ENVIRONMENT), "ISO 14001-sertifisert", List.of())), null);
    }

    /** The supplier's first draft, on lot 1 at {@code price}; returns the offer id. */
    Long draft(Reader supplier, String price) {
        return saveDraft.save(new SaveOfferDraftCommand(tender.getId(), null, List.of(lot(1, price))), supplier);
    }

    /** The supplier's first draft, submitted; returns the receipt. */
    OfferReceipt submitted(Reader supplier, String price) {
        return submit.submit(new SubmitOfferCommand(draft(supplier, price), 0L), supplier);
    }
}
