package no.lis.tender.agreements.recommendations.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What every page of a priced PDF shows, visibly, so that a leaked copy can be traced: who it was
 * given to and when it was downloaded. Take it from the {@link PriceViewRecord} of the download
 * ({@link PriceViewRecord#watermark()}), so that the mark and the log agree to the second.
 */
public record Watermark(String recipient, Instant downloadedAt) {

    public Watermark {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("a watermark names its recipient");
        }
        recipient = recipient.strip();
        Objects.requireNonNull(downloadedAt, "downloadedAt");
    }
}
