package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.SubstanceQuery;
import no.lis.tender.catalogue.domain.SubstanceRepository;

import java.util.Optional;

/** The substances, in memory; also for the tests of the contexts that read the catalogue (follow-up). */
public class InMemorySubstanceRepository extends InMemorySearchableRepository<Substance, SubstanceQuery, SubstanceQuery.Sort>
        implements SubstanceRepository {

    public InMemorySubstanceRepository() {
        super(Substance::getId, Substance::getName);
    }

    @Override
    public Optional<Substance> findByAtcCode(AtcCode atcCode) {
        return first(substance -> substance.getAtcCode().equals(atcCode));
    }
}
