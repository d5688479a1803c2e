package no.lis.tender.agreements.framework.domain;

import no.lis.tender.shared.Stored;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Stock reports and shortages in memory, in the order the database would give them. */
public class InMemorySupplyRepository implements SupplyRepository {

    private final List<StockReport> reports = new ArrayList<>();
    private final List<Shortage> shortages = new ArrayList<>();

    @Override
    public List<StockReport> stockReports(Long agreementId) {
        return reports.stream().filter(r -> Objects.equals(r.getAgreementId(), agreementId))
                .sorted(Comparator.comparing(StockReport::getCountedOn).thenComparing(StockReport::getId).reversed())
                .toList();
    }

    @Override
    public List<StockReport> stockReports(Collection<Long> agreementIds) {
        return agreementIds.stream().flatMap(id -> stockReports(id).stream()).toList();
    }

    @Override
    public List<Shortage> shortages(Long agreementId) {
        return shortages.stream().filter(s -> Objects.equals(s.getAgreementId(), agreementId))
                .sorted(Comparator.comparing(Shortage::getFrom).reversed()).toList();
    }

    @Override
    public List<Shortage> shortagesOf(Collection<String> atcCodes) {
        return shortages.stream().filter(s -> atcCodes.contains(s.getAtcCode()))
                .sorted(Comparator.comparing(Shortage::getFrom).reversed()).toList();
    }

    @Override
    public Optional<Shortage> shortage(Long id) {
        return shortages.stream().filter(s -> Objects.equals(s.getId(), id)).findFirst();
    }

    @Override
    public StockReport save(StockReport report) {
        reports.add(Stored.withId(report, reports.size() + 1L));
        return report;
    }

    @Override
    public Shortage save(Shortage shortage) {
        shortages.add(Stored.withId(shortage, shortages.size() + 1L));
        return shortage;
    }
}
