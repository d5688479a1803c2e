package no.lis.tender.agreements.negotiation.domain;

import no.lis.tender.agreements.framework.domain.NyeMetoderId;

import java.util.List;
import java.util.Optional;

public interface NegotiationCaseRepository {

    Optional<NegotiationCase> findById(Long id);

    Optional<NegotiationCase> findByCase(NyeMetoderId caseId);

    /** Every case, the last received first. */
    List<NegotiationCase> findAll();

    /** Stores a new case; its id is set on return. */
    NegotiationCase save(NegotiationCase negotiation);
}
