package no.lis.tender.shared.domain;

/** Tells a real, harmless PDF from a file that only carries the name of one, or one that runs code. */
@FunctionalInterface
public interface PdfCheck {

    /** What {@code content} is: {@link PdfVerdict#OK} only for a readable PDF without active content. */
    PdfVerdict verdict(byte[] content);
}
