package no.lis.tender.shared.domain;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class UploadLimitTest {

    private static final UploadLimit ONE_MEGABYTE = UploadLimit.megabytes("file", 1);

    @Test
    void aFileOfExactlyTheLimitIsReadWhole() {
        byte[] content = new byte[1024 * 1024];

        assertThat(ONE_MEGABYTE.read(new ByteArrayInputStream(content))).hasSize(content.length);
    }

    @Test
    void aFileOneByteOverTheLimitIsRefusedNamingTheFieldAndTheLimit() {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> ONE_MEGABYTE.read(new ByteArrayInputStream(new byte[1024 * 1024 + 1])));

        assertThat(refused.violations()).containsExactly(new Violation("file", "upload.tooLarge", "file", "1"));
    }

    @Test
    void readingStopsAtTheFirstByteOverTheLimitHoweverLongTheStream() {
        Endless endless = new Endless();

        catchThrowableOfType(DomainException.class, () -> ONE_MEGABYTE.read(endless));

        assertThat(endless.delivered).isEqualTo(1024 * 1024 + 1);
    }

    @Test
    void noFileIsNoBytes() {
        assertThat(ONE_MEGABYTE.read(null)).isEmpty();
    }

    /** A stream that never ends (a 2 GB upload, as far as the reader can tell), counting what it gave. */
    private static final class Endless extends InputStream {

        long delivered;

        @Override
        public int read() {
            delivered++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            delivered += len;
            return len;
        }
    }
}
