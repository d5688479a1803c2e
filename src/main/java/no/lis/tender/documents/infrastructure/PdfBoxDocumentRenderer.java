package no.lis.tender.documents.infrastructure;

import no.lis.tender.shared.infrastructure.pdf.PdfLayout;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.documents.domain.AnsweredQuestion;
import no.lis.tender.documents.domain.CriterionSection;
import no.lis.tender.shared.domain.Formats;
import no.lis.tender.documents.domain.DocumentKind;
import no.lis.tender.documents.domain.DocumentRenderer;
import no.lis.tender.documents.domain.InvitationContent;
import no.lis.tender.documents.domain.LotSection;
import no.lis.tender.documents.domain.PriceFormContent;
import no.lis.tender.documents.domain.QuestionsAndAnswersContent;
import no.lis.tender.documents.domain.ReceiptContent;
import no.lis.tender.documents.domain.SubCriterionLine;
import no.lis.tender.documents.domain.SubstanceLine;
import no.lis.tender.shared.infrastructure.pdf.PdfLayout.Style;
import no.lis.tender.shared.domain.Messages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static no.lis.tender.shared.infrastructure.pdf.PdfLayout.fact;
import static no.lis.tender.shared.infrastructure.pdf.PdfLayout.orDash;

/**
 * The tender documents as PDF, laid out by {@link PdfLayout} in bokmål: every page carries the
 * tender reference and "Side X av Y". Instants print in Norwegian time.
 */
@ApplicationScoped
public class PdfBoxDocumentRenderer implements DocumentRenderer {

    private static final float[] WEIGHT_COLUMNS = {0.7f, 0.3f};
    private static final float[] SUB_CRITERION_COLUMNS = {0.3f, 0.55f, 0.15f};
    private static final float[] PRICE_COLUMNS = {0.17f, 0.33f, 0.22f, 0.28f};
    private static final int PRICE_LINES_PER_LOT = 4;
    private static final float PRICE_LINE_HEIGHT = 24;
    /** About the height of a lot's heading and facts, which are kept on one page. */
    private static final float LOT_HEIGHT = 160;
    /** About the height of a lot's heading, facts and lines for prices on the price form, kept on one page. */
    private static final float PRICED_LOT_HEIGHT = LOT_HEIGHT + 40 + PRICE_LINES_PER_LOT * PRICE_LINE_HEIGHT;

    @Override
    public byte[] invitation(InvitationContent content) {
        return tenderDocument(DocumentKind.INVITATION, content.reference(), content.title(), List.of(
                fact("documents.pdf.marketPhase", content.marketPhase()),
                fact("documents.pdf.instrument", content.instrument()),
                fact("documents.pdf.lotCount", String.valueOf(content.lots().size()))),
                "documents.pdf.invitation.intro", pdf -> {
                    pdf.paragraph(text("documents.pdf.lots"), Style.HEADING);
                    for (LotSection lot : content.lots()) {
                        pdf.keepRoom(LOT_HEIGHT);
                        lot(pdf, lot);
                    }
                    criteria(pdf, content.criteria());
                    if (content.environmentJustification() != null) {
                        pdf.paragraph(text("documents.pdf.environmentJustification"), Style.SUBHEADING);
                        pdf.paragraph(content.environmentJustification(), Style.BODY);
                    }
                    if (!content.qualificationRequirements().isEmpty()) {
                        pdf.paragraph(text("documents.pdf.qualification"), Style.HEADING);
                        pdf.paragraph(text("documents.pdf.qualification.espd"), Style.BODY);
                        pdf.facts(content.qualificationRequirements().stream()
                                .map(row -> new String[] {row.label(), row.value()}).toList());
                    }
                    pdf.paragraph(text("documents.pdf.timeline"), Style.HEADING);
                    pdf.paragraph(text("documents.pdf.osloNote"), Style.BODY);
                    pdf.facts(content.timeline().stream().map(row -> new String[] {row.label(), row.value()}).toList());
                    if (!content.timeLimitJustifications().isEmpty()) {
                        pdf.paragraph(text("documents.pdf.timeLimitJustifications"), Style.SUBHEADING);
                        pdf.facts(content.timeLimitJustifications().stream()
                                .map(row -> new String[] {row.label(), row.value()}).toList());
                    }
                    pdf.paragraph(text("documents.pdf.howToSubmit"), Style.HEADING);
                    pdf.paragraph(content.howToSubmit(), Style.BODY);
                    pdf.paragraph(text("documents.pdf.contact"), Style.HEADING);
                    pdf.paragraph(content.contact(), Style.BODY);
                });
    }

    @Override
    public byte[] priceForm(PriceFormContent content) {
        List<List<String>> emptyLines = Collections.nCopies(PRICE_LINES_PER_LOT, List.of("", "", "", ""));
        return tenderDocument(DocumentKind.PRICE_FORM, content.reference(), content.title(), List.of(
                fact("documents.pdf.deadline", Formats.BOKMAL.dateTime(content.submissionDeadline())),
                fact("documents.pdf.supplier", ""),
                fact("documents.pdf.organisationNumber", "")),
                "documents.pdf.priceForm.intro", pdf -> {
                    for (LotSection lot : content.lots()) {
                        pdf.keepRoom(PRICED_LOT_HEIGHT);
                        lot(pdf, lot);
                        pdf.table(PRICE_COLUMNS, List.of(text("documents.pdf.varenummer"),
                                text("documents.pdf.productName"), text("documents.pdf.pack"),
                                text("documents.pdf.unitPrice")), emptyLines, PRICE_LINE_HEIGHT);
                    }
                });
    }

    @Override
    public byte[] questionsAndAnswers(QuestionsAndAnswersContent content) {
        return tenderDocument(DocumentKind.QUESTIONS_AND_ANSWERS, content.reference(), content.title(), List.<String[]>of(
                fact("documents.pdf.questionsAndAnswers.generatedAt", Formats.BOKMAL.dateTime(content.generatedAt()))),
                "documents.pdf.questionsAndAnswers.intro", pdf -> {
                    if (content.questions().isEmpty()) {
                        pdf.paragraph(text("documents.pdf.questionsAndAnswers.none"), Style.BODY);
                    }
                    for (AnsweredQuestion question : content.questions()) {
                        pdf.paragraph(text("documents.pdf.question", question.number()), Style.SUBHEADING);
                        pdf.paragraph(text("documents.pdf.question.askedAt", Formats.BOKMAL.dateTime(question.askedAt())),
                                Style.SMALL);
                        pdf.paragraph(question.question(), Style.BODY);
                        pdf.paragraph(text("documents.pdf.answer", Formats.BOKMAL.dateTime(question.answeredAt())),
                                Style.STRONG);
                        pdf.paragraph(question.answer(), Style.BODY);
                    }
                    pdf.paragraph(text("documents.pdf.osloNote"), Style.SMALL);
                });
    }

    @Override
    public byte[] receipt(ReceiptContent content) {
        return document(text("documents.pdf.receipt.heading"), content.reference(), content.title(), pdf -> {
            pdf.paragraph(text("documents.pdf.receipt.intro"), Style.BODY);
            pdf.facts(List.of(
                    fact("documents.pdf.reference", content.reference()),
                    fact("documents.pdf.tenderTitle", content.title()),
                    fact("documents.pdf.supplier", content.supplierName()),
                    fact("documents.pdf.organisationNumber", content.organisationNumber()),
                    fact("documents.pdf.receipt.offer", String.valueOf(content.offerId())),
                    fact("documents.pdf.receipt.submission", String.valueOf(content.submissionNumber())),
                    fact("documents.pdf.receipt.lots", String.join("\n", content.lotsOffered())),
                    fact("documents.pdf.receipt.receivedAt",
                            text("documents.pdf.receipt.receivedAt.value", Formats.BOKMAL.dateTimeSeconds(content.receivedAt())))));
            pdf.paragraph(text("documents.pdf.receipt.digest"), Style.STRONG);
            pdf.paragraph(content.sha256(), Style.BODY);
            pdf.paragraph(text("documents.pdf.receipt.sealed"), Style.BODY);
        });
    }

    /**
     * A tender document of {@code kind}: its name (in bokmål, then in English), the tender's title, the reference and then
     * {@code facts}, the introduction {@code introKey}, and what {@code body} lays out.
     */
    private static byte[] tenderDocument(DocumentKind kind, String reference, String tenderTitle, List<String[]> facts,
                                         String introKey, Consumer<PdfLayout> body) {
        return document(text("DocumentKind." + kind.name()), reference, tenderTitle, pdf -> {
            // suppliers abroad read the tender documents too: the document's name in English, marked as English
            pdf.paragraph(Messages.format(Locale.ENGLISH, "DocumentKind." + kind.name()), Style.SUBTITLE, Locale.ENGLISH);
            pdf.paragraph(tenderTitle, Style.SUBTITLE);
            List<String[]> withReference = new ArrayList<>();
            withReference.add(fact("documents.pdf.reference", reference));
            withReference.addAll(facts);
            pdf.facts(withReference);
            pdf.paragraph(text(introKey), Style.BODY);
            body.accept(pdf);
        });
    }

    /** A PDF headed {@code name}, laid out by {@code body}, with the reference and "Side X av Y" on every page. */
    private static byte[] document(String name, String reference, String tenderTitle, Consumer<PdfLayout> body) {
        try (PdfLayout pdf = new PdfLayout()) {
            pdf.paragraph(name, Style.TITLE);
            body.accept(pdf);
            return pdf.finish(reference, name, name + ": " + tenderTitle,
                    (page, pages) -> text("documents.pdf.page", page, pages));
        }
    }

    private static void criteria(PdfLayout pdf, List<CriterionSection> criteria) {
        pdf.paragraph(text("documents.pdf.criteria"), Style.HEADING);
        pdf.paragraph(text("documents.pdf.criteria.intro"), Style.BODY);
        pdf.table(WEIGHT_COLUMNS, List.of(text("documents.pdf.criterion"), text("documents.pdf.weight")),
                criteria.stream().map(c -> List.of(c.type(), Formats.BOKMAL.percent(c.weight()))).toList(), 0);
        for (CriterionSection criterion : criteria) {
            pdf.paragraph(text("documents.pdf.criterion.heading", criterion.type(), criterion.weight()),
                    Style.SUBHEADING);
            if (criterion.isPrice()) {
                pdf.facts(List.of(fact("documents.pdf.priceFormula", criterion.priceFormula()),
                        fact("documents.pdf.maxPoints", String.valueOf(criterion.maxPoints()))));
            } else {
                pdf.table(SUB_CRITERION_COLUMNS, List.of(text("documents.pdf.subCriterion"),
                        text("documents.pdf.description"), text("documents.pdf.scale")),
                        criterion.subCriteria().stream().map(PdfBoxDocumentRenderer::subCriterion).toList(), 0);
            }
        }
    }

    private static List<String> subCriterion(SubCriterionLine line) {
        return List.of(line.title(), orDash(line.description()),
                text("documents.pdf.scale.range", line.scaleMin(), line.scaleMax()));
    }

    /** A lot's heading and what it asks for, the same in the invitation and the price form. */
    private static void lot(PdfLayout pdf, LotSection lot) {
        pdf.paragraph(text("documents.pdf.lot", lot.number(), lot.title()), Style.SUBHEADING);
        List<String[]> facts = new ArrayList<>();
        if (lot.indication() != null) {
            facts.add(fact("documents.pdf.indication", lot.indication()));
        }
        facts.add(fact("documents.pdf.substances",
                lot.substances().stream().map(PdfBoxDocumentRenderer::substance).collect(Collectors.joining("\n"))));
        facts.add(fact("documents.pdf.volume", volume(lot)));
        facts.add(fact("documents.pdf.comparisonBasis", lot.comparisonBasis()));
        facts.add(fact("documents.pdf.markets", String.join(", ", lot.markets())));
        pdf.facts(facts);
    }

    /** E.g. "L04AB04 adalimumab, DDD 2,9 mg P"; the code alone for a substance the catalogue does not know. */
    private static String substance(SubstanceLine line) {
        return line.name() == null ? line.atcCode()
                : text("documents.pdf.substance", line.atcCode(), line.name(), line.ddd());
    }

    private static String volume(LotSection lot) {
        return Formats.BOKMAL.number(lot.estimatedAnnualVolume()) + " " + lot.volumeUnit();
    }

    private static String text(String key, Object... arguments) {
        return Messages.format(Messages.BOKMAL, key, arguments);
    }
}
