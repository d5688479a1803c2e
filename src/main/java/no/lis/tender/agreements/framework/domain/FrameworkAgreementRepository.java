package no.lis.tender.agreements.framework.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface FrameworkAgreementRepository {

    Optional<FrameworkAgreement> findById(Long id);

    /** The tender's agreements by lot and market. */
    List<FrameworkAgreement> findByTender(Long tenderId);

    /** The agreement of one market of one lot, if concluded. */
    Optional<FrameworkAgreement> findByTenderLotAndMarket(Long tenderId, int lotNumber, String marketCode);

    /** The agreements in force on {@code date}: started, not past their end, not terminated before it. */
    List<FrameworkAgreement> findInForceOn(LocalDate date);

    /** Every agreement, in force or not, by tender reference, lot and market. */
    List<FrameworkAgreement> findAll();

    /** Stores a new agreement; its id is set on return. Changes to a loaded one are stored with the transaction. */
    FrameworkAgreement save(FrameworkAgreement agreement);
}
