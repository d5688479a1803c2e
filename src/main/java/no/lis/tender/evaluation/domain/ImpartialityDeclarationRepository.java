package no.lis.tender.evaluation.domain;

import java.util.List;
import java.util.Optional;

public interface ImpartialityDeclarationRepository {

    /** The declaration {@code member} made for the tender, if she has made one. */
    Optional<ImpartialityDeclaration> findByTenderAndMember(Long tenderId, String member);

    /** Every declaration made for the tender, by member. */
    List<ImpartialityDeclaration> findByTender(Long tenderId);

    /** Every declaration {@code member} has made, on any tender (her start page: one read, not one per tender). */
    List<ImpartialityDeclaration> findByMember(String member);

    /** Stores a new declaration; its id is set on return. Declarations are never changed or deleted. */
    ImpartialityDeclaration save(ImpartialityDeclaration declaration);
}
