package no.lis.tender.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import no.lis.tender.shared.domain.Identified;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The reminder of one submission deadline of one tender, sent {@link #BEFORE} it to the suppliers that
 * follow the tender and have not submitted. Its row is unique by tender and deadline: of two servers that
 * remind at once, the second fails to add it and its mails roll back with it; a deadline moved later gets a
 * reminder of its own.
 */
@Entity
@Table(name = "NTF_REMINDER")
public class DeadlineReminder extends Identified {

    public static final Duration BEFORE = Duration.ofHours(48);

    @Column(name = "TENDER_ID", nullable = false)
    private Long tenderId;

    @Column(name = "DEADLINE", nullable = false)
    private Instant deadline;

    @Column(name = "SENT_AT", nullable = false)
    private Instant sentAt;

    protected DeadlineReminder() {
    }

    /** Whether a deadline at {@code deadline} is to be reminded of at {@code now}: less than 48 hours away, not passed. */
    public static boolean isDue(Instant deadline, Instant now) {
        return deadline != null && now.isBefore(deadline) && !now.isBefore(deadline.minus(BEFORE));
    }

    public static DeadlineReminder of(Long tenderId, Instant deadline, Instant now) {
        if (!isDue(deadline, now)) {
            throw new IllegalStateException("The deadline " + deadline + " is not within " + BEFORE + " of " + now);
        }
        DeadlineReminder reminder = new DeadlineReminder();
        reminder.tenderId = Objects.requireNonNull(tenderId, "tenderId");
        reminder.deadline = deadline;
        reminder.sentAt = now;
        return reminder;
    }

    public Long getTenderId() {
        return tenderId;
    }

    public Instant getDeadline() {
        return deadline;
    }
}
