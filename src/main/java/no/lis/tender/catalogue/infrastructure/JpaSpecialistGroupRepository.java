package no.lis.tender.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.catalogue.domain.SpecialistGroup;
import no.lis.tender.catalogue.domain.SpecialistGroupName;
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
        return super.findById(id);
    }

    @Override
    public Optional<SpecialistGroup> findByName(String name) {
        return first("findByName", "name", name);
    }

    @Override
    public List<SpecialistGroup> findAll() {
        // the groups' areas joined in, not read one per area (issue 14, the tender page's choices); the
        // members stay one read per group: a batch read of them broke EclipseLink's commit (EclipseLink-69)
        return em.createNamedQuery("SpecialistGroup.findAll", SpecialistGroup.class)
                .setHint("eclipselink.join-fetch", "g.therapeuticArea")
                .getResultList();
    }

    @Override
    public List<SpecialistGroupName> findNames() {
        // one statement: the whole groups are read with their members, one statement per group (issue 14,
        // the tender page's choice of group)
        return em.createQuery("SELECT NEW no.lis.tender.catalogue.domain.SpecialistGroupName(g.id, g.name)"
                + " FROM SpecialistGroup g ORDER BY g.name, g.id", SpecialistGroupName.class).getResultList();
    }

    @Override
    public List<SpecialistGroup> findByMember(String username) {
        return list("findByMember", "username", username);
    }
}
