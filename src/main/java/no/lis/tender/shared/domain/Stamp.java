package no.lis.tender.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Who did a recorded act and when (concluded, recorded, reported, opened, decided ...): the user's
 * name and the instant. Each entity maps it onto its own pair of columns, {@code XXX_BY} and
 * {@code XXX_AT}, with {@code @AttributeOverride} on {@code actor} and {@code at}. A value: replaced,
 * never changed. An act not done yet is a null stamp (both columns empty).
 */
@Embeddable
public class Stamp {

    /** The longest user name a stamp keeps. */
    public static final int USERNAME_LENGTH = 60;

    @Column(name = "ACTOR", length = USERNAME_LENGTH)
    private String actor;

    @Column(name = "AT")
    private Instant at;

    protected Stamp() {
    }

    private Stamp(String actor, Instant at) {
        this.actor = Objects.requireNonNull(actor, "actor");
        this.at = Objects.requireNonNull(at, "at");
    }

    /** {@code actor} did it now, by {@code clock}. */
    public static Stamp now(String actor, Clock clock) {
        return new Stamp(actor, clock.instant());
    }

    /** {@code actor} did it at {@code at}. */
    public static Stamp of(String actor, Instant at) {
        return new Stamp(actor, at);
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    /** The actor of {@code stamp}, or null where the act is not done. */
    public static String actorOf(Stamp stamp) {
        return stamp == null ? null : stamp.actor;
    }

    /** The instant of {@code stamp}, or null where the act is not done. */
    public static Instant atOf(Stamp stamp) {
        return stamp == null ? null : stamp.at;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stamp s && Objects.equals(actor, s.actor) && Objects.equals(at, s.at);
    }

    @Override
    public int hashCode() {
        return Objects.hash(actor, at);
    }

    @Override
    public String toString() {
        return actor + " at " + at;
    }
}
