package no.lis.tender.offers.web;

import no.lis.tender.offers.application.SaveOfferDraftCommand.EspdInput;
import no.lis.tender.offers.application.SaveOfferDraftCommand.GroundInput;
import no.lis.tender.offers.application.SaveOfferDraftCommand.StatementInput;
import no.lis.tender.offers.domain.Espd;
import no.lis.tender.offers.domain.ExclusionAnswer;
import no.lis.tender.offers.domain.ExclusionGround;
import no.lis.tender.offers.domain.RequirementStatement;
import no.lis.tender.tendering.domain.QualificationKind;
import no.lis.tender.tendering.domain.QualificationRequirement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ESPD section of the supplier's offer form: a row per exclusion ground and per qualification
 * requirement of the tender, filled from the draft (or what was submitted) and given back as the
 * command's input. A ground or requirement not yet answered stays null, which a draft may hold.
 */
public final class EspdForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<GroundRow> grounds = new ArrayList<>();
    private final List<StatementRow> statements = new ArrayList<>();

    static EspdForm of(List<QualificationRequirement> requirements, Espd shown) {
        EspdForm form = new EspdForm();
        Optional<Espd> espd = Optional.ofNullable(shown);
        for (ExclusionGround ground : ExclusionGround.values()) {
            Optional<ExclusionAnswer> given = espd.flatMap(e -> e.answer(ground));
            form.grounds.add(new GroundRow(ground, given.map(ExclusionAnswer::applies).orElse(null),
                    given.map(ExclusionAnswer::explanation).orElse(null)));
        }
        for (QualificationRequirement requirement : requirements) {
            Optional<RequirementStatement> given = espd.flatMap(e -> e.statement(requirement.getKind()));
            form.statements.add(new StatementRow(requirement.getKind(), requirement.getText(), requirement.getThreshold(),
                    given.map(RequirementStatement::met).orElse(null), given.map(RequirementStatement::text).orElse(null)));
        }
        return form;
    }

    /** The input, or null while nothing at all is answered (an offer on a tender that needs no ESPD). */
    EspdInput toInput() {
        boolean answered = grounds.stream().anyMatch(g -> g.applies != null || g.explanation != null)
                || statements.stream().anyMatch(s -> s.met != null || s.text != null);
        return answered ? new EspdInput(
                grounds.stream().map(g -> new GroundInput(g.ground.name(), g.applies, g.explanation)).toList(),
                statements.stream().map(s -> new StatementInput(s.kind.name(), s.met, s.text)).toList()) : null;
    }

    public List<GroundRow> getGrounds() {
        return grounds;
    }

    public List<StatementRow> getStatements() {
        return statements;
    }

    /** The answer to one exclusion ground. */
    public static final class GroundRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ExclusionGround ground;
        private Boolean applies;
        private String explanation;

        GroundRow(ExclusionGround ground, Boolean applies, String explanation) {
            this.ground = ground;
            this.applies = applies;
            this.explanation = explanation;
        }

        public ExclusionGround getGround() {
            return ground;
        }

        public Boolean getApplies() {
            return applies;
        }

        public void setApplies(Boolean applies) {
            this.applies = applies;
        }

        public String getExplanation() {
            return explanation;
        }

        public void setExplanation(String explanation) {
            this.explanation = explanation;
        }
    }

    /** The statement against one qualification requirement, shown with the buyer's text and threshold. */
    public static final class StatementRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final QualificationKind kind;
        private final String requirementText;
        private final BigDecimal threshold;
        private Boolean met;
        private String text;

        StatementRow(QualificationKind kind, String requirementText, BigDecimal threshold, Boolean met, String text) {
            this.kind = kind;
            this.requirementText = requirementText;
            this.threshold = threshold;
            this.met = met;
            this.text = text;
        }

        public QualificationKind getKind() {
            return kind;
        }

        public String getRequirementText() {
            return requirementText;
        }

        public BigDecimal getThreshold() {
            return threshold;
        }

        public Boolean getMet() {
            return met;
        }

        public void setMet(Boolean met) {
            this.met = met;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }
}
