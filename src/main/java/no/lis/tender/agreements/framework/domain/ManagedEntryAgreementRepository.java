package no.lis.tender.agreements.framework.domain;

import java.util.List;
import java.util.Optional;

public interface ManagedEntryAgreementRepository {

    /** The MEA on the agreement, if any. */
    Optional<ManagedEntryAgreement> findByAgreement(AgreementKind kind, Long agreementId);

    /** Every MEA, by agreement kind and id. */
    List<ManagedEntryAgreement> findAll();

    /** Stores a new MEA; its id is set on return. */
    ManagedEntryAgreement save(ManagedEntryAgreement agreement);
}
