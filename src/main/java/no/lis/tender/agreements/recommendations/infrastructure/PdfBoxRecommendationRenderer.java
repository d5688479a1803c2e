package no.lis.tender.agreements.recommendations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.agreements.recommendations.domain.PriceChange;
import no.lis.tender.agreements.recommendations.domain.PricedRecommendation;
import no.lis.tender.agreements.recommendations.domain.PublicRecommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationChange;
import no.lis.tender.agreements.recommendations.domain.RecommendationRenderer;
import no.lis.tender.agreements.recommendations.domain.RecommendationStatus;
import no.lis.tender.agreements.recommendations.domain.Watermark;
import no.lis.tender.shared.domain.Formats;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.infrastructure.pdf.PdfLayout.Style;
import no.lis.tender.shared.infrastructure.pdf.PdfLayout;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import static no.lis.tender.shared.infrastructure.pdf.PdfLayout.fact;
import static no.lis.tender.shared.infrastructure.pdf.PdfLayout.orDash;

/**
 * The two editions of a LIS recommendation as PDF, in bokmål, laid out by {@link PdfLayout}: per
 * indication (and per market, where its lines rank per region or Nordic market) a table of the drugs
 * by rank, then what changed from the previous version. The
 * edition without prices is built from a {@link PublicRecommendation}, which has no prices to
 * print. The priced edition carries the recipient's name and the time of download (Norwegian time)
 * across and above every page.
 */
@ApplicationScoped
public class PdfBoxRecommendationRenderer implements RecommendationRenderer {

    private static final Formats SHOWN = Formats.BOKMAL;
    private static final float[] PUBLIC_COLUMNS = {0.09f, 0.25f, 0.13f, 0.2f, 0.33f};
    private static final float[] PRICED_COLUMNS = {0.08f, 0.14f, 0.1f, 0.14f, 0.15f, 0.13f, 0.13f, 0.13f};
    private static final float[] CHANGE_COLUMNS = {0.2f, 0.25f, 0.25f, 0.3f};
    private static final float[] PRICE_CHANGE_COLUMNS = {0.25f, 0.25f, 0.25f, 0.25f};

    @Override
    public byte[] publicEdition(PublicRecommendation recommendation) {
        String name = text("recommendations.pdf.public.name");
        String reference = reference(recommendation.therapeuticAreaName(), recommendation.versionNumber());
        return document(name, reference, recommendation.therapeuticAreaName(), null, pdf -> {
            pdf.facts(facts(recommendation.versionNumber(), recommendation.status(), recommendation.validFrom(),
                    recommendation.validTo(), recommendation.publishedAt(), reason(recommendation.changeReason(),
                            recommendation.changeNote())));
            pdf.paragraph(text("recommendations.pdf.public.intro"), Style.BODY);
            for (PublicRecommendation.Indication indication : recommendation.indications()) {
                perMarket(indication.indication(), indication.lines(), PublicRecommendation.Line::market)
                        .forEach((heading, lines) -> {
                            pdf.paragraph(heading, Style.SUBHEADING);
                            pdf.table(PUBLIC_COLUMNS, List.of(text("recommendations.pdf.rank"),
                                    text("recommendations.pdf.drug"), text("recommendations.pdf.varenummer"),
                                    text("recommendations.pdf.supplier"), text("recommendations.pdf.comment")),
                                    lines.stream().map(line -> List.of(rank(line.rank()), line.productName(),
                                            line.varenummer().value(), line.supplierName(),
                                            orDash(line.comment()))).toList(), 0);
                        });
            }
            changes(pdf, recommendation.versionNumber(), recommendation.changes());
        });
    }

    @Override
    public byte[] pricedEdition(PricedRecommendation recommendation, Watermark watermark) {
        Objects.requireNonNull(watermark, "a priced edition is always watermarked");
        String name = text("recommendations.pdf.priced.name");
        String reference = reference(recommendation.therapeuticAreaName(), recommendation.versionNumber());
        String mark = text("recommendations.pdf.watermark", watermark.recipient(),
                SHOWN.dateTime(watermark.downloadedAt()));
        return document(name, reference, recommendation.therapeuticAreaName(), mark, pdf -> {
            pdf.facts(facts(recommendation.versionNumber(), recommendation.status(), recommendation.validFrom(),
                    recommendation.validTo(), recommendation.publishedAt(), reason(recommendation.changeReason(),
                            recommendation.changeNote())));
            pdf.paragraph(text("recommendations.pdf.priced.confidential"), Style.STRONG);
            pdf.paragraph(text("recommendations.pdf.priced.intro"), Style.BODY);
            for (PricedRecommendation.Indication indication : recommendation.indications()) {
                perMarket(indication.indication(), indication.lines(), PricedRecommendation.Line::market)
                        .forEach((heading, lines) -> {
                            pdf.paragraph(heading, Style.SUBHEADING);
                            pdf.table(PRICED_COLUMNS, List.of(text("recommendations.pdf.rank"),
                                    text("recommendations.pdf.drug"), text("recommendations.pdf.varenummer.short"),
                                    text("recommendations.pdf.supplier"), text("recommendations.pdf.comment"),
                                    text("recommendations.pdf.pricePerPack"), text("recommendations.pdf.pricePerDdd"),
                                    text("recommendations.pdf.pricePerPeriod")),
                                    lines.stream().map(line -> List.of(rank(line.rank()), line.productName(),
                                            line.varenummer().value(), line.supplierName(), orDash(line.comment()),
                                            kroner(line.pricePerPack()), kronerPerDdd(line.pricePerDdd()),
                                            period(line.pricePerTreatmentPeriod(), line.treatmentPeriodDays())))
                                            .toList(), 0);
                        });
            }
            changes(pdf, recommendation.versionNumber(), recommendation.changes());
            if (!recommendation.priceChanges().isEmpty()) {
                pdf.paragraph(text("recommendations.pdf.priceChanges"), Style.HEADING);
                pdf.table(PRICE_CHANGE_COLUMNS, List.of(text("recommendations.pdf.indication"),
                        text("recommendations.pdf.drug"), text("recommendations.pdf.pricePerPack.before"),
                        text("recommendations.pdf.pricePerPack.after")),
                        recommendation.priceChanges().stream().map(PdfBoxRecommendationRenderer::priceChange).toList(), 0);
            }
        });
    }

    private static byte[] document(String name, String reference, String areaName, String watermark,
                                   Consumer<PdfLayout> body) {
        try (PdfLayout pdf = new PdfLayout()) {
            pdf.paragraph(name, Style.TITLE);
            pdf.paragraph(areaName, Style.SUBTITLE);
            body.accept(pdf);
            return pdf.finish(reference, name, name + ": " + areaName,
                    (page, pages) -> text("recommendations.pdf.page", page, pages), watermark);
        }
    }

    /**
     * The lines of an indication grouped by the market they rank in, each group under its heading: the
     * indication alone where every line is for all of Norway, otherwise the indication and the market
     * ("Revmatoid artritt – Helse Vest"; lines without a market under "hele Norge"), since a rank only
     * means something within its market. Markets in the order their first line comes.
     */
    private static <L> Map<String, List<L>> perMarket(String indication, List<L> lines, Function<L, String> market) {
        Map<String, List<L>> groups = new LinkedHashMap<>();
        boolean split = lines.stream().map(market).anyMatch(Objects::nonNull);
        for (L line : lines) {
            String heading = !split ? indication : text("recommendations.pdf.indicationInMarket", indication,
                    market.apply(line) == null ? text("recommendations.pdf.market.all")
                            : text("recommendations.market." + market.apply(line)));
            groups.computeIfAbsent(heading, h -> new ArrayList<>()).add(line);
        }
        return groups;
    }

    private static List<String[]> facts(int versionNumber, RecommendationStatus status, LocalDate validFrom,
                                        LocalDate validTo, Instant publishedAt, String reason) {
        List<String[]> facts = new ArrayList<>();
        facts.add(fact("recommendations.pdf.version", String.valueOf(versionNumber)));
        facts.add(fact("recommendations.pdf.status", text("recommendations.pdf.status." + status.name())));
        facts.add(fact("recommendations.pdf.validity",
                text("recommendations.pdf.validity.value", SHOWN.date(validFrom), SHOWN.date(validTo))));
        if (publishedAt != null) {
            facts.add(fact("recommendations.pdf.publishedAt", SHOWN.dateTime(publishedAt)));
        }
        if (reason != null) {
            facts.add(fact("recommendations.pdf.changeReason", reason));
        }
        return facts;
    }

    private static String reason(Enum<?> reason, String note) {
        if (reason == null) {
            return null;
        }
        String label = text("ChangeReason." + reason.name());
        return note == null ? label : label + ": " + note;
    }

    private static void changes(PdfLayout pdf, int versionNumber, List<RecommendationChange> changes) {
        pdf.paragraph(text("recommendations.pdf.changes"), Style.HEADING);
        if (versionNumber == 1) {
            pdf.paragraph(text("recommendations.pdf.changes.first"), Style.BODY);
            return;
        }
        if (changes.isEmpty()) {
            pdf.paragraph(text("recommendations.pdf.changes.none"), Style.BODY);
            return;
        }
        pdf.table(CHANGE_COLUMNS, List.of(text("recommendations.pdf.change"), text("recommendations.pdf.indication"),
                text("recommendations.pdf.drug"), text("recommendations.pdf.detail")),
                changes.stream().map(change -> List.of(text("ChangeKind." + change.kind().name()), change.indication(),
                        change.productName() + " (" + change.varenummer().value() + ")", detail(change))).toList(), 0);
    }

    private static String detail(RecommendationChange change) {
        return switch (change.kind()) {
            case ADDED -> rank(change.rankAfter());
            case REMOVED -> text("recommendations.pdf.detail.was", rank(change.rankBefore()));
            case MOVED -> text("recommendations.pdf.detail.moved", rank(change.rankBefore()), rank(change.rankAfter()));
            case COMMENT_CHANGED -> text("recommendations.pdf.detail.comment", orDash(change.commentBefore()),
                    orDash(change.commentAfter()));
        };
    }

    private static List<String> priceChange(PriceChange change) {
        return List.of(change.indication(), change.productName() + " (" + change.varenummer().value() + ")",
                kroner(change.pricePerPackBefore()), kroner(change.pricePerPackAfter()));
    }

    private static String reference(String areaName, int versionNumber) {
        return text("recommendations.pdf.reference", areaName, versionNumber);
    }

    private static String rank(Integer rank) {
        return rank == null ? "–" : text("recommendations.pdf.rank.value", rank);
    }

    private static String period(BigDecimal price, Integer days) {
        return price == null ? "–" : text("recommendations.pdf.perPeriod.value", kroner(price), days);
    }

    /** E.g. "8 390,00 kr"; a dash for none. */
    private static String kroner(BigDecimal amount) {
        return amount == null ? "–" : SHOWN.kroner(amount);
    }

    /** E.g. "263,9397 kr"; a dash for none. */
    private static String kronerPerDdd(BigDecimal price) {
        return price == null ? "–" : SHOWN.kronerPerDdd(price);
    }

    private static String text(String key, Object... arguments) {
        return Messages.format(Messages.BOKMAL, key, arguments);
    }
}
