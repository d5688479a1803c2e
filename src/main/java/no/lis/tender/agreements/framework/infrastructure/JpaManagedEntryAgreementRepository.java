package no.lis.tender.agreements.framework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.agreements.framework.domain.AgreementKind;
import no.lis.tender.agreements.framework.domain.ManagedEntryAgreement;
import no.lis.tender.agreements.framework.domain.ManagedEntryAgreementRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaManagedEntryAgreementRepository extends JpaRepository<ManagedEntryAgreement> implements ManagedEntryAgreementRepository {

    @Override
    public Optional<ManagedEntryAgreement> findByAgreement(AgreementKind kind, Long agreementId) {
        return first("findByAgreement", "kind", kind, "agreementId", agreementId);
    }

    @Override
    public List<ManagedEntryAgreement> findAll() {
        return list("findAll");
    }
}
