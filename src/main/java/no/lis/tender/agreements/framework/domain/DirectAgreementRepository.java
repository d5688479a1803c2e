package no.lis.tender.agreements.framework.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface DirectAgreementRepository {

    Optional<DirectAgreement> findById(Long id);

    /** The agreements implementing the decision, oldest first. */
    List<DirectAgreement> findByDecision(NyeMetoderId decision);

    /** The agreements valid on {@code date}. */
    List<DirectAgreement> findValidOn(LocalDate date);

    /** Every agreement, valid or not, by decision, pack and start. */
    List<DirectAgreement> findAll();

    /** Stores a new agreement; its id is set on return. */
    DirectAgreement save(DirectAgreement agreement);
}
