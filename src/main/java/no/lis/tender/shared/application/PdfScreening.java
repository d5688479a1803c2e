package no.lis.tender.shared.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.shared.domain.CheckedPdf;
import no.lis.tender.shared.domain.PdfCheck;
import no.lis.tender.shared.domain.PdfVerdict;

import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads an uploaded PDF within its size limit and has it checked, before the use case that stores
 * it begins its transaction: an untrusted file is parsed with bounded memory (the {@link PdfCheck}),
 * on the container's executor with a time limit, and at most a few at once, so that a deadline
 * rush of large attachments neither holds database locks nor fills the heap. Over the size limit
 * is refused at once (413); any other verdict goes with the file to the use case, whose domain rule
 * refuses it with the verdict's message beside the other rules of the form.
 */
@ApplicationScoped
public class PdfScreening {

    @Inject
    PdfCheck check;
    @Inject
    UploadLimits limits;
    @Resource
    ManagedExecutorService executor;

    private Semaphore readers;

    @PostConstruct
    void start() {
        readers = new Semaphore(limits.pdfParallelChecks(), true);
    }

    /** Reads {@code content} (refused with 413 over the limit of {@code field}) and checks it. Never inside a transaction. */
    @Transactional(Transactional.TxType.NEVER)
    public CheckedPdf screen(String field, String fileName, InputStream content) {
        byte[] bytes = limits.pdf(field).read(content);
        return new CheckedPdf(fileName, bytes, bytes.length == 0 ? PdfVerdict.NOT_PDF : verdict(bytes));
    }

    private PdfVerdict verdict(byte[] bytes) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limits.pdfCheckSeconds());
        try {
            if (!readers.tryAcquire(limits.pdfCheckSeconds(), TimeUnit.SECONDS)) {
                return PdfVerdict.TOO_SLOW;
            }
            try {
                Future<PdfVerdict> reading = executor.submit(() -> check.verdict(bytes));
                try {
                    return reading.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // the check reads through an interruptible buffer, so cancelling stops the parse
                    reading.cancel(true);
                    return PdfVerdict.TOO_SLOW;
                } catch (ExecutionException e) {
                    return e.getCause() instanceof OutOfMemoryError ? PdfVerdict.TOO_LARGE : PdfVerdict.NOT_PDF;
                }
            } finally {
                readers.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PdfVerdict.TOO_SLOW;
        }
    }
}
