package no.lis.tender.documents.application;

import no.lis.tender.documents.domain.DocumentDownload;
import no.lis.tender.documents.domain.DocumentDownloadRepository;
import no.lis.tender.documents.domain.DownloadRecord;
import no.lis.tender.documents.domain.TenderDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import static no.lis.tender.shared.Stored.added;

class InMemoryDownloads implements DocumentDownloadRepository {

    private final List<DocumentDownload> stored = new ArrayList<>();
    private final InMemoryTenderDocuments documents;

    InMemoryDownloads(InMemoryTenderDocuments documents) {
        this.documents = documents;
    }

    @Override
    public DocumentDownload save(DocumentDownload download) {
        return added(stored, download);
    }

    @Override
    public List<DownloadRecord> findByTender(Long tenderId) {
        return stored.stream().filter(d -> d.getTenderId().equals(tenderId))
                .sorted(Comparator.comparing(DocumentDownload::getDownloadedAt)
                        .thenComparing(DocumentDownload::getId).reversed())
                .map(download -> {
                    TenderDocument document = documents.find(download.getDocumentId()).orElseThrow();
                    return new DownloadRecord(document.getId(), document.getKind(), document.getTitle(),
                            document.getVersionNumber(), download.getUsername(), download.getSupplierId(),
                            download.getDownloadedAt());
                }).toList();
    }

    @Override
    public List<Long> findSupplierIdsByTender(Long tenderId) {
        return stored.stream().filter(d -> d.getTenderId().equals(tenderId)).map(DocumentDownload::getSupplierId)
                .filter(Objects::nonNull).distinct().sorted().toList();
    }
}
