package no.lis.tender.evaluation.infrastructure;

import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.LotStatus;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * How a {@link LotOutcome} is stored: one entry per lot in a page of the ranking ({@link RankingPages}),
 * its ranked offers as JSON ({@link RankedOffersJson}). The entry is made and read back in the same order
 * of fields; the JSON of the offers is turned back into offers only for the lots a reader asks for.
 */
final class LotOutcomeRow {

    private static final String SEPARATOR = "\n";
    private static final int WAITING_FOR_LENGTH = 4000;

    private final int lotNumber;
    private final LotStatus status;
    private final BigDecimal maximumPrice;
    private final String waitingFor;
    private final String offers;

    private LotOutcomeRow(int lotNumber, LotStatus status, BigDecimal maximumPrice, String waitingFor, String offers) {
        this.lotNumber = lotNumber;
        this.status = status;
        this.maximumPrice = maximumPrice;
        this.waitingFor = waitingFor;
        this.offers = offers;
    }

    LotOutcomeRow(LotOutcome outcome) {
        // the maximum price keeps four decimals, as the DECIMAL(18, 4) column it was stored in before
        this(outcome.lotNumber(), outcome.status(), outcome.maximumPrice() == null ? null
                        : outcome.maximumPrice().setScale(4, RoundingMode.HALF_UP), waitingFor(outcome),
                outcome.offers().isEmpty() ? null : RankedOffersJson.write(outcome.lotNumber(), outcome.offers()));
    }

    private static String waitingFor(LotOutcome outcome) {
        String waiting = String.join(SEPARATOR, outcome.waitingFor());
        return waiting.isEmpty() ? null : waiting.substring(0, Math.min(waiting.length(), WAITING_FOR_LENGTH));
    }

    /**
     * A lot as the table {@code EVA_LOT_OUTCOME} held it before rankings were stored as pages: the same
     * fields, the offers already as JSON. Only the move of those rows into pages uses it.
     */
    static LotOutcomeRow stored(int lotNumber, String status, BigDecimal maximumPrice, String waitingFor, String offers) {
        return new LotOutcomeRow(lotNumber, LotStatus.valueOf(status), maximumPrice, waitingFor, offers);
    }

    LotOutcome toOutcome() {
        return new LotOutcome(lotNumber, status, maximumPrice, RankedOffersJson.read(offers),
                waitingFor == null ? List.of() : Arrays.asList(waitingFor.split(SEPARATOR)));
    }

    int lotNumber() {
        return lotNumber;
    }

    /** What the lot waits for, one item a line, cut to {@value #WAITING_FOR_LENGTH} characters; null when it waits for nothing. */
    String waitingFor() {
        return waitingFor;
    }

    /** The ranked offers as stored; null for a lot without. */
    String offers() {
        return offers;
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(lotNumber);
        text(out, status.name());
        text(out, maximumPrice == null ? null : maximumPrice.toPlainString());
        text(out, waitingFor);
        text(out, offers);
    }

    static LotOutcomeRow readFrom(DataInputStream in) throws IOException {
        int lotNumber = in.readInt();
        LotStatus status = LotStatus.valueOf(text(in));
        String maximumPrice = text(in);
        return new LotOutcomeRow(lotNumber, status, maximumPrice == null ? null : new BigDecimal(maximumPrice), text(in),
                text(in));
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
