package no.lis.tender.catalogue.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.catalogue.application.CatalogueQueries;
import no.lis.tender.catalogue.application.RegisterSupplier;
import no.lis.tender.catalogue.application.UpdateSupplier;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.SupplierQuery;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.PagedModel;

import java.io.Serializable;

/**
 * The suppliers, searched by name or organisation number a page at a time, and the dialog that
 * registers or changes one. A refused save keeps the dialog open with what was typed and each broken
 * rule beside its field; a change is saved as of the version read when the dialog was opened.
 */
@Named
@ViewScoped
public class SuppliersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueQueries queries;
    @Inject
    RegisterSupplier registerSupplier;
    @Inject
    UpdateSupplier updateSupplier;
    @Inject
    FacesMessages messages;

    private String text;
    private PagedModel<Supplier, SupplierQuery.Sort> suppliers;
    private SupplierForm form = new SupplierForm();

    @PostConstruct
    void init() {
        suppliers = new PagedModel<>(() -> queries.countSuppliers(query()),
                (first, max, sort, ascending) -> queries.suppliers(query(), first, max, sort, ascending),
                SupplierQuery.Sort.class, SupplierQuery.Sort.NAME, true, Supplier::getId);
    }

    private SupplierQuery query() {
        return new SupplierQuery(text);
    }

    public void newSupplier() {
        form = new SupplierForm();
    }

    public void edit(long id) {
        queries.supplier(id).ifPresent(supplier -> form = SupplierForm.of(supplier));
    }

    public void save() {
        SupplierForm typed = form;
        boolean saved = messages.attempt(() -> {
            if (typed.isNew()) {
                registerSupplier.register(new RegisterSupplier.Command(typed.name, typed.organisationNumber,
                        typed.contactEmail));
            } else {
                updateSupplier.update(new UpdateSupplier.Command(typed.id, typed.version, typed.name,
                        typed.organisationNumber, typed.contactEmail));
            }
        });
        if (saved) {
            messages.info(typed.isNew() ? "catalogue.supplier.registered" : "catalogue.supplier.updated",
                    typed.name.strip());
        }
    }

    public PagedModel<Supplier, SupplierQuery.Sort> getSuppliers() {
        return suppliers;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public SupplierForm getForm() {
        return form;
    }

    /** The dialog's fields; {@code id} and {@code version} are those of the supplier being changed. */
    public static final class SupplierForm extends CatalogueEntryForm {

        private static final long serialVersionUID = 1L;

        private String organisationNumber;
        private String contactEmail;

        static SupplierForm of(Supplier supplier) {
            SupplierForm form = new SupplierForm();
            form.id = supplier.getId();
            form.version = supplier.getVersion();
            form.name = supplier.getName();
            form.organisationNumber = supplier.getOrganisationNumber().value();
            form.contactEmail = supplier.getContactEmail().value();
            return form;
        }

        public String getOrganisationNumber() {
            return organisationNumber;
        }

        public void setOrganisationNumber(String organisationNumber) {
            this.organisationNumber = organisationNumber;
        }

        public String getContactEmail() {
            return contactEmail;
        }

        public void setContactEmail(String contactEmail) {
            this.contactEmail = contactEmail;
        }
    }
}
