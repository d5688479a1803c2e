package no.lis.tender.evaluation.application;

import no.lis.tender.evaluation.domain.ConsensusScore;
import no.lis.tender.evaluation.domain.ConsensusScoreRepository;
import no.lis.tender.evaluation.domain.ImpartialityDeclaration;
import no.lis.tender.evaluation.domain.ImpartialityDeclarationRepository;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.MemberScoreSheet;
import no.lis.tender.evaluation.domain.MemberScoreSheetRepository;
import no.lis.tender.evaluation.domain.TenderEvaluation;
import no.lis.tender.evaluation.domain.TenderEvaluationRepository;
import no.lis.tender.evaluation.domain.TenderRankingRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import static no.lis.tender.shared.Stored.withId;

/**
 * The evaluation's repositories kept in lists, ids given as the database would; versions stay as
 * they were when stored (a test sets them where it needs a changed one).
 */
public final class InMemoryEvaluation {

    private InMemoryEvaluation() {
    }

    /** Entities of one tender each, found by tender in {@code order}, else in the order stored. */
    abstract static class Stored<T> {

        private final List<T> stored = new ArrayList<>();
        private final Function<T, Long> tenderOf;
        private final Comparator<T> order;

        Stored(Function<T, Long> tenderOf, Comparator<T> order) {
            this.tenderOf = tenderOf;
            this.order = order;
        }

        public T save(T entity) {
            stored.add(withId(entity, stored.size() + 1L));
            return entity;
        }

        public List<T> findByTender(Long tenderId) {
            return ofTender(tenderId).sorted(order).toList();
        }

        Stream<T> all() {
            return stored.stream();
        }

        Stream<T> ofTender(Long tenderId) {
            return stored.stream().filter(entity -> tenderOf.apply(entity).equals(tenderId));
        }
    }

    static final class Declarations extends Stored<ImpartialityDeclaration>
            implements ImpartialityDeclarationRepository {

        Declarations() {
            super(ImpartialityDeclaration::getTenderId, (a, b) -> 0);
        }

        @Override
        public Optional<ImpartialityDeclaration> findByTenderAndMember(Long tenderId, String member) {
            return ofTender(tenderId).filter(d -> d.getMember().equals(member)).findFirst();
        }

        @Override
        public List<ImpartialityDeclaration> findByMember(String member) {
            return all().filter(d -> d.getMember().equals(member)).toList();
        }
    }

    static final class Sheets extends Stored<MemberScoreSheet> implements MemberScoreSheetRepository {

        Sheets() {
            super(MemberScoreSheet::getTenderId, (a, b) -> 0);
        }

        @Override
        public Optional<MemberScoreSheet> find(Long tenderId, Long offerId, String member) {
            return ofTender(tenderId).filter(s -> Objects.equals(s.getOfferId(), offerId)
                    && s.getMember().equals(member)).findFirst();
        }

        @Override
        public List<MemberScoreSheet> findByMember(String member) {
            return all().filter(s -> s.getMember().equals(member)).toList();
        }
    }

    static final class ConsensusScores extends Stored<ConsensusScore> implements ConsensusScoreRepository {

        ConsensusScores() {
            super(ConsensusScore::getTenderId, Comparator.comparing(ConsensusScore::getOfferId));
        }
    }

    static final class Evaluations implements TenderEvaluationRepository {

        private final List<TenderEvaluation> stored = new ArrayList<>();

        @Override
        public Optional<TenderEvaluation> findByTender(Long tenderId) {
            return stored.stream().filter(e -> e.getTenderId().equals(tenderId)).findFirst();
        }

        @Override
        public TenderEvaluation save(TenderEvaluation evaluation) {
            stored.add(withId(evaluation, stored.size() + 1L));
            return evaluation;
        }
    }

    /** The ranked lots of each tender, in lot order. */
    public static final class Rankings implements TenderRankingRepository {

        private final Map<Long, List<LotOutcome>> stored = new HashMap<>();

        @Override
        public void replace(Long tenderId, List<LotOutcome> outcomes) {
            stored.put(tenderId, outcomes.stream().sorted(Comparator.comparingInt(LotOutcome::lotNumber)).toList());
        }

        @Override
        public List<LotOutcome> page(Long tenderId, int first, int size) {
            return stored.getOrDefault(tenderId, List.of()).stream().skip(first).limit(size).toList();
        }

        @Override
        public long count(Long tenderId) {
            return stored.getOrDefault(tenderId, List.of()).size();
        }

        @Override
        public Optional<LotOutcome> lot(Long tenderId, int lotNumber) {
            return stored.getOrDefault(tenderId, List.of()).stream().filter(o -> o.lotNumber() == lotNumber)
                    .findFirst();
        }
    }
}
