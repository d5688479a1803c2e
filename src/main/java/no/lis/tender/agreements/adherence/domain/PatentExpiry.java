package no.lis.tender.agreements.adherence.domain;

import no.lis.tender.catalogue.domain.AtcCode;

import java.time.LocalDate;

/**
 * A substance whose patent runs out soon, so that generic or biosimilar competition (market phase
 * 3) is to be expected and a tender prepared; {@code therapeuticAreaId} may be {@code null}.
 */
public record PatentExpiry(Long substanceId, AtcCode atcCode, String substanceName, LocalDate patentExpiry,
                           Long therapeuticAreaId) {
}
