package no.lis.tender.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.documents.domain.DocumentContent;
import no.lis.tender.documents.domain.DocumentFile;
import no.lis.tender.documents.domain.TenderDocument;
import no.lis.tender.documents.domain.TenderDocumentRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTenderDocumentRepository extends JpaRepository<TenderDocument> implements TenderDocumentRepository {

    @Override
    public Optional<TenderDocument> find(Long id) {
        return findById(id);
    }

    @Override
    public List<TenderDocument> findByTender(Long tenderId) {
        return inReadingOrder("TenderDocument.findByTender", tenderId);
    }

    @Override
    public List<TenderDocument> findCurrentByTender(Long tenderId) {
        return inReadingOrder("TenderDocument.findCurrentByTender", tenderId);
    }

    /** Sorted here: the kinds are stored by name, and their order is the enum's, not the alphabet's. */
    private List<TenderDocument> inReadingOrder(String namedQuery, Long tenderId) {
        return query(TenderDocument.class, namedQuery, "tenderId", tenderId).getResultStream().sorted(TenderDocument.READING_ORDER).toList();
    }

    @Override
    public Optional<TenderDocument> findCurrentInSeries(Long tenderId, String seriesKey) {
        return first("findCurrentInSeries", "tenderId", tenderId, "seriesKey", seriesKey);
    }

    @Override
    public Optional<DocumentContent> findContent(Long documentId) {
        return Optional.ofNullable(em.find(DocumentContent.class, documentId));
    }

    @Override
    public TenderDocument add(TenderDocument document, DocumentFile file) {
        em.persist(document);
        em.flush();
        em.persist(new DocumentContent(document, file));
        return document;
    }
}
