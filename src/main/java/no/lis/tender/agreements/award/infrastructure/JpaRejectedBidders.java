package no.lis.tender.agreements.award.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.agreements.award.application.RejectedBidders;
import no.lis.tender.agreements.award.domain.RejectedBidder;
import no.lis.tender.evaluation.domain.QualificationStatus;

import java.util.List;

/** Reads the rejected offers' qualifications, their suppliers and names in one query. */
@ApplicationScoped
public class JpaRejectedBidders implements RejectedBidders {

    @PersistenceContext(unitName = "lis")
    EntityManager entityManager;

    @Override
    public List<RejectedBidder> of(Long tenderId) {
        return entityManager.createQuery("SELECT s.id, s.name, q.reason FROM Qualification q, Offer o, Supplier s"
                        + " WHERE q.tenderId = :tenderId AND q.status = :rejected AND o.id = q.offerId"
                        + " AND s.id = o.supplierId ORDER BY s.name", Object[].class)
                .setParameter("tenderId", tenderId)
                .setParameter("rejected", QualificationStatus.REJECTED)
                .getResultList().stream()
                .map(row -> new RejectedBidder((Long) row[0], (String) row[1], (String) row[2]))
                .toList();
    }
}
