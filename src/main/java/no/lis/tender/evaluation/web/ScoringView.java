package no.lis.tender.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.evaluation.application.DeclareImpartiality;
import no.lis.tender.evaluation.application.DeclareImpartialityCommand;
import no.lis.tender.evaluation.application.EvaluationQueries;
import no.lis.tender.evaluation.application.MemberWorkspace;
import no.lis.tender.evaluation.application.MemberWorkspace.OfferToScore;
import no.lis.tender.evaluation.application.MemberWorkspace.SubCriterionToScore;
import no.lis.tender.evaluation.application.SaveScores;
import no.lis.tender.evaluation.application.SaveScoresCommand;
import no.lis.tender.evaluation.application.SubmitScores;
import no.lis.tender.evaluation.application.SubmitScoresCommand;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.Pages;
import no.lis.tender.shared.web.PricedPages;
import no.lis.tender.tendering.domain.CriterionType;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A specialist group member's work on one tender: first her declaration of impartiality; then, one
 * offer at a time, her scores with a justification each, saved as a draft and then submitted. What
 * she may see (prices, the others' scores) is decided by the evaluation, not here. When a save
 * fails, what she typed stays in the form.
 */
@Named
@ViewScoped
@PricedRead("tender:{id}")
public class ScoringView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvaluationQueries queries;
    @Inject
    DeclareImpartiality declareImpartiality;
    @Inject
    SaveScores saveScores;
    @Inject
    SubmitScores submitScores;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;
    @Inject
    PricedPages pricedPages;

    private Long tenderId;
    private MemberWorkspace workspace;
    /** Her choice, none until she makes it: the declaration is not preselected. */
    private Boolean impartial;
    private String ties;
    private Long selectedOfferId;
    private List<ScoreRow> rows = List.of();
    private boolean pricesLogged;

    /** Loads the tender named by the {@code id} parameter; not found for an unknown tender or a non-member. */
    public void load() throws IOException {
        if (workspace != null) {
            return;
        }
        tenderId = Pages.idParameter("id").orElse(null);
        if (tenderId == null || !queries.exists(tenderId) || !queries.isMember(tenderId, user.username())) {
            Pages.respondNotFound();
            return;
        }
        show(queries.workspace(tenderId, user.username()));
    }

    /**
     * Shows {@code read}; the first time it has prices in it (the buyer let members see them), that
     * is logged as a read of prices, once for the page.
     */
    private void show(MemberWorkspace read) {
        workspace = read;
        if (read.showsPrices() && !pricesLogged) {
            pricedPages.shown(this);
            pricesLogged = true;
        }
    }

    public void declare() {
        if (messages.attempt(() -> declareImpartiality.declare(
                new DeclareImpartialityCommand(tenderId, Boolean.TRUE.equals(impartial), ties), user.username(),
                queries.isMember(tenderId, user.username())))) {
            messages.info(Boolean.TRUE.equals(impartial) ? "evaluation.declared.impartial" : "evaluation.declared.conflict");
            show(queries.workspace(tenderId, user.username()));
        }
    }

    /** Opens offer {@code offerId} for scoring, with her scores so far. */
    public void select(long offerId) {
        selectedOfferId = offerId;
        rows = new ArrayList<>();
        for (SubCriterionToScore sub : getSelected().subCriteria()) {
            rows.add(new ScoreRow(sub, sub.value(), sub.justification()));
        }
    }

    public void save() {
        if (store()) {
            messages.info("evaluation.scores.saved", getSelected().supplierName());
        }
    }

    public void submit() {
        if (!store()) {
            return;
        }
        OfferToScore offer = getSelected();
        if (messages.attemptNamingFields(() -> submitScores.submit(new SubmitScoresCommand(tenderId,
                offer.offerId(), offer.sheetVersion()), user.username(), queries.isMember(tenderId, user.username())))) {
            messages.info("evaluation.scores.submitted", offer.supplierName());
            show(queries.workspace(tenderId, user.username()));
        }
    }

    /**
     * Saves the rows as her draft; a broken rule is shown beside the score or justification it
     * concerns ({@code scores[2].value}: in the third row of the table). The rows keep what she typed
     * whatever happens.
     */
    private boolean store() {
        OfferToScore offer = getSelected();
        List<SaveScoresCommand.ScoreInput> inputs = rows.stream().map(row -> new SaveScoresCommand.ScoreInput(
                row.getType(), row.getTitle(), row.getValue(), row.getJustification())).toList();
        boolean saved = messages.attemptNamingFields(() -> saveScores.save(new SaveScoresCommand(tenderId,
                offer.offerId(), offer.sheetVersion(), inputs), user.username(), queries.isMember(tenderId, user.username())));
        // on success and on failure alike: a sheet changed in another window gets its new version,
        // so that saving again stores what she typed, which the rows keep
        show(queries.workspace(tenderId, user.username()));
        return saved;
    }

    public OfferToScore getSelected() {
        return workspace == null || selectedOfferId == null ? null : workspace.offers().stream()
                .filter(offer -> offer.offerId() == selectedOfferId).findFirst().orElse(null);
    }

    public MemberWorkspace getWorkspace() {
        return workspace;
    }

    public Boolean getImpartial() {
        return impartial;
    }

    public void setImpartial(Boolean impartial) {
        this.impartial = impartial;
    }

    public String getTies() {
        return ties;
    }

    public void setTies(String ties) {
        this.ties = ties;
    }

    public List<ScoreRow> getRows() {
        return rows;
    }

    /** One sub-criterion's score as she types it. */
    public static class ScoreRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final CriterionType type;
        private final String title;
        private final String description;
        private final int scaleMin;
        private final int scaleMax;
        private final List<String> answers;
        private Integer value;
        private String justification;

        ScoreRow(SubCriterionToScore sub, Integer value, String justification) {
            type = sub.ref().type();
            title = sub.ref().title();
            description = sub.description();
            scaleMin = sub.scaleMin();
            scaleMax = sub.scaleMax();
            answers = List.copyOf(sub.answers());
            this.value = value;
            this.justification = justification;
        }

        public CriterionType getType() {
            return type;
        }

        public String getTitle() {
            return title;
        }

        public String getDescription() {
            return description;
        }

        public int getScaleMin() {
            return scaleMin;
        }

        public int getScaleMax() {
            return scaleMax;
        }

        public List<String> getAnswers() {
            return answers;
        }

        public Integer getValue() {
            return value;
        }

        public void setValue(Integer value) {
            this.value = value;
        }

        public String getJustification() {
            return justification;
        }

        public void setJustification(String justification) {
            this.justification = justification;
        }
    }
}
