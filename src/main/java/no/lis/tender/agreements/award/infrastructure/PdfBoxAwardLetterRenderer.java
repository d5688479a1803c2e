package no.lis.tender.agreements.award.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.agreements.award.domain.AwardLetterContent.Awarded;
import no.lis.tender.agreements.award.domain.AwardLetterContent.LotResult;
import no.lis.tender.agreements.award.domain.AwardLetterContent;
import no.lis.tender.agreements.award.domain.AwardLetterRenderer;
import no.lis.tender.shared.domain.Formats;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.infrastructure.pdf.PdfLayout.Style;
import no.lis.tender.shared.infrastructure.pdf.PdfLayout;
import no.lis.tender.tendering.domain.CriterionType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static no.lis.tender.shared.infrastructure.pdf.PdfLayout.fact;

/**
 * Award letters as PDF, laid out by {@link PdfLayout} in bokmål: per lot and market the supplier's
 * own outcome, and a table of points per criterion for its own offer beside those of the awarded
 * suppliers, which is the reason for the award; then the standstill. Every page carries the tender
 * reference and "Side X av Y". Points print with two decimals, dates as dd.MM.yyyy.
 */
@ApplicationScoped
public class PdfBoxAwardLetterRenderer implements AwardLetterRenderer {

    private static final Formats SHOWN = Formats.BOKMAL;
    private static final float CRITERION_COLUMN = 0.34f;
    /** About the height of a lot's heading, outcome and a table of four criteria, kept on one page. */
    private static final float LOT_HEIGHT = 190;

    @Override
    public byte[] render(AwardLetterContent content) {
        String name = text("agreements.letter.title");
        try (PdfLayout pdf = new PdfLayout()) {
            pdf.paragraph(name, Style.TITLE);
            pdf.paragraph(content.tenderTitle(), Style.SUBTITLE);
            pdf.facts(List.of(
                    fact("agreements.letter.reference", content.tenderReference()),
                    fact("agreements.letter.supplier", content.supplierName()),
                    fact("agreements.letter.date", date(content.issuedOn()))));
            if (content.isRejection()) {
                rejection(pdf, content);
            } else {
                pdf.paragraph(text("agreements.letter.intro", content.tenderReference()), Style.BODY);
            }
            for (LotResult lot : content.lots()) {
                pdf.keepRoom(LOT_HEIGHT);
                lot(pdf, lot);
            }
            pdf.paragraph(text("agreements.letter.standstill"), Style.HEADING);
            pdf.paragraph(text("agreements.letter.standstill.text", content.standstillDays(),
                    date(content.standstillEnd()), date(content.standstillEnd().plusDays(1))), Style.BODY);
            if (!content.isRejection()) {
                pdf.paragraph(text("agreements.letter.pointsNote"), Style.SMALL);
            }
            return pdf.finish(content.tenderReference(), name, name + ": " + content.tenderTitle(),
                    (page, pages) -> text("agreements.letter.page", page, pages));
        }
    }

    /** The rejected supplier's letter: why, that the offer was not evaluated, and who was awarded each market. */
    private static void rejection(PdfLayout pdf, AwardLetterContent content) {
        pdf.paragraph(text("agreements.letter.rejected.intro", content.tenderReference()), Style.BODY);
        pdf.paragraph(text("agreements.letter.rejected"), Style.STRONG);
        pdf.paragraph(text("agreements.letter.rejected.reason", content.rejection().reason()), Style.BODY);
        pdf.paragraph(text("agreements.letter.rejected.awarded"), Style.HEADING);
        for (AwardLetterContent.MarketAwarded market : content.rejection().markets()) {
            pdf.paragraph(market.split()
                    ? text("agreements.letter.lotInMarket", market.lotNumber(), market.lotTitle(), market.marketName())
                    : text("agreements.letter.lot", market.lotNumber(), market.lotTitle()), Style.SUBHEADING);
            pdf.paragraph(text("agreements.letter.awardedTo", String.join(", ", market.awarded())), Style.BODY);
        }
    }

    private static void lot(PdfLayout pdf, LotResult lot) {
        pdf.paragraph(lot.split()
                ? text("agreements.letter.lotInMarket", lot.lotNumber(), lot.lotTitle(), lot.marketName())
                : text("agreements.letter.lot", lot.lotNumber(), lot.lotTitle()), Style.SUBHEADING);
        String outcome;
        if (!lot.isAwardedToSupplier()) {
            outcome = text("agreements.letter.notAwarded", lot.place(), lot.offersRanked());
        } else if (lot.awarded().size() > 1) {
            outcome = text("agreements.letter.awardedRanked", lot.awardRank(), lot.awarded().size());
        } else {
            outcome = text("agreements.letter.awarded");
        }
        pdf.paragraph(outcome, Style.STRONG);
        pdf.paragraph(text("agreements.letter.awardedTo", lot.awarded().stream()
                .map(awarded -> lot.awarded().size() > 1 ? awarded.awardRank() + ". " + awarded.supplierName()
                        : awarded.supplierName())
                .collect(Collectors.joining(", "))), Style.BODY);
        List<Awarded> others = lot.awarded().stream().filter(awarded -> !lot.isAwardedToSupplier()
                || awarded.awardRank() != lot.awardRank()).toList();
        List<String> header = new ArrayList<>();
        header.add(text("agreements.letter.criterion"));
        header.add(text("agreements.letter.yourOffer"));
        others.forEach(awarded -> header.add(text("agreements.letter.awardedColumn", awarded.supplierName())));
        List<List<String>> rows = new ArrayList<>();
        for (CriterionType criterion : lot.criteria()) {
            List<String> row = new ArrayList<>();
            row.add(text("CriterionType." + criterion.name()));
            row.add(points(lot.own().byCriterion().get(criterion)));
            others.forEach(awarded -> row.add(points(awarded.points().byCriterion().get(criterion))));
            rows.add(row);
        }
        List<String> total = new ArrayList<>();
        total.add(text("agreements.letter.total"));
        total.add(points(lot.own().total()));
        others.forEach(awarded -> total.add(points(awarded.points().total())));
        rows.add(total);
        pdf.table(columns(header.size()), header, rows, 0);
    }

    /** The criterion column, then equal shares for the columns of points. */
    private static float[] columns(int count) {
        float[] columns = new float[count];
        columns[0] = CRITERION_COLUMN;
        for (int i = 1; i < count; i++) {
            columns[i] = (1 - CRITERION_COLUMN) / (count - 1);
        }
        return columns;
    }

    /** E.g. "63,25": two decimals with a decimal comma; a criterion without points prints as a dash. */
    private static String points(BigDecimal value) {
        return value == null ? "–" : SHOWN.points(value);
    }

    private static String date(LocalDate date) {
        return SHOWN.date(date);
    }

    private static String text(String key, Object... arguments) {
        return Messages.format(Messages.BOKMAL, key, arguments);
    }
}
