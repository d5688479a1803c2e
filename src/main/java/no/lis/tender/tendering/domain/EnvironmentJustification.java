package no.lis.tender.tendering.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import no.lis.tender.shared.domain.Stamp;

import java.time.Instant;
import java.util.Objects;

/**
 * Why climate and environment weigh less than the main rule's 30 % in a tender (for instance
 * because they are set as mandatory requirements instead), who wrote it and when.
 */
@Embeddable
public class EnvironmentJustification {

    static final int TEXT_LENGTH = 2000;

    @Column(name = "ENV_JUSTIFICATION", length = TEXT_LENGTH)
    private String text;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "ENV_JUSTIFIED_BY", length = 60))
    @AttributeOverride(name = "at", column = @Column(name = "ENV_JUSTIFIED_AT"))
    private Stamp given;

    protected EnvironmentJustification() {
    }

    EnvironmentJustification(String text, String givenBy, Instant givenAt) {
        this.text = Objects.requireNonNull(text, "text");
        this.given = Stamp.of(givenBy, Objects.requireNonNull(givenAt, "givenAt"));
    }

    public String getText() {
        return text;
    }

    public String getGivenBy() {
        return Stamp.actorOf(given);
    }

    public Instant getGivenAt() {
        return Stamp.atOf(given);
    }
}
