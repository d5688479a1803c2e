package no.lis.tender.agreements.framework.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stock reports and shortages of framework agreements. */
public interface SupplyRepository {

    /** The agreement's stock reports, the latest count first. */
    List<StockReport> stockReports(Long agreementId);

    /** The stock reports of all {@code agreementIds} in one read, each agreement's latest count first. */
    List<StockReport> stockReports(Collection<Long> agreementIds);

    /** The agreement's shortages, the latest first. */
    List<Shortage> shortages(Long agreementId);

    /** The shortages of the substances {@code atcCodes}, under any agreement, the latest first. */
    List<Shortage> shortagesOf(Collection<String> atcCodes);

    /** The shortage with {@code id}, if any. */
    Optional<Shortage> shortage(Long id);

    StockReport save(StockReport report);

    Shortage save(Shortage shortage);
}
