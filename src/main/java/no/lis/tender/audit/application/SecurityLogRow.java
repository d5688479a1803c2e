package no.lis.tender.audit.application;

import no.lis.tender.audit.domain.SecurityLogEntry;

import java.io.Serializable;
import java.time.Instant;

/** One entry of the security log as the page and the API show it: a snapshot, never the entity. */
public record SecurityLogRow(long sequence, Instant recordedAt, String kind, String actor, String subject,
                             String detail, String previousHash, String hash) implements Serializable {

    static SecurityLogRow of(SecurityLogEntry entry) {
        return new SecurityLogRow(entry.getSequence(), entry.getRecordedAt(), entry.getKind(), entry.getActor(),
                entry.getSubject(), entry.getDetail(), entry.getPreviousHash(), entry.getHash());
    }
}
