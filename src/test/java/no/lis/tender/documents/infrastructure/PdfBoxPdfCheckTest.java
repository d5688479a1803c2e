package no.lis.tender.documents.infrastructure;

import no.lis.tender.documents.Pdfs;
import no.lis.tender.documents.domain.DocumentFile;
import no.lis.tender.shared.domain.PdfVerdict;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.shared.infrastructure.PdfBoxPdfCheck;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class PdfBoxPdfCheckTest {

    private final PdfBoxPdfCheck check = Pdfs.CHECK;

    @Test
    void aTextFileNamedLikeAPdfIsRefusedAsNotAPdf() {
        byte[] text = "Kontraktsutkast, versjon 1\nDette er ren tekst.".getBytes(StandardCharsets.UTF_8);

        assertThat(refusal(() -> DocumentFile.upload("x.pdf", text, check)))
                .containsExactly(new Violation("file", "documents.upload.notPdf", "x.pdf"));
    }

    @Test
    void aFileThatOnlyStartsLikeAPdfIsNotOne() {
        assertThat(check.verdict("%PDF-1.7\nikke noe mer her".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(PdfVerdict.NOT_PDF);
    }

    @Test
    void aPdfIsRecognisedByItsContent() {
        assertThat(check.verdict(Pdfs.ofPages(1))).isEqualTo(PdfVerdict.OK);
        assertThat(DocumentFile.upload("Kravspesifikasjon.PDF", Pdfs.ofPages(1), check).fileName())
                .isEqualTo("Kravspesifikasjon.PDF");
    }

    @Test
    void aPdfWithSomethingBeforeItsHeaderIsRefused() {
        byte[] pdf = Pdfs.ofPages(1);
        byte[] prefixed = new byte[pdf.length + 4];
        System.arraycopy("MZ\0\0".getBytes(StandardCharsets.US_ASCII), 0, prefixed, 0, 4);
        System.arraycopy(pdf, 0, prefixed, 4, pdf.length);

        assertThat(check.verdict(prefixed)).isEqualTo(PdfVerdict.NOT_PDF);
    }

    @Test
    void theGeneratedDocumentsAreRealPdfs() {
        assertThat(check.verdict(new PdfBoxDocumentRenderer().receipt(Contents.receipt()))).isEqualTo(PdfVerdict.OK);
    }

    @Test
    void aPdfThatRunsJavaScriptWhenOpenedIsRefusedNamingJavaScript() {
        byte[] pdf = pdf(document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)")));

        assertThat(check.verdict(pdf)).isEqualTo(PdfVerdict.JAVASCRIPT);
        assertThat(refusal(() -> DocumentFile.upload("miljø.pdf", pdf, check)))
                .containsExactly(new Violation("file", "upload.pdf.javascript", "miljø.pdf"));
    }

    @Test
    void javaScriptInAPageActionALinkOrTheNamesTreeIsFoundToo() {
        byte[] onPageOpen = pdf(document -> {
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            actions.setO(new PDActionJavaScript("this.print()"));
            document.getPage(0).setActions(actions);
        });
        byte[] onLink = pdf(document -> {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setAction(new PDActionJavaScript("app.launchURL('x')"));
            addAnnotation(document, link);
        });
        byte[] inNames = pdf(document -> {
            var javaScripts = new org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode();
            javaScripts.setNames(Map.of("start", new PDActionJavaScript("app.alert(2)")));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setJavascript(javaScripts);
            document.getDocumentCatalog().setNames(names);
        });

        assertThat(List.of(onPageOpen, onLink, inNames)).extracting(check::verdict)
                .containsOnly(PdfVerdict.JAVASCRIPT);
    }

    @Test
    void aPdfWithALaunchActionIsRefusedNamingTheLaunchAction() {
        byte[] pdf = pdf(document -> {
            PDActionLaunch launch = new PDActionLaunch();
            launch.getCOSObject().setString(COSName.F, "cmd.exe");
            document.getDocumentCatalog().setOpenAction(launch);
        });

        assertThat(check.verdict(pdf)).isEqualTo(PdfVerdict.LAUNCH_ACTION);
    }

    @Test
    void aPdfWithAnEmbeddedFileIsRefusedNamingTheEmbeddedFile() {
        byte[] pdf = pdf(document -> {
            try {
                PDEmbeddedFile file = new PDEmbeddedFile(document,
                        new ByteArrayInputStream("MZ program".getBytes(StandardCharsets.US_ASCII)));
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile("tilbud.exe");
                spec.setEmbeddedFile(file);
                PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
                files.setNames(Map.of("tilbud.exe", spec));
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                names.setEmbeddedFiles(files);
                document.getDocumentCatalog().setNames(names);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        assertThat(check.verdict(pdf)).isEqualTo(PdfVerdict.EMBEDDED_FILE);
    }

    private static void addAnnotation(PDDocument document, PDAnnotationLink link) {
        try {
            document.getPage(0).getAnnotations().add(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF, changed by {@code change} before it is saved. */
    private static byte[] pdf(Consumer<PDDocument> change) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            change.accept(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
