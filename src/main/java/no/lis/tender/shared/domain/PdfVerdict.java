package no.lis.tender.shared.domain;

/**
 * What a {@link PdfCheck} found in an uploaded file. Only {@link #OK} is accepted; every other
 * verdict has its own message (the file's name as argument), so that the supplier or buyer learns
 * what to remove rather than only that the file was refused.
 */
public enum PdfVerdict {

    /** A readable PDF with at least one page and nothing that runs or carries other files. */
    OK(null),
    /** Not a PDF whatever its name says, or one that cannot be read (broken, password-protected). */
    NOT_PDF("documents.upload.notPdf"),
    /** JavaScript in an action (document open, page, annotation, form field) or the names tree. */
    JAVASCRIPT("upload.pdf.javascript"),
    /** A Launch action, which asks the reader to start a program or open another file. */
    LAUNCH_ACTION("upload.pdf.launchAction"),
    /** Files embedded in the PDF (attachments, portfolios): content nobody has checked. */
    EMBEDDED_FILE("upload.pdf.embeddedFile"),
    /** Reading it needed more memory and temporary space than the limit. */
    TOO_LARGE("upload.pdf.tooLarge"),
    /** Reading it took longer than the time limit (or no reader was free within it). */
    TOO_SLOW("upload.pdf.tooSlow");

    private final String messageKey;

    PdfVerdict(String messageKey) {
        this.messageKey = messageKey;
    }

    public boolean isAccepted() {
        return this == OK;
    }

    /** The bundle key of the refusal; its argument is the file's name. {@code null} for {@link #OK}. */
    public String messageKey() {
        return messageKey;
    }
}
