package no.lis.tender.catalogue.domain;

import java.util.List;
import java.util.Optional;

public interface SpecialistGroupRepository {

    Optional<SpecialistGroup> findById(long id);

    Optional<SpecialistGroup> findByName(String name);

    /** All specialist groups by name. */
    List<SpecialistGroup> findAll();

    /** The id and name of every specialist group, by name: for a choice of one, without the members. */
    default List<SpecialistGroupName> findNames() {
        return findAll().stream().map(group -> new SpecialistGroupName(group.getId(), group.getName())).toList();
    }

    /** The groups that the user logged in as {@code username} is a member of, by name. */
    List<SpecialistGroup> findByMember(String username);

    /** Stores a new specialist group, so that it has its id, or the changes to one. */
    SpecialistGroup save(SpecialistGroup group);
}
