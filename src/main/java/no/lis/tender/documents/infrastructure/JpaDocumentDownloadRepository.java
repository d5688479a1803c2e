package no.lis.tender.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.documents.domain.DocumentDownload;
import no.lis.tender.documents.domain.DocumentDownloadRepository;
import no.lis.tender.documents.domain.DownloadRecord;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.List;

@ApplicationScoped
public class JpaDocumentDownloadRepository extends JpaRepository<DocumentDownload> implements DocumentDownloadRepository {

    @Override
    public List<DownloadRecord> findByTender(Long tenderId) {
        return query(DownloadRecord.class, "DocumentDownload.findByTender", "tenderId", tenderId).getResultList();
    }

    @Override
    public List<Long> findSupplierIdsByTender(Long tenderId) {
        return query(Long.class, "DocumentDownload.findSupplierIdsByTender", "tenderId", tenderId).getResultList();
    }
}
