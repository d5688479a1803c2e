package no.lis.tender.tendering.domain;

import java.util.List;
import java.util.Optional;

public interface QuestionRepository {

    Optional<Question> find(Long id);

    /** Every question of a tender, by number. */
    List<Question> findByTender(Long tenderId);

    /** The answered questions of a tender, by number: what every supplier sees. */
    List<Question> findAnsweredByTender(Long tenderId);

    /** The number the next question of the tender gets: 1, 2, ... */
    int nextNumber(Long tenderId);

    Question save(Question question);
}
