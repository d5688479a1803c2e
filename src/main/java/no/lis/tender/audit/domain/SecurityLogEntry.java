package no.lis.tender.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.shared.domain.Digests;
import no.lis.tender.shared.domain.SecurityEvent;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One link of the security log's hash chain: a {@link SecurityEvent} with its place in the chain
 * (the sequence number, 1, 2, 3, ... without gaps), the time it was recorded, the hash of the entry
 * before it and its own hash. The own hash is SHA-256 over {@link #hashOf all fields and the previous
 * hash}, so that changing any field, or the order, breaks the chain at this entry or the next.
 * <p>
 * An entry is never changed once written: it has no setters and no {@code @Version} (there is no
 * concurrent edit to detect; appends are serialised by the {@link SecurityLogHead}). It is created
 * only by the head, which gives it its number and previous hash.
 * <p>
 * The kind is kept as text, not as an enum column: a row whose kind someone changed to a name the
 * application does not know must still be read, so that the verification can report it.
 */
@Entity
@Table(name = "SEC_LOG_ENTRY")
@NamedQuery(name = "SecurityLogEntry.chain", query = "SELECT e FROM SecurityLogEntry e"
        + " WHERE e.sequence > :after AND e.sequence <= :upTo ORDER BY e.sequence")
public class SecurityLogEntry {

    /** The previous hash of the first entry: there is nothing before it. */
    public static final String GENESIS_HASH = "0".repeat(64);
    public static final int ACTOR_LENGTH = 60;
    public static final int SUBJECT_LENGTH = 200;
    public static final int DETAIL_LENGTH = 1000;
    /** Names the encoding below, so that a later change of it cannot be mistaken for tampering. */
    private static final String ENCODING = "LIS-SECURITY-LOG-1";

    @Id
    @Column(name = "SEQUENCE_NUMBER")
    private long sequence;

    // Microseconds since the epoch, not a TIMESTAMP: a TIMESTAMP column is read back through the JVM's
    // time zone, and in the autumn hour that a zone repeats it can come back an hour off, which would
    // break a hash that covers it. PostgreSQL keeps microseconds, so nothing finer is hashed.
    @Column(name = "RECORDED_AT_MICROS", nullable = false)
    private long recordedAtMicros;

    @Column(name = "KIND", nullable = false, length = 30)
    private String kind;

    @Column(name = "ACTOR", nullable = false, length = ACTOR_LENGTH)
    private String actor;

    @Column(name = "SUBJECT", nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "DETAIL", nullable = false, length = DETAIL_LENGTH)
    private String detail;

    @Column(name = "PREVIOUS_HASH", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "ENTRY_HASH", nullable = false, length = 64)
    private String hash;

    protected SecurityLogEntry() {
    }

    /** The entry that follows the one whose hash is {@code previousHash}; texts too long for their column are cut. */
    SecurityLogEntry(long sequence, Instant recordedAt, SecurityEvent event, String previousHash) {
        this(sequence, ChronoUnit.MICROS.between(Instant.EPOCH, recordedAt), event.kind().name(),
                clip(event.actor(), ACTOR_LENGTH), clip(event.subject(), SUBJECT_LENGTH),
                clip(event.detail(), DETAIL_LENGTH), Objects.requireNonNull(previousHash, "previousHash"), null);
        this.hash = computedHash();
    }

    /** An entry as stored, whatever its hash: for the tests that tamper with one. */
    SecurityLogEntry(long sequence, long recordedAtMicros, String kind, String actor, String subject, String detail,
                     String previousHash, String hash) {
        this.sequence = sequence;
        this.recordedAtMicros = recordedAtMicros;
        this.kind = kind;
        this.actor = actor;
        this.subject = subject;
        this.detail = detail;
        this.previousHash = previousHash;
        this.hash = hash;
    }

    /**
     * SHA-256 (lower-case hex) over an encoding in which no two different entries look alike: the
     * name of the encoding, the sequence number and the time as 8-byte numbers, then each text as its
     * UTF-8 byte count (4 bytes) followed by its bytes, in the order kind, actor, subject, detail,
     * previous hash. Without the counts, "ab"+"c" and "a"+"bc" would hash the same.
     */
    static String hashOf(long sequence, long recordedAtMicros, String kind, String actor, String subject,
                         String detail, String previousHash) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text(out, ENCODING);
            out.writeLong(sequence);
            out.writeLong(recordedAtMicros);
            for (String field : new String[] {kind, actor, subject, detail, previousHash}) {
                text(out, field);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return Digests.sha256Hex(bytes.toByteArray());
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** At most {@code length} characters, never cutting a character outside the BMP in half. */
    private static String clip(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    /** The hash that the stored fields give now; differs from {@link #getHash()} if any was changed. */
    public String computedHash() {
        return hashOf(sequence, recordedAtMicros, kind, actor, subject, detail, previousHash);
    }

    /** Whether the stored fields still give the stored hash. */
    public boolean isIntact() {
        return computedHash().equals(hash);
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getRecordedAt() {
        return Instant.EPOCH.plus(recordedAtMicros, ChronoUnit.MICROS);
    }

    /** The name of a {@link SecurityEvent.Kind}, as stored. */
    public String getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
