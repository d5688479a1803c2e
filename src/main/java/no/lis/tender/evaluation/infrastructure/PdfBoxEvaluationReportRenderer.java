package no.lis.tender.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.evaluation.domain.EvaluationReport;
import no.lis.tender.evaluation.domain.EvaluationReport.CriterionLine;
import no.lis.tender.evaluation.domain.EvaluationReport.LotLine;
import no.lis.tender.evaluation.domain.EvaluationReport.MemberLine;
import no.lis.tender.evaluation.domain.EvaluationReport.OfferLine;
import no.lis.tender.evaluation.domain.EvaluationReport.RankLine;
import no.lis.tender.evaluation.domain.EvaluationReport.ScoreLine;
import no.lis.tender.evaluation.domain.EvaluationReportRenderer;
import no.lis.tender.shared.domain.Formats;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.infrastructure.pdf.PdfLayout;
import no.lis.tender.shared.infrastructure.pdf.PdfLayout.Style;
import no.lis.tender.tendering.domain.CriterionType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static no.lis.tender.shared.infrastructure.pdf.PdfLayout.fact;

/**
 * The evaluation report as PDF, laid out by {@link PdfLayout} in bokmål: the award criteria, the
 * offers with their qualification, the members' scores with consensus, and per lot its status and
 * ranking. Every page carries the tender reference, the edition and "Side X av Y". The edition
 * without prices has no price column at all; what a member's edition withholds (price points,
 * totals, other members' scores) is left out and said so; instants print in Norwegian time.
 *
 * <p>The work is linear in the size of the report: each line of it is visited once, and the scores
 * are grouped per offer in one pass.
 */
@ApplicationScoped
public class PdfBoxEvaluationReportRenderer implements EvaluationReportRenderer {

    private static final float[] CRITERIA_COLUMNS = {0.28f, 0.12f, 0.45f, 0.15f};
    private static final float[] OFFER_COLUMNS = {0.24f, 0.15f, 0.18f, 0.15f, 0.28f};
    private static final float[] SCORE_COLUMNS = {0.24f, 0.18f, 0.1f, 0.48f};
    private static final float[] PRICED_RANKING_COLUMNS = {0.08f, 0.18f, 0.12f, 0.28f, 0.24f, 0.1f};
    private static final float[] RANKING_COLUMNS = {0.08f, 0.3f, 0.14f, 0.34f, 0.14f};
    /** About the height of a lot's heading, facts and the head of its ranking, kept on one page. */
    private static final float LOT_HEIGHT = 130;
    /** About the height of an offer's heading and the head of its table of scores, kept on one page. */
    private static final float SCORED_OFFER_HEIGHT = 110;
    private static final Formats SHOWN = Formats.BOKMAL;
    private static final String DASH = "–";

    @Override
    public byte[] render(EvaluationReport report) {
        String name = text("evaluation.report.title");
        String edition = report.withPrices() ? "withPrices" : "withoutPrices";
        try (PdfLayout pdf = new PdfLayout()) {
            pdf.paragraph(name, Style.TITLE);
            pdf.paragraph(report.tenderTitle(), Style.SUBTITLE);
            pdf.facts(List.of(
                    fact("evaluation.report.reference", report.reference()),
                    fact("evaluation.report.edition", text("evaluation.report.edition." + edition)),
                    fact("evaluation.report.preparedFor", report.preparedFor()),
                    fact("evaluation.report.preparedAt", minutes(report.preparedAt()))));
            pdf.paragraph(text("evaluation.report.edition." + edition + ".note"), Style.BODY);
            if (!report.withPricePoints()) {
                pdf.paragraph(text("evaluation.report.edition.withoutPricePoints.note"), Style.BODY);
            }
            if (report.withholdsScores()) {
                pdf.paragraph(text("evaluation.report.edition.withheldScores.note"), Style.BODY);
            }
            pdf.paragraph(text("evaluation.report.osloNote"), Style.SMALL);
            criteria(pdf, report.criteria());
            offers(pdf, report.offers());
            scores(pdf, report.scores());
            pdf.paragraph(text("evaluation.report.results"), Style.HEADING);
            for (LotLine lot : report.lots()) {
                lot(pdf, lot, report.withPrices());
            }
            return pdf.finish(report.reference(), text("evaluation.report.header." + edition),
                    name + ": " + report.tenderTitle(), (page, pages) -> text("documents.pdf.page", page, pages));
        }
    }

    private static void criteria(PdfLayout pdf, List<CriterionLine> criteria) {
        pdf.paragraph(text("evaluation.report.criteria"), Style.HEADING);
        List<List<String>> rows = new ArrayList<>(criteria.size());
        for (CriterionLine criterion : criteria) {
            rows.add(List.of(label(criterion.type()), SHOWN.percent(criterion.weight()),
                    criterion.formula() == null ? DASH : label(criterion.formula()),
                    criterion.maxPoints() == null ? DASH : String.valueOf(criterion.maxPoints())));
        }
        pdf.table(CRITERIA_COLUMNS, List.of(text("evaluation.report.criterion"), text("evaluation.report.weight"),
                text("evaluation.report.priceFormula"), text("evaluation.report.maxPoints")), rows, 0);
    }

    private static void offers(PdfLayout pdf, List<OfferLine> offers) {
        pdf.paragraph(text("evaluation.report.offers"), Style.HEADING);
        if (offers.isEmpty()) {
            pdf.paragraph(text("evaluation.report.offers.none"), Style.BODY);
            return;
        }
        List<List<String>> rows = new ArrayList<>(offers.size());
        for (OfferLine offer : offers) {
            rows.add(List.of(offer.supplierName(), SHOWN.dateTimeSeconds(offer.receivedAt()), lotNumbers(offer.lots()),
                    offer.qualification() == null ? text("evaluation.report.undecided") : label(offer.qualification()),
                    orDash(offer.reason())));
        }
        pdf.table(OFFER_COLUMNS, List.of(text("evaluation.report.supplier"), text("evaluation.report.receivedAt"),
                text("evaluation.report.lots"), text("evaluation.report.decision"), text("evaluation.report.reason")),
                rows, 0);
    }

    /** Per offer, in the order first met, a table of its sub-criteria: members' scores, the mean and the consensus. */
    private static void scores(PdfLayout pdf, List<ScoreLine> scores) {
        pdf.paragraph(text("evaluation.report.scores"), Style.HEADING);
        if (scores.isEmpty()) {
            pdf.paragraph(text("evaluation.report.scores.none"), Style.BODY);
            return;
        }
        pdf.paragraph(text("evaluation.report.scores.intro"), Style.BODY);
        Map<Long, List<ScoreLine>> byOffer = new LinkedHashMap<>();
        for (ScoreLine line : scores) {
            byOffer.computeIfAbsent(line.offerId(), id -> new ArrayList<>()).add(line);
        }
        List<String> header = List.of(text("evaluation.report.subCriterion"), text("evaluation.report.member"),
                text("evaluation.report.score"), text("evaluation.report.justification"));
        for (List<ScoreLine> lines : byOffer.values()) {
            ScoreLine first = lines.get(0);
            pdf.keepRoom(SCORED_OFFER_HEIGHT);
            pdf.paragraph(text("evaluation.report.scores.offer", first.supplierName(), String.valueOf(first.offerId())),
                    Style.SUBHEADING);
            if (first.withheld()) {
                pdf.paragraph(text("evaluation.report.scores.withheld"), Style.BODY);
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            for (ScoreLine line : lines) {
                String subCriterion = text("evaluation.report.subCriterion.name", line.ref().type(), line.ref().title());
                for (MemberLine member : line.members()) {
                    rows.add(List.of(subCriterion, member.member(), String.valueOf(member.value()),
                            orDash(member.justification())));
                    subCriterion = "";
                }
                rows.add(List.of(subCriterion, text("evaluation.report.mean"), orDash(line.mean()), ""));
                rows.add(List.of("", text("evaluation.report.consensus"),
                        line.consensus() == null ? text("evaluation.report.notSet") : line.consensus().toString(),
                        Objects.requireNonNullElse(line.note(), "")));
            }
            pdf.table(SCORE_COLUMNS, header, rows, 0);
        }
    }

    /** A lot's heading, status and what it waits for, the maximum price (priced only) and the ranking. */
    private static void lot(PdfLayout pdf, LotLine lot, boolean withPrices) {
        pdf.keepRoom(LOT_HEIGHT);
        pdf.paragraph(text("evaluation.report.lot", String.valueOf(lot.lotNumber()), lot.lotTitle()), Style.SUBHEADING);
        List<String[]> facts = new ArrayList<>();
        facts.add(fact("evaluation.report.status", text("evaluation.report.lotStatus." + lot.status().name())));
        if (!lot.status().isRanked() && !lot.waitingFor().isEmpty()) {
            facts.add(fact("evaluation.report.waitingFor", text("evaluation.report.waitingFor." + lot.status().name(),
                    String.join(", ", lot.waitingFor()))));
        }
        if (withPrices && lot.maximumPrice() != null) {
            facts.add(fact("evaluation.report.maximumPrice", kroner(lot.maximumPrice())));
        }
        pdf.facts(facts);
        if (lot.ranking().isEmpty()) {
            return;
        }
        List<String> header = new ArrayList<>(List.of(text("evaluation.report.rank"), text("evaluation.report.supplier"),
                text("evaluation.report.varenummer")));
        if (withPrices) {
            header.add(text("evaluation.report.price"));
        }
        header.addAll(List.of(text("evaluation.report.points"), text("evaluation.report.total")));
        List<List<String>> rows = new ArrayList<>(lot.ranking().size());
        for (RankLine line : lot.ranking()) {
            rows.add(rankRow(line, withPrices));
        }
        pdf.table(withPrices ? PRICED_RANKING_COLUMNS : RANKING_COLUMNS, header, rows, 0);
    }

    private static List<String> rankRow(RankLine line, boolean withPrices) {
        List<String> cells = new ArrayList<>(6);
        cells.add(String.valueOf(line.rank()));
        cells.add(line.supplierName());
        cells.add(orDash(line.varenummer()));
        if (withPrices) {
            List<String> price = new ArrayList<>(3);
            if (line.packPrice() != null) {
                price.add(text("evaluation.report.packPrice", kroner(line.packPrice())));
            }
            if (line.price() != null) {
                price.add(line.price().computation(Messages.BOKMAL));
            }
            if (line.savings() != null) {
                price.add(text("evaluation.report.savings", kroner(line.savings())));
            }
            cells.add(price.isEmpty() ? DASH : String.join("\n", price));
        }
        List<String> points = new ArrayList<>(CriterionType.values().length + 1);
        if (line.pricePoints() != null) {
            points.add(text("evaluation.report.pricePoints", points(line.pricePoints())));
        }
        for (CriterionType type : CriterionType.values()) {
            BigDecimal part = line.parts().get(type);
            if (part != null) {
                points.add(text("evaluation.report.part", type, points(part)));
            }
        }
        cells.add(points.isEmpty() ? DASH : String.join("\n", points));
        cells.add(points(line.total()));
        return cells;
    }

    /** Lot numbers in order, runs shortened: "1–3, 7". */
    private static String lotNumbers(List<Integer> lots) {
        List<Integer> sorted = lots.stream().sorted().distinct().toList();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sorted.size()) {
            int end = i;
            while (end + 1 < sorted.size() && sorted.get(end + 1) == sorted.get(end) + 1) {
                end++;
            }
            out.append(out.isEmpty() ? "" : ", ").append(sorted.get(i));
            if (end > i) {
                out.append(DASH).append(sorted.get(end));
            }
            i = end + 1;
        }
        return out.toString();
    }

    /** Points with two decimals, e.g. "58,73"; a dash for none. */
    private static String points(BigDecimal value) {
        return value == null ? DASH : SHOWN.points(value);
    }

    /** E.g. "8 390,00 kr", or "304,1379 kr" for a price per DDD: at least two decimals, at most four. */
    private static String kroner(BigDecimal value) {
        return SHOWN.kronerPerDdd(value);
    }

    private static String minutes(Instant instant) {
        return instant == null ? DASH : SHOWN.dateTime(instant);
    }

    private static String orDash(Object value) {
        return value == null || value.toString().isBlank() ? DASH : value.toString();
    }

    /** The bundle's label of an enum constant, e.g. "Kvalitet" for {@code CriterionType.QUALITY}. */
    private static String label(Enum<?> constant) {
        return text("evaluation.report.label", constant);
    }

    private static String text(String key, Object... arguments) {
        return Messages.format(Messages.BOKMAL, key, arguments);
    }
}
