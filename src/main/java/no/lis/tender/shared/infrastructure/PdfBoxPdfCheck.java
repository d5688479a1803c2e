package no.lis.tender.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.lis.tender.shared.application.UploadLimits;
import no.lis.tender.shared.domain.PdfCheck;
import no.lis.tender.shared.domain.PdfVerdict;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A PDF starts with {@code %PDF-}, PDFBox can read it within a memory limit, it has at least one
 * page, and nothing in it runs or carries other files: no JavaScript (document-open, page,
 * annotation and form-field actions, action chains, the names tree), no Launch action, no embedded
 * file (names tree, file-attachment annotations, file specifications with an embedded stream).
 * Rather than asking each place a PDF may hold an action, every object reachable from the trailer
 * is visited once, so an action hidden in an unusual place is found too, in time linear in the
 * number of objects. Content streams are not decoded.
 *
 * <p>The time limit is the caller's ({@code PdfScreening}); this check reads through a buffer that
 * gives up when its thread is interrupted, so that a cancelled check stops.
 */
@ApplicationScoped
public class PdfBoxPdfCheck implements PdfCheck {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
    private static final COSName EMBEDDED_FILE_STREAMS = COSName.getPDFName("EF");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
    private static final COSName GO_TO_EMBEDDED = COSName.getPDFName("GoToE");

    private long maxMemoryBytes;

    @Inject
    public PdfBoxPdfCheck(UploadLimits limits) {
        this(limits.pdfCheckMemoryBytes());
    }

    /** Reading may use {@code maxMemoryBytes} of memory and as much again of temporary files. */
    public PdfBoxPdfCheck(long maxMemoryBytes) {
        this.maxMemoryBytes = maxMemoryBytes;
    }

    /** For the CDI proxy. */
    protected PdfBoxPdfCheck() {
    }

    @Override
    public PdfVerdict verdict(byte[] content) {
        if (content == null || content.length < HEADER.length
                || !Arrays.equals(content, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            return PdfVerdict.NOT_PDF;
        }
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(maxMemoryBytes, 2 * maxMemoryBytes);
        try (PDDocument document = Loader.loadPDF(new InterruptibleBuffer(content), "", null, null, memory.streamCache)) {
            if (document.getNumberOfPages() == 0) {
                return PdfVerdict.NOT_PDF;
            }
            return activeContent(document.getDocument().getTrailer());
        } catch (InterruptedIOException e) {
            return PdfVerdict.TOO_SLOW;
        } catch (IOException e) {
            return e.getMessage() != null && e.getMessage().startsWith("Maximum allowed") ? PdfVerdict.TOO_LARGE
                    : PdfVerdict.NOT_PDF;
        } catch (RuntimeException | StackOverflowError e) {
            // whatever an untrusted file makes the parser throw, it is not a PDF the readers can open safely
            return PdfVerdict.NOT_PDF;
        }
    }

    /** The worst of what is reachable from {@code trailer}: JavaScript, then Launch, then embedded files. */
    private static PdfVerdict activeContent(COSDictionary trailer) throws InterruptedIOException {
        Set<PdfVerdict> found = EnumSet.noneOf(PdfVerdict.class);
        Set<COSBase> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> waiting = new ArrayDeque<>();
        waiting.push(trailer);
        while (!waiting.isEmpty()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("PDF check cancelled");
            }
            COSBase next = waiting.pop();
            COSBase object = next instanceof COSObject indirect ? indirect.getObject() : next;
            if (object == null || !visited.add(object)) {
                continue;
            }
            if (object instanceof COSDictionary dictionary) {
                inspect(dictionary, found);
                dictionary.getValues().forEach(waiting::push);
            } else if (object instanceof COSArray array) {
                array.forEach(waiting::push);
            }
        }
        for (PdfVerdict worst : new PdfVerdict[] {PdfVerdict.JAVASCRIPT, PdfVerdict.LAUNCH_ACTION, PdfVerdict.EMBEDDED_FILE}) {
            if (found.contains(worst)) {
                return worst;
            }
        }
        return PdfVerdict.OK;
    }

    private static void inspect(COSDictionary dictionary, Set<PdfVerdict> found) {
        COSName action = dictionary.getCOSName(COSName.S);
        if (JAVASCRIPT.equals(action) || dictionary.containsKey(JS) || dictionary.containsKey(JAVASCRIPT)) {
            // an action of type JavaScript, or the names tree's /JavaScript entry
            found.add(PdfVerdict.JAVASCRIPT);
        }
        if (LAUNCH.equals(action)) {
            found.add(PdfVerdict.LAUNCH_ACTION);
        }
        if (GO_TO_EMBEDDED.equals(action) || dictionary.containsKey(EMBEDDED_FILES)
                || dictionary.containsKey(EMBEDDED_FILE_STREAMS)
                || FILE_ATTACHMENT.equals(dictionary.getCOSName(COSName.SUBTYPE))) {
            found.add(PdfVerdict.EMBEDDED_FILE);
        }
    }

    /** The file in memory, read by a parser that stops when its thread is interrupted (the time limit). */
    private static final class InterruptibleBuffer extends RandomAccessReadBuffer {

        InterruptibleBuffer(byte[] content) {
            super(content);
        }

        @Override
        public int read() throws IOException {
            stopIfInterrupted();
            return super.read();
        }

        @Override
        public int read(byte[] b, int offset, int length) throws IOException {
            stopIfInterrupted();
            return super.read(b, offset, length);
        }

        @Override
        public void seek(long position) throws IOException {
            stopIfInterrupted();
            super.seek(position);
        }

        private static void stopIfInterrupted() throws InterruptedIOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("PDF check cancelled");
            }
        }
    }
}
