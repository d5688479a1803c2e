package no.lis.tender.offers.domain;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What a receipt keeps sealed for its supplier: the lots of the submission, and for each the
 * random token under which it was counted in the anonymous {@link LotTally}, so that the count can
 * be taken back when the submission is withdrawn or replaced. Sealed, because which supplier offered
 * on which lot must not be readable before the opening.
 */
public record ReceiptLots(List<Integer> lotNumbers, List<String> tallyTokens) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public ReceiptLots {
        lotNumbers = List.copyOf(lotNumbers);
        tallyTokens = List.copyOf(tallyTokens);
        if (lotNumbers.size() != tallyTokens.size()) {
            throw new IllegalArgumentException("one tally token per lot");
        }
    }

    /** The lots with a new random token each. */
    static ReceiptLots counting(List<Integer> lotNumbers) {
        return new ReceiptLots(lotNumbers, lotNumbers.stream().map(lot -> token()).toList());
    }

    private static String token() {
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        return HexFormat.of().formatHex(token);
    }

    /** The tally entries of these lots on tender {@code tenderId}. */
    List<LotTally> tallies(Long tenderId) {
        return IntStream.range(0, lotNumbers.size())
                .mapToObj(i -> new LotTally(tallyTokens.get(i), tenderId, lotNumbers.get(i))).toList();
    }

    byte[] toBytes() {
        return CanonicalJson.write(Map.of("lots", lotNumbers, "tally", tallyTokens)).getBytes(StandardCharsets.UTF_8);
    }

    static ReceiptLots fromBytes(byte[] bytes) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            JsonObject json = reader.readObject();
            return new ReceiptLots(json.getJsonArray("lots").getValuesAs(JsonNumber.class).stream()
                    .map(JsonNumber::intValue).toList(),
                    json.getJsonArray("tally").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        }
    }
}
