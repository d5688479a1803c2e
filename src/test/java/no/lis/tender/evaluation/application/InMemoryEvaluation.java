package no.lis.tender.evaluation.application;

import no.lis.tender.evaluation.domain.EvaluationFixtures;
import no.lis.tender.evaluation.domain.ImpartialityDeclaration;
import no.lis.tender.evaluation.domain.ImpartialityDeclarationRepository;
import no.lis.tender.evaluation.domain.MemberScoreSheet;
import no.lis.tender.evaluation.domain.MemberScoreSheetRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Declarations and score sheets kept in lists, ids given as the database would. */
final class InMemoryEvaluation {

    private InMemoryEvaluation() {
    }

    static final class Declarations implements ImpartialityDeclarationRepository {

        private final List<ImpartialityDeclaration> stored = new ArrayList<>();

        @Override
        public Optional<ImpartialityDeclaration> findByTenderAndMember(Long tenderId, String member) {
            return stored.stream().filter(d -> d.getTenderId().equals(tenderId) && d.getMember().equals(member))
                    .findFirst();
        }

        @Override
        public List<ImpartialityDeclaration> findByTender(Long tenderId) {
            return stored.stream().filter(d -> d.getTenderId().equals(tenderId)).toList();
        }

        @Override
        public ImpartialityDeclaration save(ImpartialityDeclaration declaration) {
            stored.add(EvaluationFixtures.withId(declaration, stored.size() + 1L));
            return declaration;
        }
    }

    static final class Sheets implements MemberScoreSheetRepository {

        private final List<MemberScoreSheet> stored = new ArrayList<>();

        @Override
        public Optional<MemberScoreSheet> find(Long tenderId, Long offerId, String member) {
            return stored.stream().filter(s -> s.getTenderId().equals(tenderId)
                    && Objects.equals(s.getOfferId(), offerId) && s.getMember().equals(member)).findFirst();
        }

        @Override
        public List<MemberScoreSheet> findByTender(Long tenderId) {
            return stored.stream().filter(s -> s.getTenderId().equals(tenderId)).toList();
        }

        @Override
        public MemberScoreSheet save(MemberScoreSheet sheet) {
            stored.add(EvaluationFixtures.withId(sheet, stored.size() + 1L));
            return sheet;
        }
    }
}
