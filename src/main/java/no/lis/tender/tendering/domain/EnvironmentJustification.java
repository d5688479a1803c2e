package no.lis.tender.tendering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

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

    @Column(name = "ENV_JUSTIFIED_BY", length = 60)
    private String givenBy;

    @Column(name = "ENV_JUSTIFIED_AT")
    private Instant givenAt;

    protected EnvironmentJustification() {
    }

    EnvironmentJustification(String text, String givenBy, Instant givenAt) {
        this.text = Objects.requireNonNull(text, "text");
        this.givenBy = Objects.requireNonNull(givenBy, "givenBy");
        this.givenAt = Objects.requireNonNull(givenAt, "givenAt");
    }

    public String getText() {
        return text;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public Instant getGivenAt() {
        return givenAt;
    }
}
