package no.lis.tender.agreements.recommendations.api;

import no.lis.tender.agreements.recommendations.domain.PriceViewer;
import no.lis.tender.shared.domain.Formats;
import no.lis.tender.shared.domain.Sheet;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static no.lis.tender.shared.api.SheetDownloads.column;
import static no.lis.tender.shared.api.SheetDownloads.label;

/** Who has seen the prices of an area's recommendation, as a sheet: no price, only who, how often, when and how. */
final class PriceViewSheets {

    private PriceViewSheets() {
    }

    static Sheet of(List<PriceViewer> viewers, Locale locale) {
        Formats formats = Formats.of(locale);
        List<Sheet.Column> columns = List.of(column(locale, "export.username", 14), column(locale, "export.fullName", 28),
                column(locale, "export.views", 8), column(locale, "export.firstViewed", 20),
                column(locale, "export.lastViewed", 20), column(locale, "export.versionsSeen", 14),
                column(locale, "export.channels", 20));
        List<List<Object>> rows = viewers.stream().map(viewer -> Arrays.<Object>asList(viewer.username(), viewer.fullName(),
                viewer.views(), formats.dateTimeSeconds(viewer.firstViewedAt()), formats.dateTimeSeconds(viewer.lastViewedAt()),
                viewer.versionsSeen().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")),
                viewer.channels().stream().map(channel -> label(locale, "PriceViewChannel.", channel)).sorted()
                        .collect(Collectors.joining(", ")))).toList();
        return new Sheet("Prisinnsyn", columns, rows, false);
    }
}
