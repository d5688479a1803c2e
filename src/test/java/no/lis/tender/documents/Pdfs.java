package no.lis.tender.documents;

import no.lis.tender.shared.domain.CheckedPdf;
import no.lis.tender.shared.infrastructure.PdfBoxPdfCheck;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** PDFs for the tests: a real one to upload, and the text of a PDF as a reader sees it. */
public final class Pdfs {

    /** The check as the server has it by default: 32 MB to read a PDF in. */
    public static final PdfBoxPdfCheck CHECK = new PdfBoxPdfCheck(32L * 1024 * 1024);

    private Pdfs() {
    }

    /** {@code content} uploaded as {@code fileName} and checked, as the pages and the API do before a use case. */
    public static CheckedPdf checked(String fileName, byte[] content) {
        return new CheckedPdf(fileName, content, content == null || content.length == 0
                ? no.lis.tender.shared.domain.PdfVerdict.NOT_PDF : CHECK.verdict(content));
    }

    /** A real PDF of {@code pages} empty pages. */
    public static byte[] ofPages(int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of page {@code page} (from 1) of {@code pdf}, or of every page where {@code page} is 0. */
    public static String text(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            if (page > 0) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
            }
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page of {@code pdf}. */
    public static String text(byte[] pdf) {
        return text(pdf, 0);
    }
}
