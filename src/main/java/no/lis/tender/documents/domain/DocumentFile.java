package no.lis.tender.documents.domain;

import no.lis.tender.shared.domain.Digests;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.PdfCheck;
import no.lis.tender.shared.domain.PdfVerdict;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The bytes of one PDF with the name it is offered under. An upload is accepted only if it is a
 * real PDF, whatever its name says, not empty and at most {@value #MAX_UPLOAD_MEGABYTES} MB.
 * The bytes are held as given, not copied: a file is handed on, never changed.
 */
public final class DocumentFile {

    public static final int MAX_UPLOAD_MEGABYTES = 20;
    public static final long MAX_UPLOAD_BYTES = MAX_UPLOAD_MEGABYTES * 1024L * 1024L;
    public static final int FILE_NAME_LENGTH = 255;
    private static final long BYTES_PER_MEGABYTE = 1024L * 1024L;

    private final String fileName;
    private final byte[] content;

    private DocumentFile(String fileName, byte[] content) {
        this.fileName = fileName;
        this.content = content;
    }

    /** A file that needs no checking: one the system made, or one stored before. */
    public static DocumentFile of(String fileName, byte[] content) {
        return new DocumentFile(Objects.requireNonNull(fileName, "fileName"), Objects.requireNonNull(content, "content"));
    }

    /**
     * A file a user uploads, under its name without the folders a browser may send along. Refused,
     * under the field {@code file}, as {@code documents.upload.empty}, {@code documents.upload.tooLarge}
     * or the refusal of {@code pdfCheck}'s verdict (not a PDF whatever its name, JavaScript, ...).
     */
    public static DocumentFile upload(String fileName, byte[] content, PdfCheck pdfCheck) {
        String name = baseName(fileName);
        if (content == null || content.length == 0) {
            throw new DomainException("file", "documents.upload.empty");
        }
        if (content.length > MAX_UPLOAD_BYTES) {
            throw new DomainException("file", "documents.upload.tooLarge", megabytes(content.length),
                    MAX_UPLOAD_MEGABYTES);
        }
        PdfVerdict verdict = pdfCheck.verdict(content);
        if (!verdict.isAccepted()) {
            throw new DomainException("file", verdict.messageKey(), name);
        }
        return new DocumentFile(name, content);
    }

    /** The size in MB to one decimal, rounded up so that a file just over the limit does not show as the limit. */
    private static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(BYTES_PER_MEGABYTE), 1, RoundingMode.CEILING);
    }

    /** The name after the last slash or backslash, within the column's length; "dokument.pdf" if none is left. */
    private static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'),
                fileName.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            return "dokument.pdf";
        }
        return name.length() <= FILE_NAME_LENGTH ? name : name.substring(name.length() - FILE_NAME_LENGTH);
    }

    public String fileName() {
        return fileName;
    }

    public byte[] content() {
        return content;
    }

    public long size() {
        return content.length;
    }

    /** The SHA-256 digest of the content, in lower-case hex. */
    public String sha256() {
        return sha256(content);
    }

    /** The SHA-256 digest of {@code content}, in lower-case hex: 64 characters. */
    public static String sha256(byte[] content) {
        return Digests.sha256Hex(content);
    }

    @Override
    public String toString() {
        return fileName + " (" + content.length + " bytes)";
    }
}
