package no.lis.tender.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.lis.tender.shared.domain.UploadLimit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limits on uploads, set once as variables in server.xml ({@code lis.upload.*}; see
 * docs/operations.md, "Limits") and read here for the pages and the API alike.
 */
@ApplicationScoped
public class UploadLimits {

    private int pdfMegabytes;
    private int csvMegabytes;
    private int pdfCheckSeconds;
    private int pdfCheckMemoryMegabytes;
    private int pdfParallelChecks;

    @Inject
    public UploadLimits(@ConfigProperty(name = "lis.upload.pdf.maxMb") int pdfMegabytes,
                        @ConfigProperty(name = "lis.upload.csv.maxMb") int csvMegabytes,
                        @ConfigProperty(name = "lis.upload.pdf.checkSeconds") int pdfCheckSeconds,
                        @ConfigProperty(name = "lis.upload.pdf.checkMemoryMb") int pdfCheckMemoryMegabytes,
                        @ConfigProperty(name = "lis.upload.pdf.parallelChecks") int pdfParallelChecks) {
        this.pdfMegabytes = pdfMegabytes;
        this.csvMegabytes = csvMegabytes;
        this.pdfCheckSeconds = pdfCheckSeconds;
        this.pdfCheckMemoryMegabytes = pdfCheckMemoryMegabytes;
        this.pdfParallelChecks = pdfParallelChecks;
    }

    /** For the CDI proxy. */
    protected UploadLimits() {
    }

    /** A PDF (offer attachment, tender document) in {@code field}. */
    public UploadLimit pdf(String field) {
        return UploadLimit.megabytes(field, pdfMegabytes);
    }

    /** A CSV file (consumption) in {@code field}. */
    public UploadLimit csv(String field) {
        return UploadLimit.megabytes(field, csvMegabytes);
    }

    /** A spreadsheet (XLSX: a price schedule, a consumption file) in {@code field}: the same limit as a CSV file. */
    public UploadLimit spreadsheet(String field) {
        return csv(field);
    }

    /** How long one PDF may take to read and check. */
    public int pdfCheckSeconds() {
        return pdfCheckSeconds;
    }

    /** Memory (and as much again in temporary files) that reading one PDF may use beyond the file itself. */
    public long pdfCheckMemoryBytes() {
        return pdfCheckMemoryMegabytes * UploadLimit.BYTES_PER_MEGABYTE;
    }

    /** How many PDFs are read at once; more wait, within the time limit. */
    public int pdfParallelChecks() {
        return pdfParallelChecks;
    }
}
