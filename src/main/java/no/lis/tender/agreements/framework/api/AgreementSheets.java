package no.lis.tender.agreements.framework.api;

import no.lis.tender.agreements.framework.application.AgreementRows;
import no.lis.tender.shared.domain.Sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static no.lis.tender.shared.api.SheetDownloads.column;
import static no.lis.tender.shared.api.SheetDownloads.label;

/** The agreements as two sheets, with their prices: framework agreements (a row per supplier line), direct agreements. */
final class AgreementSheets {

    private AgreementSheets() {
    }

    static List<Sheet> of(AgreementRows agreements, Locale locale) {
        List<Sheet.Column> framework = List.of(column(locale, "export.tender", 18), column(locale, "export.lot", 8),
                column(locale, "export.lotTitle", 28), column(locale, "export.market", 16),
                column(locale, "export.agreementStatus", 12), column(locale, "export.start", 12),
                column(locale, "export.end", 12), column(locale, "export.rank", 8), column(locale, "export.supplier", 28),
                column(locale, "export.varenummer", 12), column(locale, "export.product", 32),
                column(locale, "export.packPrice", 14));
        List<List<Object>> frameworkRows = new ArrayList<>();
        for (AgreementRows.Framework agreement : agreements.framework()) {
            for (AgreementRows.Line line : agreement.lines()) {
                frameworkRows.add(Arrays.asList(agreement.tenderReference(), agreement.lotNumber(), agreement.lotTitle(),
                        agreement.marketName(), label(locale, "FrameworkAgreementStatus.", agreement.status()),
                        text(agreement.start()), text(agreement.end()), line.supplierRank(), line.supplierName(),
                        line.varenummer(), line.productName(), line.pricePerPack()));
            }
        }
        List<Sheet.Column> direct = List.of(column(locale, "export.nyeMetoderId", 14), column(locale, "export.supplier", 28),
                column(locale, "export.varenummer", 12), column(locale, "export.product", 32),
                column(locale, "export.maximumPrice", 14), column(locale, "export.agreedPrice", 14),
                column(locale, "export.rebatePercent", 10), column(locale, "export.effectivePrice", 14),
                column(locale, "export.start", 12), column(locale, "export.end", 12),
                column(locale, "export.legalGround", 30));
        List<List<Object>> directRows = agreements.direct().stream().map(agreement -> Arrays.<Object>asList(
                agreement.nyeMetoderId(), agreement.supplierName(), agreement.varenummer(), agreement.productName(),
                agreement.maximumPrice(), agreement.agreedPrice(), agreement.rebatePercent(), agreement.effectivePrice(),
                text(agreement.validFrom()), text(agreement.validTo()), agreement.legalGroundProvision())).toList();
        return List.of(new Sheet("Rammeavtaler", framework, frameworkRows, false),
                new Sheet("Direkteavtaler", direct, directRows, false));
    }

    /** A date as ISO text (2026-03-01), which sorts and which every spreadsheet program reads as a date. */
    private static String text(java.time.LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
