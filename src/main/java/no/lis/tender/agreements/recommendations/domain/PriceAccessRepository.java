package no.lis.tender.agreements.recommendations.domain;

import java.util.List;
import java.util.Optional;

public interface PriceAccessRepository {

    Optional<PriceAccess> find(Long id);

    /** Every request and grant, by hospital trust, the newest first. */
    List<PriceAccess> findAll();

    /** A user's requests and grants, the newest first. */
    List<PriceAccess> findByUsername(String username);

    List<PriceAccess> findByStatus(PriceAccessStatus status);

    PriceAccess save(PriceAccess access);
}
