package no.lis.tender.shared.infrastructure.pdf;

import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.domain.Validation;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Lays text out on A4 pages with PDFBox: headings, wrapped paragraphs and tables whose cells wrap,
 * breaking pages where the text runs out of room (a table repeats its header row on the next page).
 * When the content is done, {@link #finish} stamps every page with a header (the tender reference
 * and the document's name) and a footer with the page number out of the page count, which is
 * known only then; a watermark may be added to every page as well. Text is set in DejaVu Sans, shipped with the application and embedded as a
 * subset, so that Norwegian letters print; a character the font lacks prints as "?".
 *
 * <p>The PDF is tagged for PDF/UA-1 through {@link PdfTags}: the title is a heading of level 1, a
 * {@link Style#HEADING} one of level 2 and a {@link Style#SUBHEADING} one of level 3 (or 2 where it falls
 * directly under the title), other paragraphs are {@code P}, tables and facts are tables whose header cells
 * head their column (a table's header row) or their row (a fact's label). The running header and
 * footer, the watermark, the rules and shading, and a header row repeated on a following page are
 * artifacts.
 */
public final class PdfLayout implements AutoCloseable {

    /** How a paragraph looks: bold or not, its size and the room before it. */
    public enum Style {
        TITLE(true, 18, 0),
        SUBTITLE(false, 13, 2),
        HEADING(true, 13, 16),
        SUBHEADING(true, 11, 10),
        BODY(false, 10, 5),
        STRONG(true, 10, 5),
        SMALL(false, 8.5f, 3);

        private final boolean bold;
        private final float size;
        private final float spaceBefore;

        /** The heading level of this style, or 0 for a paragraph. */
        private int headingLevel() {
            return switch (this) {
                case TITLE -> 1;
                case HEADING -> 2;
                case SUBHEADING -> 3;
                default -> 0;
            };
        }

        Style(boolean bold, float size, float spaceBefore) {
            this.bold = bold;
            this.size = size;
            this.spaceBefore = spaceBefore;
        }

        private boolean keepsWithNext() {
            return this == HEADING || this == SUBHEADING;
        }
    }

    private static final String AUTHOR = "LIS Anbud";
    private static final String FONTS = "/no/lis/tender/shared/fonts/";
    private static final byte[] REGULAR_FONT = font("DejaVuSans.ttf");
    private static final byte[] BOLD_FONT = font("DejaVuSans-Bold.ttf");

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float TOP = PAGE.getHeight() - 78;
    private static final float BOTTOM = 62;
    private static final float HEADER_BASELINE = PAGE.getHeight() - 42;
    private static final float FOOTER_BASELINE = 32;
    private static final float STAMP_SIZE = 8.5f;
    private static final float WATERMARK_SIZE = 40;
    private static final float WATERMARK_GREY = 0.55f;
    private static final float WATERMARK_ALPHA = 0.3f;
    private static final float WATERMARK_BASELINE = PAGE.getHeight() - 24;
    private static final float LEADING = 1.35f;
    private static final float TABLE_SIZE = 9;
    private static final float CELL_PADDING = 4;
    private static final float RULE = 0.5f;
    private static final float HEADER_SHADE = 0.88f;
    private static final float LABEL_SHADE = 0.95f;
    /** A heading keeps at least this many lines of what follows on its page. */
    private static final int LINES_KEPT_WITH_HEADING = 4;
    /** A table row is split over two pages only if at least this many of its lines fit on the first. */
    private static final int LINES_BEFORE_ROW_BREAK = 4;

    private final PDDocument document = new PDDocument();
    private final PdfTags tags = new PdfTags(document);
    private final PDFont regular;
    private final PDFont bold;
    /** Whether each font has a glyph for a code point, as found out. */
    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private PDPage page;
    private PDPageContentStream content;
    private float y;

    public PdfLayout() {
        regular = load(REGULAR_FONT);
        bold = load(BOLD_FONT);
        newPage();
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfLayout.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is not shipped with the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDFont load(byte[] font) {
        try {
            return PDType0Font.load(document, new ByteArrayInputStream(font));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One or more lines of {@code text} in {@code style}, wrapped to the page width; a line break in the text is kept. */
    public void paragraph(String text, Style style) {
        paragraph(text, style, null);
    }

    /**
     * As {@link #paragraph(String, Style)}, for text in {@code language} where it is not the document's
     * bokmål (an English name of the document), so that a screen reader reads it in that language; a
     * heading style keeps its heading level, and the language applies to a paragraph only.
     */
    public void paragraph(String text, Style style, Locale language) {
        PDFont font = style.bold ? bold : regular;
        float leading = style.size * LEADING;
        List<String> lines = wrap(text, font, style.size, WIDTH);
        if (y < TOP) {
            y -= style.spaceBefore;
        }
        if (style.keepsWithNext()) {
            keepRoom(lines.size() * leading + LINES_KEPT_WITH_HEADING * Style.BODY.size * LEADING);
        }
        PDStructureElement element = style.headingLevel() > 0 ? tags.heading(style.headingLevel())
                : language == null ? tags.element(StandardStructureTypes.P)
                : tags.element(StandardStructureTypes.P, language);
        int from = 0;
        while (from < lines.size()) {
            keepRoom(leading);
            int to = from + Math.max(1, Math.min(lines.size() - from, (int) Math.floor((y - BOTTOM) / leading)));
            List<String> onThisPage = lines.subList(from, to);
            tagged(element, () -> {
                for (String line : onThisPage) {
                    write(content, line, font, style.size, MARGIN, y - style.size);
                    y -= leading;
                }
            });
            from = to;
        }
    }

    /**
     * A pair for {@link #facts}: the bundle's bokmål text of {@code labelKey} (the PDFs are in bokmål) beside
     * {@code value}, an empty cell for none.
     */
    public static String[] fact(String labelKey, String value) {
        return new String[] {Messages.format(Messages.BOKMAL, labelKey), value == null ? "" : value};
    }

    /** {@code text} for a cell, or a dash where there is none (null or blank), so that no cell looks forgotten. */
    public static String orDash(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }

    /** Label and value pairs in two columns, the labels shaded and bold. */
    public void facts(List<String[]> pairs) {
        float[] columns = {0.32f, 0.68f};
        PDStructureElement table = tags.element(StandardStructureTypes.TABLE);
        for (String[] pair : pairs) {
            row(new Row(columns, List.of(pair), true, 0), null, table);
        }
        y -= Style.BODY.size * 0.6f;
    }

    /**
     * A table with a shaded header row, repeated on each page the table runs onto; a row is at
     * least {@code minRowHeight} points high (room to write by hand in an empty row).
     *
     * @param columns the share of the page width each column takes, summing to 1
     */
    public void table(float[] columns, List<String> header, List<List<String>> rows, float minRowHeight) {
        Row headerRow = new Row(columns, header, false, 0).shaded();
        if (y < TOP) {
            y -= Style.BODY.size * 0.4f;
        }
        keepRoom((LINES_BEFORE_ROW_BREAK + 2) * TABLE_SIZE * LEADING + 4 * CELL_PADDING);
        PDStructureElement table = tags.element(StandardStructureTypes.TABLE);
        // the header row in THead, the others in TBody: a reader can tell the header from the data
        row(headerRow, null, tags.element(StandardStructureTypes.T_HEAD, table));
        PDStructureElement body = tags.element(StandardStructureTypes.T_BODY, table);
        for (List<String> cells : rows) {
            row(new Row(columns, cells, false, minRowHeight), headerRow, body);
        }
        y -= Style.BODY.size * 0.6f;
    }

    /**
     * Finishes the document: stamps every page with {@code reference} and {@code documentName} at
     * the top and {@code pageOfPages} (page number, page count) at the bottom, sets its title,
     * author and language (bokmål) and returns it as PDF.
     */
    public byte[] finish(String reference, String documentName, String title, BiFunction<Integer, Integer, String> pageOfPages) {
        return finish(reference, documentName, title, pageOfPages, null);
    }

    /**
     * As {@link #finish(String, String, String, BiFunction)}, and marks every page visibly with
     * {@code watermark} (e.g. who the copy was given to and when): in large light grey letters
     * across the page, diagonally over the content, and once more in small print above the header,
     * where it reads as ordinary text. A {@code null} or blank watermark marks nothing.
     */
    public byte[] finish(String reference, String documentName, String title, BiFunction<Integer, Integer, String> pageOfPages,
                         String watermark) {
        try {
            content.close();
            int count = document.getNumberOfPages();
            for (int number = 1; number <= count; number++) {
                PDPage stamped = document.getPage(number - 1);
                String pageNumber = pageOfPages.apply(number, count);
                try (PDPageContentStream stamp = new PDPageContentStream(document, stamped, AppendMode.APPEND, true, true)) {
                    tags.artifact(stamp, PdfTags.Artifact.HEADER, () -> {
                        write(stamp, line(reference, bold, STAMP_SIZE), bold, STAMP_SIZE, MARGIN, HEADER_BASELINE);
                        writeRight(stamp, line(documentName, regular, STAMP_SIZE), regular, HEADER_BASELINE);
                        rule(stamp, HEADER_BASELINE - 6);
                    });
                    tags.artifact(stamp, PdfTags.Artifact.FOOTER, () -> {
                        rule(stamp, FOOTER_BASELINE + 12);
                        write(stamp, AUTHOR, regular, STAMP_SIZE, MARGIN, FOOTER_BASELINE);
                        writeRight(stamp, pageNumber, regular, FOOTER_BASELINE);
                    });
                    if (watermark != null && !watermark.isBlank()) {
                        tags.artifact(stamp, PdfTags.Artifact.WATERMARK,
                                () -> watermark(stamp, printable(watermark.strip().replace('\n', ' '), bold)));
                    }
                }
            }
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(title);
            information.setSubject(documentName + " " + reference);
            information.setAuthor(AUTHOR);
            information.setCreator(AUTHOR);
            tags.finish(title, documentName + " " + reference, AUTHOR);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code text} diagonally across the page, centred, light grey and half transparent, as large as
     * fits (at most {@value #WATERMARK_SIZE} points); and in small print, centred above the header.
     */
    private void watermark(PDPageContentStream stamp, String text) throws IOException {
        float diagonal = (float) Math.hypot(PAGE.getWidth(), PAGE.getHeight()) * 0.7f;
        float size = Math.min(WATERMARK_SIZE, diagonal / Math.max(1, width(text, bold, 1)));
        PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
        translucent.setNonStrokingAlphaConstant(WATERMARK_ALPHA);
        stamp.saveGraphicsState();
        stamp.setGraphicsStateParameters(translucent);
        stamp.setNonStrokingColor(WATERMARK_GREY);
        double angle = Math.atan2(PAGE.getHeight(), PAGE.getWidth());
        float textWidth = width(text, bold, size);
        float x = PAGE.getWidth() / 2 - (float) (Math.cos(angle) * textWidth / 2 - Math.sin(angle) * size / 3);
        float y = PAGE.getHeight() / 2 - (float) (Math.sin(angle) * textWidth / 2 + Math.cos(angle) * size / 3);
        stamp.beginText();
        stamp.setFont(bold, size);
        stamp.setTextMatrix(Matrix.getRotateInstance(angle, x, y));
        stamp.showText(text);
        stamp.endText();
        stamp.restoreGraphicsState();
        String line = wrap(text, regular, STAMP_SIZE, WIDTH).get(0);
        write(stamp, line, regular, STAMP_SIZE, (PAGE.getWidth() - width(line, regular, STAMP_SIZE)) / 2,
                WATERMARK_BASELINE);
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One table row: a text per column, the first column as a label or the whole row shaded. */
    private record Row(float[] columns, List<String> cells, boolean labelled, float minHeight, boolean shade) {

        Row(float[] columns, List<String> cells, boolean labelled, float minHeight) {
            this(columns, cells, labelled, minHeight, false);
        }

        Row shaded() {
            return new Row(columns, cells, labelled, minHeight, true);
        }

        boolean bold(int column) {
            return shade || labelled && column == 0;
        }

        /** The grey a cell is filled with, or null for none. */
        Float fill(int column) {
            if (shade) {
                return HEADER_SHADE;
            }
            return labelled && column == 0 ? Float.valueOf(LABEL_SHADE) : null;
        }
    }

    /**
     * Draws {@code row} as a row of {@code table} (a table, or its THead or TBody) (or, where that is null, as an artifact: a header row
     * repeated); where it does not fit it goes to a new page, or, if it is long, is split there. On
     * each new page {@code header} (if any) is drawn again first.
     */
    private void row(Row row, Row header, PDStructureElement table) {
        List<PDStructureElement> cells = table == null ? null : cells(row, tags.element(StandardStructureTypes.TR, table));
        float leading = TABLE_SIZE * LEADING;
        List<List<String>> lines = new ArrayList<>();
        int height = 1;
        for (int column = 0; column < row.columns().length; column++) {
            List<String> wrapped = wrap(row.cells().get(column), row.bold(column) ? bold : regular, TABLE_SIZE,
                    row.columns()[column] * WIDTH - 2 * CELL_PADDING);
            lines.add(wrapped);
            height = Math.max(height, wrapped.size());
        }
        int from = 0;
        while (from < height) {
            int rest = height - from;
            int count = Math.min(rest, (int) Math.floor((y - BOTTOM - 2 * CELL_PADDING) / leading));
            float rowHeight = count * leading + 2 * CELL_PADDING;
            if (count == rest && from == 0) {
                rowHeight = Math.max(rowHeight, row.minHeight());
            }
            if (count < Math.min(rest, LINES_BEFORE_ROW_BREAK) || y - rowHeight < BOTTOM) {
                newPage(header);
                continue;
            }
            drawCells(row, lines, from, count, rowHeight, cells);
            y -= rowHeight;
            from += count;
            if (from < height) {
                newPage(header);
            }
        }
    }

    /** The structure elements of the cells of {@code row} in {@code tr}: header cells for its header cells, data cells for the rest. */
    private List<PDStructureElement> cells(Row row, PDStructureElement tr) {
        List<PDStructureElement> cells = new ArrayList<>();
        for (int column = 0; column < row.columns().length; column++) {
            cells.add(row.shade() ? tags.headerCell(tr, false)
                    : row.labelled() && column == 0 ? tags.headerCell(tr, true)
                    : tags.element(StandardStructureTypes.TD, tr));
        }
        return cells;
    }

    /**
     * Draws lines {@code from} to {@code from + count} of the cells of {@code row}, tagged as
     * {@code cells} or, if null, as an artifact; the cells' shading and borders are one artifact.
     */
    private void drawCells(Row row, List<List<String>> lines, int from, int count, float rowHeight,
                           List<PDStructureElement> cells) {
        artifact(PdfTags.Artifact.LAYOUT, () -> {
            float x = MARGIN;
            for (int column = 0; column < row.columns().length; column++) {
                float width = row.columns()[column] * WIDTH;
                Float fill = row.fill(column);
                if (fill != null) {
                    content.setNonStrokingColor(fill);
                    content.addRect(x, y - rowHeight, width, rowHeight);
                    content.fill();
                    content.setNonStrokingColor(0f);
                }
                content.setLineWidth(RULE);
                content.addRect(x, y - rowHeight, width, rowHeight);
                content.stroke();
                x += width;
            }
        });
        float x = MARGIN;
        for (int column = 0; column < row.columns().length; column++) {
            float left = x;
            PDFont font = row.bold(column) ? bold : regular;
            List<String> cell = lines.get(column);
            if (from < cell.size()) {
                PdfTags.Drawing text = () -> {
                    for (int i = from; i < Math.min(from + count, cell.size()); i++) {
                        write(content, cell.get(i), font, TABLE_SIZE, left + CELL_PADDING,
                                y - CELL_PADDING - TABLE_SIZE - (i - from) * TABLE_SIZE * LEADING);
                    }
                };
                if (cells == null) {
                    artifact(PdfTags.Artifact.REPEATED, text);
                } else {
                    tagged(cells.get(column), text);
                }
            }
            x += row.columns()[column] * WIDTH;
        }
    }

    /** Draws on this page as content of {@code element}. */
    private void tagged(PDStructureElement element, PdfTags.Drawing drawing) {
        try {
            tags.tagged(content, page, element, drawing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws on this page as an artifact of {@code kind}. */
    private void artifact(PdfTags.Artifact kind, PdfTags.Drawing drawing) {
        try {
            tags.artifact(content, kind, drawing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code height} points still fit on this one: for what reads best unbroken. */
    public void keepRoom(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage(Row header) {
        newPage();
        if (header != null) {
            row(header, null, null);
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} broken into lines no wider than {@code width}: at spaces, or within a word too long for a line. */
    private List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text == null ? "" : text, font).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.replace(0, line.length(), candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                String rest = word;
                while (width(rest, font, size) > width) {
                    int cut = fitting(rest, font, size, width);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.replace(0, line.length(), rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many chars of {@code word} fit in {@code width}: at least one character, never half a surrogate pair. */
    private static int fitting(String word, PDFont font, float size, float width) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (width(word.substring(0, next), font, size) > width) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** {@code text} cut to one line as wide as the page, for the header. */
    private String line(String text, PDFont font, float size) {
        return wrap(text, font, size, WIDTH / 2).get(0);
    }

    /**
     * {@code text} with what the font can print: line breaks as {@code \n}, tabs and other control
     * characters as spaces, characters without a glyph as "?", and without the characters that
     * would make the page read otherwise than the text stored (a right-to-left override), should
     * older data hold one.
     */
    private String printable(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(codePoint -> {
            if (codePoint == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
                out.append(' ');
            } else if (Validation.isUnsafe(codePoint, true)) {
                return;
            } else if (glyphs.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, c -> hasGlyph(font, c))) {
                out.appendCodePoint(codePoint);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean hasGlyph(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PDPageContentStream stream, String text, PDFont font, float size, float x,
                              float baseline) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeRight(PDPageContentStream stream, String text, PDFont font, float baseline) {
        write(stream, text, font, STAMP_SIZE, PAGE.getWidth() - MARGIN - width(text, font, STAMP_SIZE), baseline);
    }

    private static void rule(PDPageContentStream stream, float height) throws IOException {
        stream.setLineWidth(RULE);
        stream.moveTo(MARGIN, height);
        stream.lineTo(PAGE.getWidth() - MARGIN, height);
        stream.stroke();
    }
}
