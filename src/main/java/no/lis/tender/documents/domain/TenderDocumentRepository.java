package no.lis.tender.documents.domain;

import java.util.List;
import java.util.Optional;

public interface TenderDocumentRepository {

    Optional<TenderDocument> find(Long id);

    /** Every version of every document of the tender, in {@link TenderDocument#READING_ORDER}. */
    List<TenderDocument> findByTender(Long tenderId);

    /** The current version of each document of the tender, in {@link TenderDocument#READING_ORDER}. */
    List<TenderDocument> findCurrentByTender(Long tenderId);

    /** The current version of the series {@code seriesKey} of the tender, if it has one. */
    Optional<TenderDocument> findCurrentInSeries(Long tenderId, String seriesKey);

    /** The bytes of the document version {@code documentId}. */
    Optional<DocumentContent> findContent(Long documentId);

    /**
     * Stores a new document version and its content, {@code file}, which it was made from; its id
     * is set on return. Changes to a loaded version (being replaced) are stored with the transaction.
     */
    TenderDocument add(TenderDocument document, DocumentFile file);
}
