package no.lis.tender.evaluation.application;

import no.lis.tender.evaluation.domain.EvaluationFixtures;
import no.lis.tender.evaluation.domain.Qualification;
import no.lis.tender.evaluation.domain.QualificationRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Qualification decisions kept in a list, ids given as the database would. */
final class InMemoryQualifications implements QualificationRepository {

    private final List<Qualification> stored = new ArrayList<>();

    @Override
    public Optional<Qualification> findByTenderAndOffer(Long tenderId, Long offerId) {
        return stored.stream().filter(q -> q.getTenderId().equals(tenderId) && Objects.equals(q.getOfferId(), offerId))
                .findFirst();
    }

    @Override
    public List<Qualification> findByTender(Long tenderId) {
        return stored.stream().filter(q -> q.getTenderId().equals(tenderId))
                .sorted(Comparator.comparing(Qualification::getOfferId)).toList();
    }

    @Override
    public Qualification save(Qualification qualification) {
        stored.add(EvaluationFixtures.withId(qualification, stored.size() + 1L));
        return qualification;
    }
}
