package no.lis.tender.tendering.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.tendering.application.DefineQualificationRequirements;
import no.lis.tender.tendering.application.DefineQualificationRequirementsCommand;
import no.lis.tender.tendering.application.DefineQualificationRequirementsCommand.RequirementInput;
import no.lis.tender.tendering.domain.QualificationKind;
import no.lis.tender.tendering.domain.Tender;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The qualification requirements tab of the tender page: a row per requirement (its kind, the buyer's
 * text, a threshold where the kind takes one), added and removed on the page and saved together.
 */
@Named
@ViewScoped
public class TenderQualificationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenderEditView page;
    @Inject
    DefineQualificationRequirements define;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;

    private List<Row> requirements = new ArrayList<>();

    @PostConstruct
    void fill() {
        Tender tender = page.getTender();
        requirements = new ArrayList<>();
        if (tender != null) {
            tender.getQualificationRequirements().forEach(r -> requirements.add(
                    new Row(r.getKind(), r.getText(), r.getThreshold())));
        }
    }

    /** Adds an empty row, of the first kind not yet used. */
    public void add() {
        QualificationKind unused = List.of(QualificationKind.values()).stream()
                .filter(kind -> requirements.stream().noneMatch(r -> r.getKind() == kind)).findFirst()
                .orElse(QualificationKind.values()[0]);
        requirements.add(new Row(unused, null, null));
    }

    public void remove(int index) {
        requirements.remove(index);
    }

    public void save() {
        List<RequirementInput> inputs = requirements.stream().map(r -> new RequirementInput(
                r.getKind() == null ? null : r.getKind().name(), r.getText(), r.getThreshold())).toList();
        if (messages.attemptOnTabs(TenderPageFields::of, () -> define.define(new DefineQualificationRequirementsCommand(page.getId(),
                page.version(), inputs), user.username()))) {
            page.reload();
            fill();
            messages.info("tender.saved.qualification");
        }
    }

    public QualificationKind[] getKinds() {
        return QualificationKind.values();
    }

    public List<Row> getRequirements() {
        return requirements;
    }

    /** One requirement as the buyer edits it. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private QualificationKind kind;
        private String text;
        private BigDecimal threshold;

        Row(QualificationKind kind, String text, BigDecimal threshold) {
            this.kind = kind;
            this.text = text;
            this.threshold = threshold;
        }

        public QualificationKind getKind() {
            return kind;
        }

        public void setKind(QualificationKind kind) {
            this.kind = kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public BigDecimal getThreshold() {
            return threshold;
        }

        public void setThreshold(BigDecimal threshold) {
            this.threshold = threshold;
        }
    }
}
