package no.lis.tender.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.shared.domain.Identified;

import java.time.Instant;
import java.util.Objects;

/**
 * The record that a user downloaded one version of a tender document, and when: who saw which
 * version is part of the audit trail, and the suppliers that downloaded are told of amendments.
 * Written once, never changed.
 */
@Entity
@Table(name = "DOC_DOWNLOAD")
@NamedQuery(name = "DocumentDownload.findByTender", query = "SELECT NEW no.lis.tender.documents.domain.DownloadRecord("
        + "w.documentId, d.kind, d.title, d.versionNumber, w.username, w.supplierId, w.downloadedAt)"
        + " FROM DocumentDownload w, TenderDocument d WHERE d.id = w.documentId AND w.tenderId = :tenderId"
        + " ORDER BY w.downloadedAt DESC, w.id DESC")
@NamedQuery(name = "DocumentDownload.findSupplierIdsByTender", query = "SELECT DISTINCT w.supplierId"
        + " FROM DocumentDownload w WHERE w.tenderId = :tenderId AND w.supplierId IS NOT NULL ORDER BY w.supplierId")
public class DocumentDownload extends Identified {

    @Column(name = "DOCUMENT_ID", nullable = false)
    private Long documentId;

    @Column(name = "TENDER_ID", nullable = false)
    private Long tenderId;

    @Column(name = "USERNAME", nullable = false, length = TenderDocument.USERNAME_LENGTH)
    private String username;

    @Column(name = "SUPPLIER_ID")
    private Long supplierId;

    @Column(name = "DOWNLOADED_AT", nullable = false)
    private Instant downloadedAt;

    protected DocumentDownload() {
    }

    /** {@code username} downloaded {@code document} at {@code at}, acting for {@code supplierId} (null for a buyer). */
    public DocumentDownload(TenderDocument document, String username, Long supplierId, Instant at) {
        this.documentId = Objects.requireNonNull(document.getId(), "documentId");
        this.tenderId = document.getTenderId();
        this.username = Objects.requireNonNull(username, "username");
        this.supplierId = supplierId;
        this.downloadedAt = Objects.requireNonNull(at, "at");
    }

    public Long getDocumentId() {
        return documentId;
    }

    public Long getTenderId() {
        return tenderId;
    }

    public String getUsername() {
        return username;
    }

    /** The supplier the user acted for; null where a buyer or another non-supplier downloaded. */
    public Long getSupplierId() {
        return supplierId;
    }

    public Instant getDownloadedAt() {
        return downloadedAt;
    }
}
