package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.SubstanceQuery;
import no.lis.tender.catalogue.domain.SubstanceRepository;

import java.util.List;
import java.util.Optional;

class InMemorySubstanceRepository extends InMemoryRepository<Substance> implements SubstanceRepository {

    InMemorySubstanceRepository() {
        super(Substance::getId, Substance::getName);
    }

    @Override
    public Optional<Substance> findByAtcCode(AtcCode atcCode) {
        return first(substance -> substance.getAtcCode().equals(atcCode));
    }

    @Override
    public List<Substance> search(SubstanceQuery query, int first, int max, SubstanceQuery.Sort sort,
                                  boolean ascending) {
        throw searchIsForTheJpaRepository();
    }

    @Override
    public long count(SubstanceQuery query) {
        throw searchIsForTheJpaRepository();
    }
}
