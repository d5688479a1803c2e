package no.lis.tender.tendering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded step of a tender round: when, by whom, what (a message key such as
 * {@code tender.log.lotAdded}) and a detail. The log is what the procedure is defended with in a
 * complaint, so entries are only ever appended.
 */
@Embeddable
public class TenderLogEntry {

    /** The actor of steps the application takes by itself, such as closing submission at the deadline. */
    public static final String SYSTEM = "system";
    static final int DETAIL_LENGTH = 2000;

    @Column(name = "LOGGED_AT", nullable = false)
    private Instant at;

    @Column(name = "ACTOR", nullable = false, length = 60)
    private String actor;

    @Column(name = "ACTION", nullable = false, length = 60)
    private String action;

    @Column(name = "DETAIL", length = DETAIL_LENGTH)
    private String detail;

    protected TenderLogEntry() {
    }

    TenderLogEntry(Instant at, String actor, String action, String detail) {
        this.at = Objects.requireNonNull(at, "at");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    /** The message key of what was done. */
    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TenderLogEntry e && at.equals(e.at) && actor.equals(e.actor) && action.equals(e.action)
                && Objects.equals(detail, e.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(at, actor, action, detail);
    }

    @Override
    public String toString() {
        return at + " " + actor + " " + action + (detail == null ? "" : " " + detail);
    }
}
