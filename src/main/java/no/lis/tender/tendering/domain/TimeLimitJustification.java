package no.lis.tender.tendering.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import no.lis.tender.shared.domain.Stamp;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a tender departs from a time limit where the regulations allow it (a prior information notice
 * or an urgency that shortens the tender period, a framework longer than four years), who wrote it
 * and when. Kept only while the timeline needs it; printed in the invitation.
 */
@Embeddable
public class TimeLimitJustification {

    static final int TEXT_LENGTH = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "TIME_LIMIT_RULE", nullable = false, length = 30)
    private TimeLimitRule rule;

    @Column(name = "JUSTIFICATION", nullable = false, length = TEXT_LENGTH)
    private String text;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "JUSTIFIED_BY", nullable = false, length = 60))
    @AttributeOverride(name = "at", column = @Column(name = "JUSTIFIED_AT", nullable = false))
    private Stamp given;

    protected TimeLimitJustification() {
    }

    TimeLimitJustification(TimeLimitRule rule, String text, String givenBy, Instant givenAt) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.text = Objects.requireNonNull(text, "text");
        this.given = Stamp.of(givenBy, Objects.requireNonNull(givenAt, "givenAt"));
    }

    public TimeLimitRule getRule() {
        return rule;
    }

    public String getText() {
        return text;
    }

    /** Who given it and when. */
    public Stamp getGiven() {
        return given;
    }
}
