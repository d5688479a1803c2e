package no.lis.tender.agreements.adherence.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.agreements.adherence.domain.ConsumptionRecord;
import no.lis.tender.agreements.adherence.domain.ConsumptionRecordRepository;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class JpaConsumptionRecordRepository implements ConsumptionRecordRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    /** Deletes per trust and month first and flushes, so that the unique key never sees old and new together. */
    @Override
    public void replace(List<ConsumptionRecord> records) {
        Set<List<Object>> trustMonths = new LinkedHashSet<>();
        for (ConsumptionRecord record : records) {
            trustMonths.add(List.of(record.getHospitalTrust(), record.getMonth()));
        }
        for (List<Object> trustMonth : trustMonths) {
            em.createNamedQuery("ConsumptionRecord.deleteByTrustAndMonth")
                    .setParameter("hospitalTrust", trustMonth.get(0))
                    .setParameter("month", ((YearMonth) trustMonth.get(1)).atDay(1))
                    .executeUpdate();
        }
        em.flush();
        records.forEach(em::persist);
        em.flush();
    }

    @Override
    public List<ConsumptionRecord> findBetween(YearMonth from, YearMonth to) {
        return em.createNamedQuery("ConsumptionRecord.findBetween", ConsumptionRecord.class)
                .setParameter("from", from.atDay(1))
                .setParameter("to", to.atDay(1))
                .getResultList();
    }
}
