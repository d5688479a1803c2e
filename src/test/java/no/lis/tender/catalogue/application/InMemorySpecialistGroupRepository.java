package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.SpecialistGroup;
import no.lis.tender.catalogue.domain.SpecialistGroupRepository;

import java.util.List;
import java.util.Optional;

class InMemorySpecialistGroupRepository extends InMemoryRepository<SpecialistGroup>
        implements SpecialistGroupRepository {

    InMemorySpecialistGroupRepository() {
        super(SpecialistGroup::getId, SpecialistGroup::getName);
    }

    @Override
    public Optional<SpecialistGroup> findByName(String name) {
        return first(group -> group.getName().equals(name));
    }

    @Override
    public List<SpecialistGroup> findByMember(String username) {
        return findAll().stream().filter(group -> group.isMember(username)).toList();
    }
}
