package no.lis.tender.documents.application;

import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.Ddd;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.SubstanceRepository;
import no.lis.tender.documents.domain.CriterionSection;
import no.lis.tender.documents.domain.InvitationContent;
import no.lis.tender.documents.domain.LotSection;
import no.lis.tender.documents.domain.PriceFormContent;
import no.lis.tender.documents.domain.SubCriterionLine;
import no.lis.tender.documents.domain.SubstanceLine;
import no.lis.tender.documents.domain.TimelineRow;
import no.lis.tender.shared.domain.Formats;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.Market;
import no.lis.tender.tendering.domain.QualificationKind;
import no.lis.tender.tendering.domain.QualificationRequirement;
import no.lis.tender.tendering.domain.SubCriterion;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TimeLimits;
import no.lis.tender.tendering.domain.Timeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import static no.lis.tender.documents.application.Texts.bokmal;
import static no.lis.tender.documents.application.Texts.label;

/**
 * What the invitation and the price form of a published tender say, read from the tender and,
 * for its substances' names and DDDs, from the catalogue.
 */
final class TenderContents {

    private final Tender tender;
    private final List<LotSection> lots;

    TenderContents(Tender tender, SubstanceRepository substances) {
        this.tender = tender;
        this.lots = tender.getLots().stream().map(lot -> lot(lot, substances)).toList();
    }

    InvitationContent invitation() {
        Timeline timeline = tender.getTimeline();
        return new InvitationContent(tender.getReference().value(), tender.getTitle(), label(tender.getMarketPhase()),
                label(tender.getInstrument()), lots, criteria(), timeline(tender),
                bokmal("documents.invitation.howToSubmit", timeline.getSubmissionDeadline(),
                        timeline.getQuestionDeadline()),
                bokmal("documents.invitation.contact"),
                tender.getEnvironmentJustification() == null ? null : tender.getEnvironmentJustification().getText(),
                tender.getTimeLimitJustifications().stream()
                        .map(j -> new TimelineRow(label(j.getRule()), j.getText())).toList(),
                tender.getQualificationRequirements().stream().map(TenderContents::requirement).toList());
    }

    /** A requirement as the invitation lists it: the kind, with the threshold where it has one, and the buyer's text. */
    private static TimelineRow requirement(QualificationRequirement requirement) {
        BigDecimal threshold = requirement.getThreshold();
        String kind = label(requirement.getKind());
        if (threshold != null) {
            kind = bokmal("documents.pdf.qualification.withThreshold", kind,
                    requirement.getKind() == QualificationKind.MINIMUM_TURNOVER ? Formats.BOKMAL.kroner(threshold)
                            : Formats.BOKMAL.number(threshold));
        }
        return new TimelineRow(kind, requirement.getText());
    }

    PriceFormContent priceForm() {
        return new PriceFormContent(tender.getReference().value(), tender.getTitle(),
                tender.getTimeline().getSubmissionDeadline(), lots);
    }

    private static LotSection lot(Lot lot, SubstanceRepository substances) {
        List<SubstanceLine> lines = lot.getSubstances().stream().sorted(Comparator.comparing(AtcCode::value))
                .map(code -> substances.findByAtcCode(code).map(TenderContents::substance)
                        .orElseGet(() -> new SubstanceLine(code.value(), null, null)))
                .toList();
        String basis = lot.getComparisonBasis().needsTreatmentPeriod()
                ? bokmal("documents.comparison.treatmentPeriod", label(lot.getComparisonBasis()),
                        lot.getTreatmentPeriodDays())
                : label(lot.getComparisonBasis());
        return new LotSection(lot.getNumber(), lot.getTitle(), lot.getIndication(), lines,
                lot.getEstimatedAnnualVolume(), label(lot.getVolumeUnit()), basis,
                lot.getMarkets().stream().map(Market::getName).toList());
    }

    private static SubstanceLine substance(Substance substance) {
        return new SubstanceLine(substance.getAtcCode().value(), substance.getName(), ddd(substance.getDdd()));
    }

    /** A DDD as it is read in Norway, e.g. "2,9 mg P". */
    private static String ddd(Ddd ddd) {
        if (ddd == null) {
            return bokmal("documents.ddd.none");
        }
        return Formats.BOKMAL.number(ddd.getAmount()) + " " + label(ddd.getUnit()) + " " + ddd.getRoute().whoCode();
    }

    /** The criteria that weigh something, price first. */
    private List<CriterionSection> criteria() {
        return tender.getCriteria().stream().filter(criterion -> criterion.getWeight() > 0)
                .map(TenderContents::criterion).toList();
    }

    private static CriterionSection criterion(AwardCriterion criterion) {
        if (criterion.getType().isScored()) {
            return new CriterionSection(label(criterion.getType()), criterion.getWeight(), null, null,
                    criterion.getSubCriteria().stream().map(TenderContents::subCriterion).toList());
        }
        return new CriterionSection(label(criterion.getType()), criterion.getWeight(),
                label(criterion.getPriceFormula()), criterion.getMaxPoints(), List.of());
    }

    private static SubCriterionLine subCriterion(SubCriterion subCriterion) {
        return new SubCriterionLine(subCriterion.getTitle(), subCriterion.getDescription(),
                subCriterion.getScale().getMin(), subCriterion.getScale().getMax());
    }

    /** The procedure and the dates that are set, deadlines to the minute in Norwegian time. */
    private static List<TimelineRow> timeline(Tender tender) {
        Timeline timeline = tender.getTimeline();
        List<TimelineRow> rows = new ArrayList<>();
        rows.add(new TimelineRow(bokmal("documents.timeline.procedure"), label(tender.getProcedure())));
        add(rows, "documents.timeline.publication", timeline.getPublication(), Formats.BOKMAL::dateTime);
        add(rows, "documents.timeline.questionDeadline", timeline.getQuestionDeadline(), Formats.BOKMAL::dateTime);
        add(rows, "documents.timeline.answerDeadline", TimeLimits.answerDeadline(timeline), Formats.BOKMAL::date);
        add(rows, "documents.timeline.submissionDeadline", timeline.getSubmissionDeadline(), Formats.BOKMAL::dateTime);
        add(rows, "documents.timeline.plannedAward", timeline.getPlannedAward(), Formats.BOKMAL::date);
        add(rows, "documents.timeline.agreementStart", timeline.getAgreementStart(), Formats.BOKMAL::date);
        add(rows, "documents.timeline.agreementEnd", timeline.getAgreementEnd(), Formats.BOKMAL::date);
        if (!timeline.getOptionYears().isEmpty()) {
            rows.add(new TimelineRow(bokmal("documents.timeline.options"), bokmal("documents.timeline.optionYears",
                    timeline.getOptionYears().stream().map(String::valueOf).collect(Collectors.joining(" + ")))));
        }
        return rows;
    }

    private static <T> void add(List<TimelineRow> rows, String labelKey, T value, Function<T, String> format) {
        if (value != null) {
            rows.add(new TimelineRow(bokmal(labelKey), format.apply(value)));
        }
    }
}
