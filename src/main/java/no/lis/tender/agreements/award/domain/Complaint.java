package no.lis.tender.agreements.award.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.tendering.domain.Timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something a supplier did about an award decision during or after the standstill, as the buyer
 * recorded it: an ordinary {@linkplain ComplaintKind#COMPLAINT complaint} (klage) to the buyer, or a
 * {@linkplain ComplaintKind#COURT_PETITION petition to the court} for an interim injunction
 * (midlertidig forføyning), with the day it was filed. A petition filed within the standstill
 * suspends it until the court's decision is recorded (see {@link Standstill}); a complaint is
 * answered and never blocks. Kept for ever with its award decision, so that the procedure can be
 * defended.
 */
@Embeddable
public class Complaint {

    public static final int TEXT_LENGTH = 2000;
    public static final int USERNAME_LENGTH = Stamp.USERNAME_LENGTH;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private ComplaintKind kind;

    /** The day the supplier sent the complaint or filed the petition with the court (Norway). */
    @Column(name = "FILED_ON", nullable = false)
    private LocalDate filedOn;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "RECORDED_BY", nullable = false, length = USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "RECORDED_AT", nullable = false))
    private Stamp recorded;

    @Column(name = "DESCRIPTION", nullable = false, length = TEXT_LENGTH)
    private String description;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "RESOLVED_BY", length = USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "RESOLVED_AT"))
    private Stamp resolved;

    @Column(name = "RESOLUTION", length = TEXT_LENGTH)
    private String resolution;

    protected Complaint() {
    }

    Complaint(ComplaintKind kind, LocalDate filedOn, String description, String recordedBy, Instant recordedAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.filedOn = Objects.requireNonNull(filedOn, "filedOn");
        this.description = Objects.requireNonNull(description, "description");
        this.recorded = Stamp.of(recordedBy, recordedAt);
    }

    void resolve(String outcome, String actor, Instant at) {
        this.resolution = Objects.requireNonNull(outcome, "outcome");
        this.resolved = Stamp.of(actor, Objects.requireNonNull(at, "at"));
    }

    /**
     * Whether it holds a standstill that runs to {@code lastDay}: a petition to the court filed from
     * the letters' day {@code lettersIssuedOn} up to and including that last day, whose decision
     * is not yet recorded. An ordinary complaint never does, nor does a petition filed later.
     */
    public boolean suspends(LocalDate lettersIssuedOn, LocalDate lastDay) {
        return blocks(lettersIssuedOn, lastDay) && !isResolved();
    }

    /** Whether it is a petition to the court filed within the standstill from {@code lettersIssuedOn} to {@code lastDay}. */
    boolean blocks(LocalDate lettersIssuedOn, LocalDate lastDay) {
        return kind == ComplaintKind.COURT_PETITION && !filedOn.isBefore(lettersIssuedOn) && !filedOn.isAfter(lastDay);
    }

    /** Whether the buyer has recorded it answered, or for a petition the court's decision. */
    public boolean isResolved() {
        return resolved != null;
    }

    /** The calendar date in Norway on which it was resolved, or null while open. */
    public LocalDate resolvedOn() {
        return resolved == null ? null : Timeline.osloDate(resolved.at());
    }

    public ComplaintKind getKind() {
        return kind;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    /** Who recorded it and when. */
    public Stamp getRecorded() {
        return recorded;
    }

    /** What the complaint says, as the buyer recorded it. */
    public String getDescription() {
        return description;
    }

    /** Who recorded it resolved, or null while open. */
    public String getResolvedBy() {
        return Stamp.actorOf(resolved);
    }

    /** When it was recorded resolved, or null while open. */
    public Instant getResolvedAt() {
        return Stamp.atOf(resolved);
    }

    /** The answer to a complaint, or the court's decision on a petition, or null while open. */
    public String getResolution() {
        return resolution;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Complaint c && Objects.equals(recorded, c.recorded) && Objects.equals(description, c.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recorded.at(), recorded.actor(), description);
    }

    @Override
    public String toString() {
        return kind + " filed " + filedOn + ", recorded " + recorded.at() + (isResolved() ? ", resolved " + resolved.at() : ", open");
    }
}
