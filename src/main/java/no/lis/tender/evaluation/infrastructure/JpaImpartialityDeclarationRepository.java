package no.lis.tender.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.evaluation.domain.ImpartialityDeclaration;
import no.lis.tender.evaluation.domain.ImpartialityDeclarationRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaImpartialityDeclarationRepository extends JpaRepository<ImpartialityDeclaration> implements ImpartialityDeclarationRepository {

    @Override
    public Optional<ImpartialityDeclaration> findByTenderAndMember(Long tenderId, String member) {
        return first("findByTenderAndMember", "tenderId", tenderId, "member", member);
    }

    @Override
    public List<ImpartialityDeclaration> findByTender(Long tenderId) {
        return list("findByTender", "tenderId", tenderId);
    }

    @Override
    public List<ImpartialityDeclaration> findByMember(String member) {
        return list("findByMember", "member", member);
    }
}
