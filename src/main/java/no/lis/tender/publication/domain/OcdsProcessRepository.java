package no.lis.tender.publication.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Which contracting processes the open data lists: the tender rounds suppliers can see (every one
 * published, whatever became of it) and the direct agreements, each by id in the order they were
 * created. Narrowed by {@code since} (null: all) to those whose release is dated at or after it, as
 * {@link OcdsReleases#lastChange} dates them, judged on {@code today} in Norway.
 */
public interface OcdsProcessRepository {

    List<Long> publishedTenderIds(Instant since, LocalDate today);

    List<Long> directAgreementIds(Instant since, LocalDate today);
}
