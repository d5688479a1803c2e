package no.lis.tender.catalogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductQuery;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.SpecialistGroup;
import no.lis.tender.catalogue.domain.SpecialistGroupName;
import no.lis.tender.catalogue.domain.SpecialistGroupRepository;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.SubstanceQuery;
import no.lis.tender.catalogue.domain.SubstanceRepository;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.SupplierQuery;
import no.lis.tender.catalogue.domain.SupplierRepository;
import no.lis.tender.catalogue.domain.TherapeuticArea;
import no.lis.tender.catalogue.domain.TherapeuticAreaRepository;
import no.lis.tender.catalogue.domain.Varenummer;

import java.util.List;
import java.util.Optional;

/**
 * What the pages and the API read from the catalogue: single things by id or business key, short
 * lists whole (sorted by name), and the long lists (suppliers, substances, products) a page at a
 * time with the count that goes with it.
 */
@ApplicationScoped
@Transactional
public class CatalogueQueries {

    @Inject
    SupplierRepository suppliers;

    @Inject
    SubstanceRepository substances;

    @Inject
    ProductRepository products;

    @Inject
    TherapeuticAreaRepository areas;

    @Inject
    SpecialistGroupRepository groups;

    public Optional<Supplier> supplier(long id) {
        return suppliers.findById(id);
    }

    public Optional<Supplier> supplier(OrganisationNumber organisationNumber) {
        return suppliers.findByOrganisationNumber(organisationNumber);
    }

    public List<Supplier> suppliers() {
        return suppliers.findAll();
    }

    public List<Supplier> suppliers(SupplierQuery query, int first, int max, SupplierQuery.Sort sort,
                                    boolean ascending) {
        return suppliers.search(query, first, max, sort, ascending);
    }

    public long countSuppliers(SupplierQuery query) {
        return suppliers.count(query);
    }

    public Optional<Substance> substance(long id) {
        return substances.findById(id);
    }

    public Optional<Substance> substance(AtcCode atcCode) {
        return substances.findByAtcCode(atcCode);
    }

    public List<Substance> substances() {
        return substances.findAll();
    }

    public List<Substance> substances(SubstanceQuery query, int first, int max, SubstanceQuery.Sort sort,
                                      boolean ascending) {
        return substances.search(query, first, max, sort, ascending);
    }

    public long countSubstances(SubstanceQuery query) {
        return substances.count(query);
    }

    public Optional<Product> product(long id) {
        return products.findById(id);
    }

    public Optional<Product> product(Varenummer varenummer) {
        return products.findByVarenummer(varenummer);
    }

    public List<Product> products() {
        return products.findAll();
    }

    public List<Product> products(ProductQuery query, int first, int max, ProductQuery.Sort sort, boolean ascending) {
        return products.search(query, first, max, sort, ascending);
    }

    public long countProducts(ProductQuery query) {
        return products.count(query);
    }

    public Optional<TherapeuticArea> therapeuticArea(long id) {
        return areas.findById(id);
    }

    public List<TherapeuticArea> therapeuticAreas() {
        return areas.findAll();
    }

    public Optional<SpecialistGroup> specialistGroup(long id) {
        return groups.findById(id);
    }

    public List<SpecialistGroup> specialistGroups() {
        return groups.findAll();
    }

    /** The id and name of every specialist group, by name, for a choice of one. */
    public List<SpecialistGroupName> specialistGroupNames() {
        return groups.findNames();
    }

    /** The groups the user logged in as {@code username} is a member of. */
    public List<SpecialistGroup> specialistGroupsOf(String username) {
        return groups.findByMember(username);
    }
}
