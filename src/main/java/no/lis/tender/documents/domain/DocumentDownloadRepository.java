package no.lis.tender.documents.domain;

import java.util.List;

public interface DocumentDownloadRepository {

    DocumentDownload save(DocumentDownload download);

    /** Who downloaded which version of the tender's documents, and when; the latest first. */
    List<DownloadRecord> findByTender(Long tenderId);

    /** The suppliers that have downloaded any document of the tender, by id. */
    List<Long> findSupplierIdsByTender(Long tenderId);
}
