package no.lis.tender.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.util.Objects;

/**
 * The bytes of one {@link TenderDocument} version, kept in an entity of their own under the
 * document's id, so that lists of documents never load PDFs.
 */
@Entity
@Table(name = "DOC_DOCUMENT_CONTENT")
public class DocumentContent {

    @Id
    @Column(name = "DOCUMENT_ID")
    private Long documentId;

    @Lob
    @Column(name = "CONTENT", nullable = false)
    private byte[] bytes;

    protected DocumentContent() {
    }

    /** The content of {@code document}, once it is stored and has its id; {@code file} must be what it was made from. */
    public DocumentContent(TenderDocument document, DocumentFile file) {
        this.documentId = Objects.requireNonNull(document.getId(), "the document is stored first");
        if (!document.holds(file.content())) {
            throw new IllegalArgumentException(file + " is not the content of " + document);
        }
        this.bytes = file.content();
    }

    public Long getDocumentId() {
        return documentId;
    }

    public byte[] getBytes() {
        return bytes;
    }
}
