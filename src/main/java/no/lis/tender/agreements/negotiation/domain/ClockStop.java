package no.lis.tender.agreements.negotiation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/**
 * A time the case clock stood still because the buyer waited for the supplier (for a price offer,
 * or documentation): from the day the buyer asked until the day the answer came, or still open.
 */
@Embeddable
public class ClockStop {

    @Column(name = "STOPPED_ON", nullable = false)
    private LocalDate stoppedOn;

    @Column(name = "RESUMED_ON")
    private LocalDate resumedOn;

    protected ClockStop() {
    }

    ClockStop(LocalDate stoppedOn) {
        this.stoppedOn = stoppedOn;
    }

    void resume(LocalDate on) {
        resumedOn = on;
    }

    public boolean isOpen() {
        return resumedOn == null;
    }

    public LocalDate getStoppedOn() {
        return stoppedOn;
    }

    /** The day the answer came; null while still waiting. */
    public LocalDate getResumedOn() {
        return resumedOn;
    }
}
