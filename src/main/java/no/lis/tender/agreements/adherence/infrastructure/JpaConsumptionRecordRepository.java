package no.lis.tender.agreements.adherence.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.agreements.adherence.domain.ConsumptionRecord;
import no.lis.tender.agreements.adherence.domain.ConsumptionRecordRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class JpaConsumptionRecordRepository extends JpaRepository<ConsumptionRecord> implements ConsumptionRecordRepository {

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
        return list("findBetween", "from", from.atDay(1), "to", to.atDay(1));
    }
}
