package no.lis.tender.shared.domain;

import java.util.Objects;

/**
 * An uploaded file with the verdict of the {@link PdfCheck} that read it before any transaction
 * began (parsing an untrusted PDF takes memory and time, which must not hold database locks).
 * The domain still applies its rule to the verdict, inside the use case; asking this object as the
 * check gives the verdict already found instead of parsing again.
 */
public record CheckedPdf(String fileName, byte[] content, PdfVerdict verdict) implements PdfCheck {

    public CheckedPdf {
        content = content == null ? new byte[0] : content;
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The verdict found for this file; it answers for no other content. */
    @Override
    public PdfVerdict verdict(byte[] bytes) {
        if (bytes != content) {
            throw new IllegalArgumentException("a checked PDF answers only for its own content");
        }
        return verdict;
    }
}
