package no.lis.tender.evaluation.application;

import no.lis.tender.evaluation.application.SaveScoresCommand.ScoreInput;
import no.lis.tender.evaluation.domain.EvaluationFixtures;
import no.lis.tender.evaluation.domain.MemberScoreSheet;
import no.lis.tender.evaluation.domain.SubCriterionRef;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;

import static no.lis.tender.evaluation.domain.EvaluationFixtures.AFTER_DEADLINE;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.MEMBER;
import static no.lis.tender.evaluation.domain.EvaluationFixtures.OFFER;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/** DeclareImpartiality, SaveScores and SubmitScores over in-memory repositories, on one opened tender. */
class ScoringUseCasesTest {

    private final Tender tender = EvaluationFixtures.openedTender();
    private final List<SubCriterionRef> refs = EvaluationFixtures.refs(tender);
    private final TenderRepository tenders = (TenderRepository) Proxy.newProxyInstance(
            TenderRepository.class.getClassLoader(), new Class<?>[]{TenderRepository.class},
            (proxy, method, args) -> {
                if (!method.getName().equals("find")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                return Optional.of(tender).filter(t -> t.getId().equals(args[0]));
            });
    private final InMemoryEvaluation.Declarations declarations = new InMemoryEvaluation.Declarations();
    private final InMemoryEvaluation.Sheets sheets = new InMemoryEvaluation.Sheets();
    private final DeclareImpartiality declare = new DeclareImpartiality(declarations, tenders, AFTER_DEADLINE);
    /** Offer {@link EvaluationFixtures#OFFER} is the one opened on tender 1; offer 99 belongs to another tender. */
    private final OpenedOfferReader opened = new OpenedOfferReader() {
        @Override
        public boolean isOpenedOn(Long tenderId, Long offerId) {
            return tenderId.equals(1L) && OFFER.equals(offerId);
        }
    };
    private final ScoreSheets own = new ScoreSheets(sheets, declarations, tenders);
    private final SaveScores save = new SaveScores(own, opened);
    private final SubmitScores submit = new SubmitScores(own, AFTER_DEADLINE);

    private void declareImpartial() {
        declare.declare(new DeclareImpartialityCommand(1L, true, null), MEMBER, true);
    }

    private SaveScoresCommand all(Long version, int value) {
        return new SaveScoresCommand(1L, OFFER, version, refs.stream()
                .map(ref -> new ScoreInput(ref.type(), ref.title(), value, "Begrunnet.")).toList());
    }

    @Test
    void aMemberDeclaresOnceAndTheDeclarationIsRecorded() {
        declareImpartial();

        assertThat(declarations.findByTender(1L)).singleElement()
                .satisfies(d -> assertThat(d.getDeclaredAt()).isEqualTo(AFTER_DEADLINE.instant()));
        assertThat(refusal(() -> declare.declare(new DeclareImpartialityCommand(1L, false, "Bånd."), MEMBER, true)))
                .extracting(Violation::messageKey).containsExactly("evaluation.impartiality.alreadyDeclared");
    }

    @Test
    void onlyMembersOfTheGroupDeclare() {
        assertThat(refusal(() -> declare.declare(new DeclareImpartialityCommand(1L, true, null), MEMBER, false)))
                .containsExactly(new Violation(null, "evaluation.notMember", MEMBER));
    }

    @Test
    void anUnknownTenderIsRefused() {
        assertThat(refusal(() -> declare.declare(new DeclareImpartialityCommand(9L, true, null), MEMBER, true)))
                .containsExactly(new Violation(null, "evaluation.tenderNotFound", 9L));
    }

    @Test
    void noScoresBeforeImpartialityIsDeclared() {
        assertThat(refusal(() -> save.save(all(null, 5), MEMBER, true)))
                .containsExactly(new Violation(null, "evaluation.impartialityRequired"));
    }

    @Test
    void aMemberWhoDeclaredAConflictCannotScore() {
        declare.declare(new DeclareImpartialityCommand(1L, false, "Styreverv i Pharma A."), MEMBER, true);

        assertThat(refusal(() -> save.save(all(null, 5), MEMBER, true)))
                .containsExactly(new Violation(null, "evaluation.conflictDeclared"));
    }

    @Test
    void scoresOfAnOfferOfAnotherTenderAreRefusedNamingTheOffer() {
        declareImpartial();
        SaveScoresCommand command = new SaveScoresCommand(1L, 99L, null, all(null, 5).scores());

        assertThat(refusal(() -> save.save(command, MEMBER, true)))
                .containsExactly(new Violation("offerId", "evaluation.score.notAnOfferOfTender", "99",
                        tender.getReference().value()));
        assertThat(sheets.findByTender(1L)).as("no sheet was started").isEmpty();
    }

    @Test
    void everyBrokenScoreIsReportedAtOnceUnderItsField() {
        declareImpartial();
        SubCriterionRef first = refs.get(0);
        SaveScoresCommand command = new SaveScoresCommand(1L, OFFER, null, List.of(
                new ScoreInput(first.type(), first.title(), null, "Begrunnet."),
                new ScoreInput(first.type(), first.title(), 12, " ")));

        assertThat(refusal(() -> save.save(command, MEMBER, true))).containsExactly(
                new Violation("scores[0].value", "validation.required"),
                new Violation("scores[1].value", "evaluation.score.outOfScale", 0, 10),
                new Violation("scores[1].justification", "validation.required"));
    }

    @Test
    void aMemberSavesDraftScoresThenSubmitsThem() {
        declareImpartial();
        MemberScoreSheet saved = save.save(all(null, 5), MEMBER, true);

        MemberScoreSheet submitted = submit.submit(new SubmitScoresCommand(1L, OFFER, saved.getVersion()), MEMBER,
                true);

        assertThat(submitted.isSubmitted()).isTrue();
        assertThat(submitted.getScores()).hasSize(refs.size());
    }

    @Test
    void submittingBeforeSavingAnythingIsRefused() {
        declareImpartial();

        assertThat(refusal(() -> submit.submit(new SubmitScoresCommand(1L, OFFER, 0L), MEMBER, true)))
                .containsExactly(new Violation(null, "evaluation.score.nothingSaved"));
    }

    @Test
    void aSecondWriterOfTheSameSheetIsToldItChanged() {
        declareImpartial();
        save.save(all(null, 5), MEMBER, true);

        assertThat(refusal(() -> save.save(all(null, 6), MEMBER, true)))
                .containsExactly(new Violation(null, "concurrent.modification.generic"));
        assertThat(refusal(() -> submit.submit(new SubmitScoresCommand(1L, OFFER, 7L), MEMBER, true)))
                .containsExactly(new Violation(null, "concurrent.modification.generic"));
    }
}
