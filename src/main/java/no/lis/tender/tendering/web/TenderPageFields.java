package no.lis.tender.tendering.web;

import no.lis.tender.shared.web.FacesMessages.Place;

import java.util.Map;

/**
 * Where the fields of the tender's aggregate sit on the tender page: the tab and the label of each field
 * path a rule of the tender names, so that a refusal names both, also when it comes from a button outside
 * the tab (publishing): "Fanen Tidsplan – Frist for spørsmål: Feltet må fylles ut." (issue 15).
 */
final class TenderPageFields {

    private static final String DETAILS = "tender.tab.details";
    private static final String CRITERIA = "tender.tab.criteria";
    private static final String TIMELINE = "tender.tab.timeline";
    /** The lot dialog sits on this tab. */
    private static final String LOTS = "tender.tab.lots";

    /** Field paths without their row indexes ({@code criteria[2].weight} as {@code criteria.weight}). */
    private static final Map<String, Place> PLACES = Map.ofEntries(
            Map.entry("title", new Place(DETAILS, "tender.title")),
            Map.entry("therapeuticAreaId", new Place(DETAILS, "tender.therapeuticArea")),
            Map.entry("specialistGroupId", new Place(DETAILS, "tender.specialistGroup")),
            Map.entry("marketPhase", new Place(DETAILS, "tender.marketPhase")),
            Map.entry("instrument", new Place(DETAILS, "tender.instrument")),
            Map.entry("lots", new Place(LOTS, null)),
            Map.entry("lots.title", new Place(LOTS, "tender.lot.title")),
            Map.entry("lots.indication", new Place(LOTS, "tender.lot.indication")),
            Map.entry("lots.substances", new Place(LOTS, "tender.lot.substances")),
            Map.entry("lots.estimatedAnnualVolume", new Place(LOTS, "tender.lot.volume")),
            Map.entry("lots.volumeUnit", new Place(LOTS, "tender.lot.volume")),
            Map.entry("lots.comparisonBasis", new Place(LOTS, "tender.lot.comparisonBasis")),
            Map.entry("lots.treatmentPeriodDays", new Place(LOTS, "tender.lot.treatmentPeriodDays")),
            Map.entry("lots.markets", new Place(LOTS, "tender.lot.markets")),
            Map.entry("lots.scenarios", new Place(LOTS, "tender.lot.scenarios")),
            Map.entry("criteria", new Place(CRITERIA, null)),
            Map.entry("criteria.weights", new Place(CRITERIA, "tender.criteria.total")),
            Map.entry("criteria.environmentJustification", new Place(CRITERIA, "tender.criteria.environmentJustification")),
            Map.entry("criteria.weight", new Place(CRITERIA, "tender.criterion.weight")),
            Map.entry("criteria.priceFormula", new Place(CRITERIA, "tender.criterion.priceFormula")),
            Map.entry("criteria.maxPoints", new Place(CRITERIA, "tender.criterion.maxPoints")),
            Map.entry("criteria.subCriteria.title", new Place(CRITERIA, "tender.subCriterion.title")),
            Map.entry("criteria.subCriteria.scale", new Place(CRITERIA, "tender.subCriterion.scale")),
            Map.entry("requirements", new Place("tender.tab.qualification", null)),
            Map.entry("requirements.kind", new Place("tender.tab.qualification", "tender.qualification.kind")),
            Map.entry("procedure", new Place(TIMELINE, "timeline.procedure")),
            Map.entry("estimatedValue", new Place("publication.tab", "tender.estimatedValue")),
            Map.entry("contractNotice", new Place("publication.tab", "publication.contractNotice")));

    private TenderPageFields() {
    }

    /**
     * The tab and label of {@code field}, a path of the tender's rules: a date of the timeline by its own
     * label ({@code timeline.submissionDeadline}), other fields from the table above, a field below a known
     * one (a criterion's type) on the tab of the nearest known one; {@code null} for a field of no tab.
     */
    static Place of(String field) {
        String path = field.replaceAll("\\[\\d+]", "");
        if (path.startsWith("timeline.")) {
            return new Place(TIMELINE, path);
        }
        for (String known = path; !known.isEmpty(); known = known.contains(".") ? known.substring(0, known.lastIndexOf('.')) : "") {
            Place place = PLACES.get(known);
            if (place != null) {
                return known.equals(path) ? place : new Place(place.tabKey(), null);
            }
        }
        return null;
    }
}
