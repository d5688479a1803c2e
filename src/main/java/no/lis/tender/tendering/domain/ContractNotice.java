package no.lis.tender.tendering.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import no.lis.tender.shared.domain.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * That the tender's contract notice was published in Doffin (and through it in TED), as the buyer
 * records it: the notice's publication id there, the day it was published, who recorded it and when.
 * Sending the notice is outside this application: the buyer downloads the eForms XML and sends it.
 */
@Embeddable
public class ContractNotice {

    public static final int PUBLICATION_ID_LENGTH = 40;

    @Column(name = "CONTRACT_NOTICE_ID", length = PUBLICATION_ID_LENGTH)
    private String publicationId;

    @Column(name = "CONTRACT_NOTICE_PUBLISHED")
    private LocalDate publishedOn;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "CONTRACT_NOTICE_RECORDED_BY", length = 60))
    @AttributeOverride(name = "at", column = @Column(name = "CONTRACT_NOTICE_RECORDED_AT"))
    private Stamp recorded;

    protected ContractNotice() {
    }

    ContractNotice(String publicationId, LocalDate publishedOn, String recordedBy, Instant recordedAt) {
        this.publicationId = Objects.requireNonNull(publicationId, "publicationId");
        this.publishedOn = Objects.requireNonNull(publishedOn, "publishedOn");
        this.recorded = Stamp.of(recordedBy, Objects.requireNonNull(recordedAt, "recordedAt"));
    }

    /** The notice's id in Doffin, e.g. 2026-104512. */
    public String getPublicationId() {
        return publicationId;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getRecordedBy() {
        return Stamp.actorOf(recorded);
    }

    public Instant getRecordedAt() {
        return Stamp.atOf(recorded);
    }
}
