package no.lis.tender.documents.application;

import no.lis.tender.shared.RecordedEvents;
import no.lis.tender.catalogue.domain.AdministrationRoute;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.Ddd;
import no.lis.tender.catalogue.domain.DoseUnit;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.SubstanceRepository;
import no.lis.tender.documents.Pdfs;
import no.lis.tender.documents.domain.DocumentKind;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import no.lis.tender.tendering.domain.TenderRepository;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;

/**
 * The documents context's use cases over repositories in memory, the real PDF check, a renderer
 * that records what it is asked to print, and the fixed clock of the tendering tests.
 */
class Documents {

    static final Clock CLOCK = TenderFixtures.CLOCK;

    final Map<Long, Tender> tenders = new HashMap<>();
    final Map<AtcCode, Substance> substances = new HashMap<>();
    final InMemoryTenderDocuments documents = new InMemoryTenderDocuments();
    final InMemoryDownloads downloads = new InMemoryDownloads(documents);
    final InMemoryNotices notices = new InMemoryNotices();
    final RecordingRenderer renderer = new RecordingRenderer();
    final DocumentStore store = new DocumentStore(documents, downloads, notices, new RecordedEvents<>());
    final DocumentQueries queries = new DocumentQueries(documents, downloads, notices);

    private final TenderRepository tenderRepository = Stubs.answering(TenderRepository.class, "find",
            arguments -> Optional.ofNullable(tenders.get((Long) arguments[0])));
    private final SubstanceRepository substanceRepository = Stubs.answering(SubstanceRepository.class, "findByAtcCode",
            arguments -> Optional.ofNullable(substances.get((AtcCode) arguments[0])));

    Documents() {
        Substance adalimumab = new Substance(new AtcCode("L04AB04"), "adalimumab");
        adalimumab.defineDdd(new Ddd(new BigDecimal("2.9"), DoseUnit.MG, AdministrationRoute.PARENTERAL));
        substances.put(adalimumab.getAtcCode(), adalimumab);
    }

    /** Keeps {@code tender} under the next id and returns the id. */
    Long add(Tender tender) {
        long id = tenders.size() + 1L;
        tenders.put(id, tender);
        return id;
    }

    GenerateTenderDocuments generateTenderDocuments() {
        return new GenerateTenderDocuments(tenderRepository, substanceRepository, renderer, store, CLOCK);
    }

    AttachDocument attachDocument() {
        return new AttachDocument(tenderRepository, documents, store, CLOCK);
    }

    AmendDocument amendDocument(Clock clock) {
        return new AmendDocument(documents, store, clock);
    }

    RegenerateQuestionsAndAnswers regenerateQuestionsAndAnswers(Clock clock) {
        return new RegenerateQuestionsAndAnswers(tenderRepository, renderer, store, clock);
    }

    RecordDownload recordDownload(Clock clock) {
        return new RecordDownload(documents, downloads, tenderRepository, clock);
    }

    MarkNoticeRead markNoticeRead(Clock clock) {
        return new MarkNoticeRead(notices, clock);
    }

    /** A published tender with a contract draft a buyer uploaded; returns the draft's id. */
    Long publishedTenderWithContractDraft() {
        Long tenderId = add(TenderFixtures.published());
        return attachDocument().attach(new AttachDocumentCommand(tenderId, DocumentKind.CONTRACT_DRAFT,
                "Kontraktsutkast", Pdfs.checked("kontrakt.pdf", Pdfs.ofPages(1))), BUYER);
    }
}
