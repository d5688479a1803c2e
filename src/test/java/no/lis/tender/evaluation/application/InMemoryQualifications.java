package no.lis.tender.evaluation.application;

import no.lis.tender.evaluation.domain.Qualification;
import no.lis.tender.evaluation.domain.QualificationRepository;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/** Qualification decisions kept in a list, ids given as the database would. */
final class InMemoryQualifications extends InMemoryEvaluation.Stored<Qualification> implements QualificationRepository {

    InMemoryQualifications() {
        super(Qualification::getTenderId, Comparator.comparing(Qualification::getOfferId));
    }

    @Override
    public Optional<Qualification> findByTenderAndOffer(Long tenderId, Long offerId) {
        return ofTender(tenderId).filter(q -> Objects.equals(q.getOfferId(), offerId)).findFirst();
    }
}
