package no.lis.tender.catalogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.catalogue.application.CatalogueQueries;
import no.lis.tender.catalogue.domain.SpecialistGroupName;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.TherapeuticArea;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Choices and names from the catalogue, read at most once per request, for the pages of other
 * contexts (a tender's therapeutic area, specialist group, substances) and for the catalogue's own
 * dialogs: the pages compose the contexts, the Java code of one context does not reach into another's.
 */
@Named
@RequestScoped
public class CatalogueOptionsView {

    @Inject
    CatalogueQueries catalogue;

    private List<TherapeuticArea> areas;
    private List<SpecialistGroupName> groups;
    private List<Substance> substances;
    private List<Supplier> suppliers;
    private Map<Long, String> areaNames;
    private Map<Long, String> groupNames;
    private Map<String, String> substanceNames;

    public List<TherapeuticArea> getTherapeuticAreas() {
        if (areas == null) {
            areas = catalogue.therapeuticAreas();
        }
        return areas;
    }

    /** The groups' ids and names, for a choice of one (not their members). */
    public List<SpecialistGroupName> getSpecialistGroups() {
        if (groups == null) {
            groups = catalogue.specialistGroupNames();
        }
        return groups;
    }

    /** All substances by name, for a choice of one. */
    public List<Substance> getSubstances() {
        if (substances == null) {
            substances = catalogue.substances();
        }
        return substances;
    }

    /** All suppliers by name, for a choice of one. */
    public List<Supplier> getSuppliers() {
        if (suppliers == null) {
            suppliers = catalogue.suppliers();
        }
        return suppliers;
    }

    public String areaName(Long id) {
        if (areaNames == null) {
            areaNames = getTherapeuticAreas().stream().collect(Collectors.toMap(TherapeuticArea::getId, TherapeuticArea::getName));
        }
        return id == null ? "" : areaNames.getOrDefault(id, "#" + id);
    }

    public String groupName(Long id) {
        if (groupNames == null) {
            groupNames = getSpecialistGroups().stream().collect(Collectors.toMap(SpecialistGroupName::id, SpecialistGroupName::name));
        }
        return id == null ? "" : groupNames.getOrDefault(id, "#" + id);
    }

    /** Substances whose ATC code or name contains the typed text, as "ATC name" suggestions. */
    public List<String> completeSubstance(String typed) {
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return getSubstances().stream()
                .filter(s -> s.getAtcCode().value().toLowerCase(Locale.ROOT).contains(needle)
                        || s.getName().toLowerCase(Locale.ROOT).contains(needle))
                .limit(20)
                .map(s -> s.getAtcCode().value())
                .toList();
    }

    /** "L04AB04 adalimumab" for an ATC code the catalogue knows, the code alone otherwise. */
    public String substanceLabel(String atcCode) {
        return substanceNames().getOrDefault(atcCode, atcCode);
    }

    private Map<String, String> substanceNames() {
        if (substanceNames == null) {
            substanceNames = getSubstances().stream().collect(Collectors.toMap(
                    s -> s.getAtcCode().value(), s -> s.getAtcCode().value() + " " + s.getName(), (a, b) -> a));
        }
        return substanceNames;
    }
}
