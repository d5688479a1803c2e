package no.lis.tender.documents.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versioned;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One version of a document of a tender round: the invitation, the price form, the questions and
 * answers, or a PDF a buyer uploaded (a contract draft, a requirement specification). All versions
 * of one document share a series key; a new version needs a change note, and the version it
 * replaces is kept, marked replaced, and stays downloadable. The bytes are kept apart, in
 * {@link DocumentContent}, with their SHA-256 digest here.
 */
@Entity
@Table(name = "DOC_DOCUMENT", uniqueConstraints = @UniqueConstraint(name = "UQ_DOC_DOCUMENT_SERIES_VERSION",
        columnNames = {"TENDER_ID", "SERIES_KEY", "VERSION_NUMBER"}))
@NamedQuery(name = "TenderDocument.findByTender",
        query = "SELECT d FROM TenderDocument d WHERE d.tenderId = :tenderId")
@NamedQuery(name = "TenderDocument.findCurrentByTender",
        query = "SELECT d FROM TenderDocument d WHERE d.tenderId = :tenderId AND d.replacedAt IS NULL")
@NamedQuery(name = "TenderDocument.findCurrentInSeries", query = "SELECT d FROM TenderDocument d"
        + " WHERE d.tenderId = :tenderId AND d.seriesKey = :seriesKey AND d.replacedAt IS NULL")
public class TenderDocument extends Versioned {

    public static final int TITLE_LENGTH = 200;
    public static final int SERIES_KEY_LENGTH = 40;
    public static final int CHANGE_NOTE_LENGTH = 2000;
    static final int USERNAME_LENGTH = Stamp.USERNAME_LENGTH;

    /** The order documents are listed in: by kind (the invitation first), series, then version. */
    public static final Comparator<TenderDocument> READING_ORDER = Comparator.comparing(TenderDocument::getKind)
            .thenComparing(TenderDocument::getSeriesKey).thenComparingInt(TenderDocument::getVersionNumber);

    @Column(name = "TENDER_ID", nullable = false)
    private Long tenderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 30)
    private DocumentKind kind;

    @Column(name = "TITLE", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "FILE_NAME", nullable = false, length = DocumentFile.FILE_NAME_LENGTH)
    private String fileName;

    @Column(name = "SERIES_KEY", nullable = false, length = SERIES_KEY_LENGTH)
    private String seriesKey;

    @Column(name = "VERSION_NUMBER", nullable = false)
    private int versionNumber;

    @Column(name = "CHANGE_NOTE", length = CHANGE_NOTE_LENGTH)
    private String changeNote;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long sizeBytes;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "CREATED_BY", nullable = false, length = USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "CREATED_AT", nullable = false))
    private Stamp created;

    @Column(name = "REPLACED_AT")
    private Instant replacedAt;

    protected TenderDocument() {
    }

    private TenderDocument(Long tenderId, DocumentKind kind, String seriesKey, String title, DocumentFile file,
                           String actor, Instant at) {
        this.tenderId = Objects.requireNonNull(tenderId, "tenderId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.seriesKey = Objects.requireNonNull(seriesKey, "seriesKey");
        this.title = title;
        this.fileName = file.fileName();
        this.sha256 = file.sha256();
        this.sizeBytes = file.size();
        this.created = Stamp.of(actor, Objects.requireNonNull(at, "at"));
    }

    /**
     * Version 1 of a new document of the tender {@code tenderId}. The title is required and is
     * refused under the field {@code title}.
     */
    public static TenderDocument first(Long tenderId, DocumentKind kind, String seriesKey, String title,
                                       DocumentFile file, String actor, Instant at) {
        Validation validation = new Validation();
        String checkedTitle = checkTitle(validation, title);
        validation.throwIfInvalid();
        TenderDocument first = new TenderDocument(tenderId, kind, seriesKey, checkedTitle, file, actor, at);
        first.versionNumber = 1;
        return first;
    }

    /**
     * The next version of this document, with the same title in the same series, made from
     * {@code file} and explained by {@code changeNote} (required, under the field {@code changeNote});
     * this version is marked replaced at {@code at} and kept. Only the current version can be
     * replaced: {@code documents.version.replaced} otherwise.
     */
    public TenderDocument nextVersion(String changeNote, DocumentFile file, String actor, Instant at) {
        if (!isCurrent()) {
            throw new DomainException(null, "documents.version.replaced", title, versionNumber);
        }
        Validation validation = new Validation();
        String checkedNote = checkChangeNote(validation, changeNote);
        validation.throwIfInvalid();
        TenderDocument next = new TenderDocument(tenderId, kind, seriesKey, title, file, actor, at);
        next.versionNumber = versionNumber + 1;
        next.changeNote = checkedNote;
        markReplaced(at);
        return next;
    }

    /**
     * The title stripped, as a document keeps it; a missing or too long one is recorded under
     * {@code title}, so that a use case can report it with the other broken rules of its command.
     */
    public static String checkTitle(Validation validation, String title) {
        return text(validation, "title", title, TITLE_LENGTH);
    }

    /** The change note stripped, as a new version keeps it; a missing or too long one is recorded under {@code changeNote}. */
    public static String checkChangeNote(Validation validation, String changeNote) {
        return text(validation, "changeNote", changeNote, CHANGE_NOTE_LENGTH);
    }

    private static String text(Validation validation, String field, String text, int maxLength) {
        if (!validation.required(text, field)) {
            return null;
        }
        String stripped = text.strip();
        validation.check(stripped.length() <= maxLength, field, "text.tooLong", maxLength);
        return stripped;
    }

    /** Keeps this version, marked as replaced by a newer one since {@code at}. */
    private void markReplaced(Instant at) {
        this.replacedAt = at;
    }

    /** Whether this is the version in force, not replaced by a newer one. */
    public boolean isCurrent() {
        return replacedAt == null;
    }

    /** Whether {@code content} is what this version was made from, by its digest. */
    public boolean holds(byte[] content) {
        return sha256.equals(DocumentFile.sha256(content));
    }

    public Long getTenderId() {
        return tenderId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSeriesKey() {
        return seriesKey;
    }

    /** 1 for the first version, counting up. */
    public int getVersionNumber() {
        return versionNumber;
    }

    /** What changed from the version before; null for version 1. */
    public String getChangeNote() {
        return changeNote;
    }

    /** The SHA-256 digest of the content, in lower-case hex. */
    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getCreatedBy() {
        return Stamp.actorOf(created);
    }

    public Instant getCreatedAt() {
        return Stamp.atOf(created);
    }

    /** When a newer version replaced this one; null while it is current. */
    public Instant getReplacedAt() {
        return replacedAt;
    }

    @Override
    protected Object[] businessKey() {
        return new Object[] {tenderId, seriesKey, versionNumber};
    }

    @Override
    public String toString() {
        return title + " v" + versionNumber;
    }
}
