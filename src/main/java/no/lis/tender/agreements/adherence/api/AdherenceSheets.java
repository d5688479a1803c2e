package no.lis.tender.agreements.adherence.api;

import no.lis.tender.agreements.adherence.application.AdherenceOverview;
import no.lis.tender.shared.domain.Sheet;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static no.lis.tender.shared.api.SheetDownloads.column;

/** The adherence of a period as two sheets: per hospital trust and area with the savings, and the use placed in no area. */
final class AdherenceSheets {

    private AdherenceSheets() {
    }

    static List<Sheet> of(AdherenceOverview adherence, Locale locale) {
        List<Sheet.Column> columns = List.of(column(locale, "adherence.trust", 28), column(locale, "followUp.area", 24),
                column(locale, "adherence.packs", 12), column(locale, "export.firstChoicePacks", 14),
                column(locale, "adherence.share", 12), column(locale, "adherence.realised", 16),
                column(locale, "adherence.missed", 16));
        List<List<Object>> rows = adherence.rows().stream().map(row -> Arrays.<Object>asList(row.hospitalTrust(),
                row.areaName(), row.packs(), row.firstChoicePacks(), row.firstChoiceShare(), row.realisedSavings(),
                row.missedSavings())).toList();
        List<Sheet.Column> unplacedColumns = List.of(column(locale, "adherence.trust", 28),
                column(locale, "adherence.varenummer", 12), column(locale, "adherence.product", 32),
                column(locale, "adherence.packs", 12));
        List<List<Object>> unplaced = adherence.unplaced().stream().map(use -> Arrays.<Object>asList(use.hospitalTrust(),
                use.varenummer(), use.productName(), use.packs())).toList();
        return List.of(new Sheet("Etterlevelse " + adherence.from(), columns, rows, false),
                new Sheet("Uten anbefaling", unplacedColumns, unplaced, false));
    }
}
