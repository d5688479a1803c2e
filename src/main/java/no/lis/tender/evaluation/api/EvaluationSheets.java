package no.lis.tender.evaluation.api;

import no.lis.tender.evaluation.application.BuyerEvaluation;
import no.lis.tender.evaluation.domain.EvaluatedOffer;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.shared.domain.Sheet;
import no.lis.tender.tendering.domain.CriterionType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static no.lis.tender.shared.api.SheetDownloads.column;
import static no.lis.tender.shared.api.SheetDownloads.label;
import static no.lis.tender.shared.api.SheetDownloads.sheetName;

/**
 * The evaluation as sheets for the buyer: the stored ranking with each offer's price computation (a
 * priced export), and the consensus sheet (scores, means and agreed values; no price).
 */
final class EvaluationSheets {

    private EvaluationSheets() {
    }

    /** One row per lot and offer in rank order; a lot without a ranked offer gets one row with its status. */
    static Sheet ranking(String reference, List<LotOutcome> lots, Locale locale) {
        List<Sheet.Column> columns = new ArrayList<>(List.of(column(locale, "export.lot", 10),
                column(locale, "export.lotStatus", 18), column(locale, "export.rank", 8),
                column(locale, "export.supplier", 28), column(locale, "export.varenummer", 12),
                column(locale, "export.packPrice", 14), column(locale, "export.dddsPerPack", 12),
                column(locale, "export.basis", 22), column(locale, "export.pricePerUnit", 14),
                column(locale, "export.computation", 50), column(locale, "export.pricePoints", 12)));
        Arrays.stream(CriterionType.values()).forEach(type ->
                columns.add(Sheet.Column.shown(label(locale, "CriterionType.", type), 14)));
        columns.addAll(List.of(column(locale, "export.total", 10), column(locale, "export.savings", 14),
                column(locale, "export.maximumPrice", 14)));
        List<List<Object>> rows = new ArrayList<>();
        for (LotOutcome lot : lots) {
            if (lot.offers().isEmpty()) {
                List<Object> row = new ArrayList<>(Arrays.asList(new Object[columns.size()]));
                row.set(0, lot.lotNumber());
                row.set(1, label(locale, "LotStatus.", lot.status()));
                row.set(columns.size() - 1, lot.maximumPrice());
                rows.add(row);
            }
            for (EvaluatedOffer offer : lot.offers()) {
                List<Object> row = new ArrayList<>(Arrays.asList(lot.lotNumber(), label(locale, "LotStatus.", lot.status()),
                        offer.rank(), offer.supplierName(), offer.varenummer(), offer.packPrice(), offer.dddsPerPack(),
                        offer.price() == null ? "" : label(locale, "ComparisonBasis.", offer.price().basis()),
                        offer.price() == null ? null : offer.price().amount(),
                        offer.price() == null ? "" : offer.price().computation(locale), offer.pricePoints()));
                Arrays.stream(CriterionType.values()).forEach(type -> row.add(offer.byCriterion().get(type)));
                row.addAll(Arrays.asList(offer.total(), offer.savings(), lot.maximumPrice()));
                rows.add(row);
            }
        }
        return new Sheet(sheetName("Rangering " + reference), columns, rows, false);
    }

    /** One row per offer and sub-criterion: the members' scores, their mean and the consensus with its note. */
    static Sheet consensus(BuyerEvaluation evaluation, Locale locale) {
        List<Sheet.Column> columns = List.of(column(locale, "export.supplier", 28), column(locale, "export.criterion", 18),
                column(locale, "export.subCriterion", 30), column(locale, "export.scale", 8),
                column(locale, "export.memberScores", 40), column(locale, "export.mean", 8),
                column(locale, "export.consensus", 10), column(locale, "export.note", 40),
                column(locale, "export.setBy", 12));
        List<List<Object>> rows = evaluation.consensus().stream().map(line -> Arrays.<Object>asList(line.supplierName(),
                label(locale, "CriterionType.", line.ref().type()), line.ref().title(),
                line.scaleMin() + "–" + line.scaleMax(),
                line.scores().stream().map(s -> s.member() + ": " + s.value()).collect(Collectors.joining("; ")),
                line.mean(), line.value(), line.note(), line.setBy())).toList();
        return new Sheet(sheetName("Konsensus " + evaluation.reference()), columns, rows, false);
    }
}
