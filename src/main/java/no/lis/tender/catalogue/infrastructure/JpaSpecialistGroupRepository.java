package no.lis.tender.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.catalogue.domain.SpecialistGroup;
import no.lis.tender.catalogue.domain.SpecialistGroupRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSpecialistGroupRepository extends JpaRepositorySupport<SpecialistGroup>
        implements SpecialistGroupRepository {

    public JpaSpecialistGroupRepository() {
        super(SpecialistGroup.class);
    }

    @Override
    public Optional<SpecialistGroup> findById(long id) {
        return byId(id);
    }

    @Override
    public Optional<SpecialistGroup> findByName(String name) {
        return single("SpecialistGroup.findByName", "name", name);
    }

    @Override
    public List<SpecialistGroup> findAll() {
        return list("SpecialistGroup.findAll");
    }

    @Override
    public List<SpecialistGroup> findByMember(String username) {
        return list("SpecialistGroup.findByMember", "username", username);
    }

    @Override
    public SpecialistGroup save(SpecialistGroup group) {
        return store(group);
    }
}
