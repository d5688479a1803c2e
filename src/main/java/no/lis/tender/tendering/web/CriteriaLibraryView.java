package no.lis.tender.tendering.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.tendering.application.SaveCriterionTemplate;
import no.lis.tender.tendering.application.SaveCriterionTemplateCommand;
import no.lis.tender.tendering.application.TenderQueries;
import no.lis.tender.tendering.domain.CriterionTemplate;
import no.lis.tender.tendering.domain.CriterionType;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The reusable criteria library that buyers maintain: sub-criteria for quality, environment and supply security. */
@Named
@ViewScoped
public class CriteriaLibraryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenderQueries queries;
    @Inject
    SaveCriterionTemplate saveTemplate;
    @Inject
    FacesMessages messages;

    // transient: an entity is not written with the session; loaded again on the node that reads the session back
    private transient List<CriterionTemplate> templates;
    private Form form = new Form();

    @PostConstruct
    void load() {
        templates = queries.criteriaLibrary();
    }

    public void create() {
        form = new Form();
    }

    public void edit(CriterionTemplate template) {
        form = Form.of(template);
    }

    public void save() {
        Form f = form;
        if (messages.attempt(() -> saveTemplate.save(new SaveCriterionTemplateCommand(f.id, f.version,
                f.code, f.type == null ? null : f.type.name(), f.title, f.description, f.scaleMin, f.scaleMax, f.active)))) {
            load();
            messages.info("library.saved", f.code);
        }
    }

    /** Quality, environment and supply security: price has a formula, not sub-criteria. */
    public List<CriterionType> getTypes() {
        return Arrays.stream(CriterionType.values()).filter(CriterionType::isScored).toList();
    }

    public List<CriterionTemplate> getTemplates() {
        if (templates == null) {
            load();
        }
        return templates;
    }

    public Form getForm() {
        return form;
    }

    /** The dialog's fields. */
    public static final class Form extends SubCriterionFields {

        private static final long serialVersionUID = 1L;

        private Long id;
        private Long version;
        private String code;
        private CriterionType type = CriterionType.ENVIRONMENT;
        private boolean active = true;

        Form() {
            super(null, null, 0, 10);
        }

        static Form of(CriterionTemplate t) {
            Form form = new Form();
            form.id = t.getId();
            form.version = t.getVersion();
            form.code = t.getCode();
            form.type = t.getType();
            form.title = t.getTitle();
            form.description = t.getDescription();
            form.scaleMin = t.getDefaultScale().getMin();
            form.scaleMax = t.getDefaultScale().getMax();
            form.active = t.isActive();
            return form;
        }

        public boolean isExisting() {
            return id != null;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public CriterionType getType() {
            return type;
        }

        public void setType(CriterionType type) {
            this.type = type;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }
}
