package no.lis.tender.catalogue.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.catalogue.application.CatalogueQueries;
import no.lis.tender.catalogue.application.DddInput;
import no.lis.tender.catalogue.application.RegisterSubstance;
import no.lis.tender.catalogue.application.UpdateSubstance;
import no.lis.tender.catalogue.domain.AdministrationRoute;
import no.lis.tender.catalogue.domain.DoseUnit;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.SubstanceQuery;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.PagedModel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The active substances, searched by name, ATC code or group and therapeutic area a page at a time,
 * and the dialog that registers or changes one with its DDD. A refused save keeps the dialog open
 * with what was typed and each broken rule beside its field ({@code ddd_amount} for {@code ddd.amount}).
 */
@Named
@ViewScoped
public class SubstancesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueQueries queries;
    @Inject
    RegisterSubstance registerSubstance;
    @Inject
    UpdateSubstance updateSubstance;
    @Inject
    FacesMessages messages;

    private String text;
    private String atcPrefix;
    private Long therapeuticAreaId;
    private PagedModel<Substance, SubstanceQuery.Sort> substances;
    private SubstanceForm form = new SubstanceForm();

    @PostConstruct
    void init() {
        substances = new PagedModel<>(() -> queries.countSubstances(query()),
                (first, max, sort, ascending) -> queries.substances(query(), first, max, sort, ascending),
                SubstanceQuery.Sort.class, SubstanceQuery.Sort.ATC_CODE, true, Substance::getId);
    }

    private SubstanceQuery query() {
        return new SubstanceQuery(text, atcPrefix, therapeuticAreaId);
    }

    public void newSubstance() {
        form = new SubstanceForm();
    }

    public void edit(long id) {
        queries.substance(id).ifPresent(substance -> form = SubstanceForm.of(substance));
    }

    public void save() {
        SubstanceForm typed = form;
        DddInput ddd = new DddInput(typed.dddAmount, typed.dddUnit, typed.dddRoute);
        boolean saved = messages.attempt(() -> {
            if (typed.isNew()) {
                registerSubstance.register(new RegisterSubstance.Command(typed.atcCode, typed.name, ddd,
                        typed.patentExpiry, typed.therapeuticAreaId));
            } else {
                updateSubstance.update(new UpdateSubstance.Command(typed.id, typed.version, typed.atcCode, typed.name,
                        ddd, typed.patentExpiry, typed.therapeuticAreaId));
            }
        });
        if (saved) {
            messages.info(typed.isNew() ? "catalogue.substance.registered" : "catalogue.substance.updated",
                    typed.name.strip());
        }
    }

    public DoseUnit[] getUnits() {
        return DoseUnit.values();
    }

    public AdministrationRoute[] getRoutes() {
        return AdministrationRoute.values();
    }

    public PagedModel<Substance, SubstanceQuery.Sort> getSubstances() {
        return substances;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAtcPrefix() {
        return atcPrefix;
    }

    public void setAtcPrefix(String atcPrefix) {
        this.atcPrefix = atcPrefix;
    }

    public Long getTherapeuticAreaId() {
        return therapeuticAreaId;
    }

    public void setTherapeuticAreaId(Long therapeuticAreaId) {
        this.therapeuticAreaId = therapeuticAreaId;
    }

    public SubstanceForm getForm() {
        return form;
    }

    /** The dialog's fields; {@code id} and {@code version} are those of the substance being changed. */
    public static final class SubstanceForm extends CatalogueEntryForm {

        private static final long serialVersionUID = 1L;

        private String atcCode;
        private BigDecimal dddAmount;
        private DoseUnit dddUnit;
        private AdministrationRoute dddRoute;
        private LocalDate patentExpiry;
        private Long therapeuticAreaId;

        static SubstanceForm of(Substance substance) {
            SubstanceForm form = new SubstanceForm();
            form.id = substance.getId();
            form.version = substance.getVersion();
            form.atcCode = substance.getAtcCode().value();
            form.name = substance.getName();
            if (substance.getDdd() != null) {
                form.dddAmount = substance.getDdd().getAmount().stripTrailingZeros();
                form.dddUnit = substance.getDdd().getUnit();
                form.dddRoute = substance.getDdd().getRoute();
            }
            form.patentExpiry = substance.getPatentExpiry();
            form.therapeuticAreaId = substance.getTherapeuticArea() == null ? null : substance.getTherapeuticArea().getId();
            return form;
        }

        public String getAtcCode() {
            return atcCode;
        }

        public void setAtcCode(String atcCode) {
            this.atcCode = atcCode;
        }

        public BigDecimal getDddAmount() {
            return dddAmount;
        }

        public void setDddAmount(BigDecimal dddAmount) {
            this.dddAmount = dddAmount;
        }

        public DoseUnit getDddUnit() {
            return dddUnit;
        }

        public void setDddUnit(DoseUnit dddUnit) {
            this.dddUnit = dddUnit;
        }

        public AdministrationRoute getDddRoute() {
            return dddRoute;
        }

        public void setDddRoute(AdministrationRoute dddRoute) {
            this.dddRoute = dddRoute;
        }

        public LocalDate getPatentExpiry() {
            return patentExpiry;
        }

        public void setPatentExpiry(LocalDate patentExpiry) {
            this.patentExpiry = patentExpiry;
        }

        public Long getTherapeuticAreaId() {
            return therapeuticAreaId;
        }

        public void setTherapeuticAreaId(Long therapeuticAreaId) {
            this.therapeuticAreaId = therapeuticAreaId;
        }
    }
}
