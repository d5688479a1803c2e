package no.lis.tender.shared.domain;

/** Tells a real PDF from a file that only carries the name of one. */
public interface PdfCheck {

    /** Whether {@code content} starts as a PDF does and can be read as one. */
    boolean isPdf(byte[] content);
}
