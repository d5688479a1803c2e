package no.lis.tender.agreements.framework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.agreements.framework.domain.DirectAgreementRepository;
import no.lis.tender.agreements.framework.domain.NyeMetoderId;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class JpaDirectAgreementRepository extends JpaRepository<DirectAgreement> implements DirectAgreementRepository {

    @Override
    public List<DirectAgreement> findByDecision(NyeMetoderId decision) {
        return list("findByDecision", "nyeMetoderId", decision.value());
    }

    @Override
    public List<DirectAgreement> findValidOn(LocalDate date) {
        return list("findValidOn", "date", date);
    }

    @Override
    public List<DirectAgreement> findAll() {
        return list("findAll");
    }
}
