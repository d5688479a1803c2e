package no.lis.tender.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.shared.domain.Versioned;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A notice in the application to a supplier: a document of a tender it has downloaded from was
 * added or amended. Its text is a message key with arguments, shown in the reader's language.
 */
@Entity
@Table(name = "DOC_NOTICE")
@NamedQuery(name = "Notice.findBySupplier", query = "SELECT n FROM Notice n WHERE n.supplierId = :supplierId")
public class Notice extends Versioned {

    static final String ADDED = "documents.notice.added";
    static final String AMENDED = "documents.notice.amended";
    static final int ARGUMENTS_LENGTH = 4000;
    /** Between arguments: a character no title or change note contains. */
    private static final String SEPARATOR = "\u001F";

    /** Unread notices first, then the newest first. */
    public static final Comparator<Notice> UNREAD_FIRST = Comparator.comparing(Notice::isRead)
            .thenComparing(Notice::getCreatedAt, Comparator.reverseOrder())
            .thenComparing(Notice::getId, Comparator.nullsLast(Comparator.reverseOrder()));

    @Column(name = "SUPPLIER_ID", nullable = false)
    private Long supplierId;

    @Column(name = "TENDER_ID", nullable = false)
    private Long tenderId;

    @Column(name = "DOCUMENT_ID", nullable = false)
    private Long documentId;

    @Column(name = "MESSAGE_KEY", nullable = false, length = 100)
    private String messageKey;

    @Column(name = "ARGUMENTS", length = ARGUMENTS_LENGTH)
    private String arguments;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "READ_AT")
    private Instant readAt;

    protected Notice() {
    }

    /**
     * Tells {@code supplierId} that {@code document} was published: as a new document (version 1),
     * or as a new version with its change note.
     */
    public static Notice documentPublished(Long supplierId, TenderDocument document, Instant at) {
        Notice notice = new Notice();
        notice.supplierId = Objects.requireNonNull(supplierId, "supplierId");
        notice.tenderId = document.getTenderId();
        notice.documentId = Objects.requireNonNull(document.getId(), "documentId");
        boolean amended = document.getVersionNumber() > 1;
        notice.messageKey = amended ? AMENDED : ADDED;
        notice.arguments = (amended
                ? Stream.of(document.getTitle(), String.valueOf(document.getVersionNumber()), document.getChangeNote())
                : Stream.of(document.getTitle())).collect(Collectors.joining(SEPARATOR));
        notice.createdAt = Objects.requireNonNull(at, "at");
        return notice;
    }

    /** The supplier has seen the notice; the first time it was read is kept. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = Objects.requireNonNull(at, "at");
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public Long getTenderId() {
        return tenderId;
    }

    /** The document version the notice is about. */
    public Long getDocumentId() {
        return documentId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The arguments of the message, in order (for an amendment: title, version number, change note). */
    public Object[] getArguments() {
        return arguments == null || arguments.isEmpty() ? new Object[0] : Arrays.stream(arguments.split(SEPARATOR, -1))
                .toArray();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** When the supplier first read it; null while unread. */
    public Instant getReadAt() {
        return readAt;
    }
}
