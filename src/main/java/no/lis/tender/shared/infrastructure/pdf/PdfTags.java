package no.lis.tender.shared.infrastructure.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes a PDFBox document a tagged PDF as PDF/UA-1 (ISO 14289-1) asks, so that a screen reader reads
 * it as a document and not as loose text: a structure tree under one {@code Document} element
 * (headings {@code H1}-{@code H3} that never skip a level, paragraphs {@code P}, tables of {@code TR}
 * rows, the header row in a {@code THead} and the others in a {@code TBody}, with {@code TH} header
 * cells that say whether they head a column or a row, and {@code TD} cells; text in another language
 * than bokmål carries its own {@code /Lang}); every piece of text drawn is either marked content with an MCID that a structure element
 * owns, or an artifact (running headers and footers, page numbers, watermarks, cell borders and
 * shading, a table header repeated on a following page), which a screen reader skips. {@link #finish}
 * adds what the catalog must carry: the parent tree, {@code MarkInfo}, the language, the title shown
 * instead of the file name, and XMP metadata with the title and the PDF/UA identification.
 *
 * <p>The fonts are the caller's part: PDF/UA wants every font embedded, which the 14 standard fonts
 * are not ({@link PdfLayout} embeds DejaVu Sans).
 */
public final class PdfTags {

    /** The natural language of the documents: Norwegian bokmål, as in Norway. */
    public static final String BOKMAL = "nb-NO";

    private static final int MAX_HEADING = 6;

    /** What an artifact is, for a reader that wants to know what it skips. */
    public enum Artifact {
        /** A running header at the top of a page. */
        HEADER("Pagination", "Header"),
        /** A running footer (with the page number) at the bottom of a page. */
        FOOTER("Pagination", "Footer"),
        /** A watermark over the page. */
        WATERMARK("Pagination", "Watermark"),
        /** Something repeated from an earlier page, such as a table's header row. */
        REPEATED("Pagination", null),
        /** Lines and shading that only lay the page out. */
        LAYOUT("Layout", null);

        private final String type;
        private final String subtype;

        Artifact(String type, String subtype) {
            this.type = type;
            this.subtype = subtype;
        }
    }

    /** Drawing on a content stream. */
    @FunctionalInterface
    public interface Drawing {
        void draw() throws IOException;
    }

    private final PDDocument document;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement body;
    /**
     * Per page (by its dictionary: PDFBox makes a new {@link PDPage} for each look-up), the structure
     * element that owns each MCID of the page (the MCID is the index).
     */
    private final Map<COSDictionary, List<PDStructureElement>> owners = new IdentityHashMap<>();
    private final Map<Artifact, PDPropertyList> artifacts = new EnumMap<>(Artifact.class);
    private final COSDictionary columnScope = scope(PDTableAttributeObject.SCOPE_COLUMN);
    private final COSDictionary rowScope = scope(PDTableAttributeObject.SCOPE_ROW);
    /** Per heading level as written, the level it was tagged with while its section is open, or 0. */
    private final int[] openHeadings = new int[MAX_HEADING + 1];

    public PdfTags(PDDocument document) {
        this.document = document;
        body = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        root.appendKid(body);
        document.getDocumentCatalog().setStructureTreeRoot(root);
    }

    /** A new structure element of {@code type} (one of {@link StandardStructureTypes}), the last child of the document. */
    public PDStructureElement element(String type) {
        return element(type, body);
    }

    /**
     * A new structure element of {@code type}, the last child of the document, whose text is in
     * {@code language} (e.g. English) rather than the document's bokmål: a screen reader reads it with
     * that language's voice and pronunciation ({@code /Lang} on the element, ISO 32000-1, 14.9.2).
     */
    public PDStructureElement element(String type, Locale language) {
        PDStructureElement element = element(type);
        element.setLanguage(language.toLanguageTag());
        return element;
    }

    /** A new structure element of {@code type}, the last child of {@code parent}. */
    public PDStructureElement element(String type, PDStructureElement parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /**
     * A new heading of {@code level} (1 for the document's title) as written, tagged one level below
     * the heading it falls under: PDF/UA does not let a document skip a level, so a sub-heading (3)
     * under the title with no heading of level 2 between is an {@code H2}, as are its siblings.
     */
    public PDStructureElement heading(int level) {
        int written = Math.max(1, Math.min(level, MAX_HEADING));
        int parent = 0;
        for (int above = 1; above < written; above++) {
            parent = Math.max(parent, openHeadings[above]);
        }
        openHeadings[written] = parent + 1;
        for (int below = written + 1; below <= MAX_HEADING; below++) {
            openHeadings[below] = 0;
        }
        return element("H" + (parent + 1));
    }

    /** A new table header cell in {@code row}, heading its column or, where {@code ofRow}, its row. */
    public PDStructureElement headerCell(PDStructureElement row, boolean ofRow) {
        PDStructureElement cell = element(StandardStructureTypes.TH, row);
        cell.getCOSObject().setItem(COSName.A, ofRow ? rowScope : columnScope);
        return cell;
    }

    /** The attributes of a header cell of {@code scope}: one object that all such cells share. */
    private static COSDictionary scope(String scope) {
        PDTableAttributeObject attributes = new PDTableAttributeObject();
        attributes.setScope(scope);
        return attributes.getCOSObject();
    }

    /** Draws what {@code drawing} draws on {@code page} as content of {@code owner}: marked with the page's next MCID. */
    public void tagged(PDPageContentStream stream, PDPage page, PDStructureElement owner, Drawing drawing) throws IOException {
        List<PDStructureElement> pageOwners = owners.computeIfAbsent(page.getCOSObject(), p -> new ArrayList<>());
        int mcid = pageOwners.size();
        pageOwners.add(owner);
        stream.beginMarkedContent(COSName.getPDFName(owner.getStructureType()), mcid);
        drawing.draw();
        stream.endMarkedContent();
        COSDictionary ownersPage = owner.getCOSObject().getCOSDictionary(COSName.PG);
        if (ownersPage == null) {
            owner.setPage(page);
            ownersPage = page.getCOSObject();
        }
        if (ownersPage == page.getCOSObject()) {
            owner.appendKid(mcid); // on the element's own page (Pg) a number does
        } else {
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setPage(page);
            reference.setMCID(mcid);
            owner.appendKid(reference);
        }
    }

    /** Draws what {@code drawing} draws as an artifact of {@code kind}: not part of what is read out. */
    public void artifact(PDPageContentStream stream, Artifact kind, Drawing drawing) throws IOException {
        stream.beginMarkedContent(COSName.ARTIFACT, artifacts.computeIfAbsent(kind, PdfTags::properties));
        drawing.draw();
        stream.endMarkedContent();
    }

    private static PDPropertyList properties(Artifact kind) {
        COSDictionary properties = new COSDictionary();
        properties.setName(COSName.TYPE, kind.type);
        if (kind.subtype != null) {
            properties.setName(COSName.SUBTYPE, kind.subtype);
        }
        return PDPropertyList.create(properties);
    }

    /**
     * Completes the tagging when every page is drawn: the parent tree (which element owns each
     * MCID of each page), {@code MarkInfo}, the document's language {@link #BOKMAL}, its title to be
     * shown in the viewer's title bar, and XMP metadata with the title, {@code description} and the
     * PDF/UA-1 identification.
     */
    public void finish(String title, String description, String author) throws IOException {
        Map<Integer, COSObjectable> parents = new HashMap<>();
        for (int index = 0; index < document.getNumberOfPages(); index++) {
            PDPage page = document.getPage(index);
            List<PDStructureElement> pageOwners = owners.get(page.getCOSObject());
            if (pageOwners == null) {
                continue;
            }
            COSArray array = new COSArray();
            pageOwners.forEach(owner -> array.add(owner.getCOSObject()));
            parents.put(index, new PDParentTreeValue(array));
            page.setStructParents(index);
        }
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        parentTree.setNumbers(parents);
        parentTree.getCOSObject().removeItem(COSName.LIMITS); // a root node has none (ISO 32000-1, 7.9.7)
        root.setParentTree(parentTree);
        root.setParentTreeNextKey(document.getNumberOfPages());

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        catalog.setLanguage(BOKMAL);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(title, description, author).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
        document.setVersion(1.7f);
    }

    private static String xmp(String title, String description, String author) {
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about=""
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
                   <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                   <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                   <xmp:CreatorTool>%s</xmp:CreatorTool>
                   <pdfuaid:part>1</pdfuaid:part>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(xml(title), xml(description), xml(author), BOKMAL, xml(author));
    }

    /** {@code text} as XML character data: markup escaped, and without the control characters XML 1.0 forbids. */
    private static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
