package no.lis.tender.agreements.award.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import no.lis.tender.tendering.domain.Timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A complaint about an award decision (klage, or a request to the court for an interim injunction)
 * that the buyer has received and recorded during the standstill: what it says, who recorded it and
 * when. While it is open it suspends the standstill (see {@link Standstill}); the buyer records it
 * resolved, with the outcome, and the standstill resumes. Kept for ever with its award decision, so
 * that the procedure can be defended.
 */
@Embeddable
public class Complaint {

    public static final int TEXT_LENGTH = 2000;
    public static final int USERNAME_LENGTH = 60;

    @Column(name = "RECORDED_BY", nullable = false, length = USERNAME_LENGTH)
    private String recordedBy;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    @Column(name = "DESCRIPTION", nullable = false, length = TEXT_LENGTH)
    private String description;

    @Column(name = "RESOLVED_BY", length = USERNAME_LENGTH)
    private String resolvedBy;

    @Column(name = "RESOLVED_AT")
    private Instant resolvedAt;

    @Column(name = "RESOLUTION", length = TEXT_LENGTH)
    private String resolution;

    protected Complaint() {
    }

    Complaint(String description, String recordedBy, Instant recordedAt) {
        this.description = Objects.requireNonNull(description, "description");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    void resolve(String outcome, String actor, Instant at) {
        this.resolution = Objects.requireNonNull(outcome, "outcome");
        this.resolvedBy = Objects.requireNonNull(actor, "actor");
        this.resolvedAt = Objects.requireNonNull(at, "at");
    }

    /** Whether the buyer has recorded it resolved; an open complaint suspends the standstill. */
    public boolean isResolved() {
        return resolvedAt != null;
    }

    /** The calendar date in Norway on which it was resolved, or null while open. */
    public LocalDate resolvedOn() {
        return resolvedAt == null ? null : Timeline.osloDate(resolvedAt);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** What the complaint says, as the buyer recorded it. */
    public String getDescription() {
        return description;
    }

    /** Who recorded it resolved, or null while open. */
    public String getResolvedBy() {
        return resolvedBy;
    }

    /** When it was recorded resolved, or null while open. */
    public Instant getResolvedAt() {
        return resolvedAt;
    }

    /** The outcome (e.g. "Klagen ble trukket", a court's decision), or null while open. */
    public String getResolution() {
        return resolution;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Complaint c && Objects.equals(recordedAt, c.recordedAt)
                && Objects.equals(recordedBy, c.recordedBy) && Objects.equals(description, c.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recordedAt, recordedBy, description);
    }

    @Override
    public String toString() {
        return "complaint recorded " + recordedAt + (isResolved() ? ", resolved " + resolvedAt : ", open");
    }
}
