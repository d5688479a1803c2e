package no.lis.tender.documents.application;

import no.lis.tender.documents.domain.DocumentContent;
import no.lis.tender.documents.domain.DocumentFile;
import no.lis.tender.documents.domain.TenderDocument;
import no.lis.tender.documents.domain.TenderDocumentRepository;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static no.lis.tender.shared.Stored.withId;

class InMemoryTenderDocuments implements TenderDocumentRepository {

    private final Map<Long, TenderDocument> stored = new LinkedHashMap<>();
    private final Map<Long, DocumentContent> contents = new HashMap<>();

    @Override
    public Optional<TenderDocument> find(Long id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public List<TenderDocument> findByTender(Long tenderId) {
        return stored.values().stream().filter(d -> d.getTenderId().equals(tenderId))
                .sorted(TenderDocument.READING_ORDER).toList();
    }

    @Override
    public List<TenderDocument> findCurrentByTender(Long tenderId) {
        return findByTender(tenderId).stream().filter(TenderDocument::isCurrent).toList();
    }

    @Override
    public Optional<TenderDocument> findCurrentInSeries(Long tenderId, String seriesKey) {
        return findCurrentByTender(tenderId).stream().filter(d -> d.getSeriesKey().equals(seriesKey)).findFirst();
    }

    @Override
    public Optional<DocumentContent> findContent(Long documentId) {
        return Optional.ofNullable(contents.get(documentId));
    }

    @Override
    public TenderDocument add(TenderDocument document, DocumentFile file) {
        withId(document, stored.size() + 1);
        stored.put(document.getId(), document);
        contents.put(document.getId(), new DocumentContent(document, file));
        return document;
    }
}
