package no.lis.tender.shared.web;

import no.lis.tender.shared.application.PdfScreening;
import no.lis.tender.shared.domain.CheckedPdf;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A file from a page's upload as a stream, for the upload limits to read within their bound
 * ({@code UploadLimit.read}): never {@code UploadedFile.getContent()}, which reads the whole part
 * into memory whatever its size.
 */
public final class Uploads {

    private Uploads() {
    }

    /** The file's content as it is read, or {@code null} if no file was chosen. */
    public static InputStream stream(UploadedFile upload) {
        if (upload == null) {
            return null;
        }
        try {
            return upload.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file " + upload.getFileName() + " cannot be read", e);
        }
    }

    /**
     * The PDF chosen in the form's field {@code file}, read within its limit and checked by {@code screening}
     * before the use case's transaction; no file chosen is screened as none, which the use case refuses.
     */
    public static CheckedPdf screenedPdf(PdfScreening screening, UploadedFile upload) {
        return screening.screen("file", upload == null ? null : upload.getFileName(), stream(upload));
    }
}
