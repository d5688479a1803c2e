package no.lis.tender.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.catalogue.domain.TherapeuticArea;
import no.lis.tender.catalogue.domain.TherapeuticAreaRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTherapeuticAreaRepository extends JpaRepositorySupport<TherapeuticArea>
        implements TherapeuticAreaRepository {

    public JpaTherapeuticAreaRepository() {
        super(TherapeuticArea.class);
    }

    @Override
    public Optional<TherapeuticArea> findById(long id) {
        return super.findById(id);
    }

    @Override
    public Optional<TherapeuticArea> findByCode(String code) {
        return first("findByCode", "code", code);
    }

    @Override
    public List<TherapeuticArea> findAll() {
        return list("findAll");
    }
}
