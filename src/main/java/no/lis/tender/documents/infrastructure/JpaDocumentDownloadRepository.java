package no.lis.tender.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.documents.domain.DocumentDownload;
import no.lis.tender.documents.domain.DocumentDownloadRepository;
import no.lis.tender.documents.domain.DownloadRecord;

import java.util.List;

@ApplicationScoped
public class JpaDocumentDownloadRepository implements DocumentDownloadRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public void add(DocumentDownload download) {
        em.persist(download);
    }

    @Override
    public List<DownloadRecord> findByTender(Long tenderId) {
        return em.createNamedQuery("DocumentDownload.findByTender", DownloadRecord.class)
                .setParameter("tenderId", tenderId).getResultList();
    }

    @Override
    public List<Long> findSupplierIdsByTender(Long tenderId) {
        return em.createNamedQuery("DocumentDownload.findSupplierIdsByTender", Long.class)
                .setParameter("tenderId", tenderId).getResultList();
    }
}
