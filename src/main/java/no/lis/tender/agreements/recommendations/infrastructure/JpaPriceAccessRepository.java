package no.lis.tender.agreements.recommendations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.agreements.recommendations.domain.PriceAccess;
import no.lis.tender.agreements.recommendations.domain.PriceAccessRepository;
import no.lis.tender.agreements.recommendations.domain.PriceAccessStatus;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPriceAccessRepository extends JpaRepository<PriceAccess> implements PriceAccessRepository {

    @Override
    public Optional<PriceAccess> find(Long id) {
        return findById(id);
    }

    @Override
    public List<PriceAccess> findAll() {
        return list("findAll");
    }

    @Override
    public List<PriceAccess> findByUsername(String username) {
        return list("findByUsername", "username", username);
    }

    @Override
    public List<PriceAccess> findByStatus(PriceAccessStatus status) {
        return list("findByStatus", "status", status);
    }
}
