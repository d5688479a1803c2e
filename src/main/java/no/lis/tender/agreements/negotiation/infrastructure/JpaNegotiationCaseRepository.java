package no.lis.tender.agreements.negotiation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.agreements.framework.domain.NyeMetoderId;
import no.lis.tender.agreements.negotiation.domain.NegotiationCase;
import no.lis.tender.agreements.negotiation.domain.NegotiationCaseRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaNegotiationCaseRepository extends JpaRepository<NegotiationCase> implements NegotiationCaseRepository {

    @Override
    public Optional<NegotiationCase> findByCase(NyeMetoderId caseId) {
        return first("findByCase", "nyeMetoderId", caseId.value());
    }

    @Override
    public List<NegotiationCase> findAll() {
        return list("findAll");
    }
}
