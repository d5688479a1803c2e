package no.lis.tender.catalogue.domain;

import java.util.List;
import java.util.Optional;

public interface SubstanceRepository {

    Optional<Substance> findById(long id);

    Optional<Substance> findByAtcCode(AtcCode atcCode);

    /** All substances by name. */
    List<Substance> findAll();

    /** At most {@code max} substances matching {@code query} from position {@code first}, sorted as asked. */
    List<Substance> search(SubstanceQuery query, int first, int max, SubstanceQuery.Sort sort, boolean ascending);

    long count(SubstanceQuery query);

    /** Stores a new substance, so that it has its id, or the changes to one. */
    Substance save(Substance substance);
}
