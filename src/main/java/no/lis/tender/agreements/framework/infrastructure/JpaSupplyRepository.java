package no.lis.tender.agreements.framework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.agreements.framework.domain.Shortage;
import no.lis.tender.agreements.framework.domain.StockReport;
import no.lis.tender.agreements.framework.domain.SupplyRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSupplyRepository extends JpaRepository<StockReport> implements SupplyRepository {

    @Override
    public List<StockReport> stockReports(Long agreementId) {
        return list("findByAgreement", "agreementId", agreementId);
    }

    @Override
    public List<StockReport> stockReports(Collection<Long> agreementIds) {
        if (agreementIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM StockReport r WHERE r.agreementId IN :ids"
                + " ORDER BY r.agreementId, r.countedOn DESC, r.id DESC", StockReport.class)
                .setParameter("ids", List.copyOf(agreementIds)).getResultList();
    }

    @Override
    public List<Shortage> shortages(Long agreementId) {
        return query(Shortage.class, "Shortage.findByAgreement", "agreementId", agreementId).getResultList();
    }

    @Override
    public List<Shortage> shortagesOf(Collection<String> atcCodes) {
        if (atcCodes.isEmpty()) {
            return List.of();
        }
        return query(Shortage.class, "Shortage.findByAtcCodes", "atcCodes", List.copyOf(atcCodes)).getResultList();
    }

    @Override
    public Optional<Shortage> shortage(Long id) {
        return Optional.ofNullable(em.find(Shortage.class, id));
    }

    @Override
    public Shortage save(Shortage shortage) {
        em.persist(shortage);
        em.flush();
        return shortage;
    }
}
