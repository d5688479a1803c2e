package no.lis.tender.shared.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The most bytes an uploaded file may have, and the field it comes in. The file is read from its
 * stream as it arrives and the reading stops at the first byte over the limit: a 2 GB upload costs
 * the server {@code maxBytes + 1} bytes of memory, not 2 GB. Over the limit is
 * {@code upload.tooLarge} (HTTP 413) naming the field and the limit in MB.
 */
public record UploadLimit(String field, long maxBytes) {

    public static final long BYTES_PER_MEGABYTE = 1024L * 1024;

    public UploadLimit {
        if (maxBytes < 1 || maxBytes >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("an upload limit is 1 byte to 2 GB, not " + maxBytes);
        }
    }

    public static UploadLimit megabytes(String field, int megabytes) {
        return new UploadLimit(field, megabytes * BYTES_PER_MEGABYTE);
    }

    /** The whole of {@code in} (nothing if it is null), or {@code upload.tooLarge} once it passes the limit. */
    public byte[] read(InputStream in) {
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            // readNBytes grows its buffer as bytes arrive: an announced or claimed size allocates nothing
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("the upload of " + field + " broke off", e);
        }
    }

    /** Refuses a file whose size is known to be {@code size} bytes if that is over the limit. */
    public void requireAtMost(long size) {
        if (size > maxBytes) {
            throw tooLarge();
        }
    }

    public String megabytesText() {
        return maxBytes % BYTES_PER_MEGABYTE == 0 ? String.valueOf(maxBytes / BYTES_PER_MEGABYTE)
                : String.format(java.util.Locale.ROOT, "%.1f", maxBytes / (double) BYTES_PER_MEGABYTE);
    }

    private DomainException tooLarge() {
        return new DomainException(field, "upload.tooLarge", field, megabytesText());
    }
}
