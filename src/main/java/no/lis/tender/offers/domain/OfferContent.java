package no.lis.tender.offers.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import no.lis.tender.shared.domain.Digests;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.Tender;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a supplier offers on one tender: an offer per lot, each lot at most once, in the order the
 * supplier gave them. The content has one canonical serialisation ({@link #canonicalJson()}); its
 * SHA-256 is the digest on the receipt. The serialisation includes a {@code salt}, a random value
 * chosen when the content was written: the digest is kept in clear beside the sealed content, and
 * without the salt anyone holding a database dump could find a price by trying every amount
 * against the digest of an otherwise guessable offer. A broken rule names its field by the lot's
 * position, e.g. {@code lots[1].lotNumber}. At most {@value #MAX_LOTS} lots (the largest generic
 * tenders have had some 1 500 possible agreements); every check is one pass over the lots. The
 * supplier's {@link Espd} is part of the content, sealed with it, or null if none was given; content
 * without one serialises exactly as before the ESPD existed, so that earlier receipts still match.
 */
public record OfferContent(List<LotOffer> lots, Espd espd, String salt) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SALT_BYTES = 16;
    public static final int MAX_LOTS = 2000;

    public OfferContent {
        lots = lots == null ? List.of() : List.copyOf(lots);
        if (salt == null || salt.isBlank()) {
            throw new IllegalArgumentException("offer content needs a salt");
        }
        if (lots.size() > MAX_LOTS) {
            throw new DomainException("lots", "offers.lots.tooMany", MAX_LOTS);
        }
        List<Violation> violations = new ArrayList<>();
        Set<Integer> earlier = new HashSet<>();
        for (int i = 0; i < lots.size(); i++) {
            int number = lots.get(i).lotNumber();
            if (!earlier.add(number)) {
                violations.add(new Violation(path(i) + ".lotNumber", "offers.lot.twice", number));
            }
        }
        DomainException.throwIfAny(violations);
    }

    /** Content without an ESPD. */
    public OfferContent(List<LotOffer> lots, String salt) {
        this(lots, null, salt);
    }

    /** Content without an ESPD, with a new random salt. */
    public static OfferContent of(List<LotOffer> lots) {
        return of(lots, null);
    }

    /** Content with a new random salt; {@code espd} null if none was given. */
    public static OfferContent of(List<LotOffer> lots, Espd espd) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new OfferContent(lots, espd, HexFormat.of().formatHex(salt));
    }

    /** Reads content back from its {@link #canonicalJson()}. */
    public static OfferContent fromCanonicalJson(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject content = reader.readObject();
            return new OfferContent(content.getJsonArray("lots").getValuesAs(JsonObject.class).stream()
                    .map(LotOffer::fromJson).toList(),
                    content.containsKey("espd") ? Espd.fromJson(content.getJsonObject("espd")) : null,
                    content.getString("salt"));
        }
    }

    /** The one serialisation of this content: JSON without white space, members sorted by name. */
    public String canonicalJson() {
        Map<String, Object> json = new HashMap<>();
        json.put("lots", lots.stream().map(LotOffer::toJson).toList());
        json.put("salt", salt);
        if (espd != null) {
            json.put("espd", espd.toJson());
        }
        return CanonicalJson.write(json);
    }

    /** The SHA-256 of the canonical serialisation in UTF-8, as 64 lower-case hex digits. */
    public String sha256() {
        return Digests.sha256Hex(canonicalJson().getBytes(StandardCharsets.UTF_8));
    }

    /** The numbers of the lots offered on, in the order given. */
    public List<Integer> lotNumbers() {
        return lots.stream().map(LotOffer::lotNumber).toList();
    }

    /**
     * What in this content cannot be submitted on {@code tender}: an ESPD missing where the tender
     * sets qualification requirements, or one given but incomplete ({@link Espd}).
     */
    public List<Violation> violationsForSubmission(Tender tender) {
        return Espd.violationsForSubmission(espd, tender);
    }

    /**
     * What in this content does not fit {@code tender}: a lot it does not have, an answer to a
     * sub-criterion that is not among those of the tender's criterion of that type, or an ESPD
     * statement against a qualification requirement it does not set.
     */
    public List<Violation> violationsAgainst(Tender tender) {
        List<Violation> violations = new ArrayList<>();
        // the tender's lots and sub-criteria as sets, so that the check is linear in the offer's size
        Map<Integer, List<String>> lotScenarios = new HashMap<>();
        tender.getLots().forEach(lot -> lotScenarios.put(lot.getNumber(), lot.getScenarios()));
        Set<List<Object>> asked = new HashSet<>();
        for (AwardCriterion criterion : tender.getCriteria()) {
            criterion.getSubCriteria().forEach(sub -> asked.add(List.of(criterion.getType(), sub.getTitle())));
        }
        for (int i = 0; i < lots.size(); i++) {
            LotOffer lot = lots.get(i);
            String lotPath = path(i);
            List<String> scenarios = lotScenarios.get(lot.lotNumber());
            if (scenarios == null) {
                violations.add(new Violation(lotPath + ".lotNumber", "offers.lot.unknown", lot.lotNumber()));
            } else {
                violations.addAll(scenarioViolations(lotPath, lot, scenarios));
            }
            lot.answers().stream().filter(answer -> !asked.contains(answer.sameAsKey()))
                    .forEach(answer -> violations.add(new Violation(lotPath + ".answers",
                            "offers.answer.unknownSubCriterion", answer.subCriterion(), answer.criterion())));
        }
        if (espd != null) {
            violations.addAll(espd.violationsAgainst(tender));
        }
        return violations;
    }

    /**
     * A lot with price scenarios needs a price under each, in the lot's order, and its unit price is the
     * price under the first; a lot without scenarios takes none.
     */
    private static List<Violation> scenarioViolations(String lotPath, LotOffer lot, List<String> scenarios) {
        List<String> priced = lot.scenarioPrices().stream().map(ScenarioPrice::scenario).toList();
        if (scenarios.isEmpty()) {
            return priced.isEmpty() ? List.of()
                    : List.of(new Violation(lotPath + ".scenarioPrices", "offers.scenario.none", lot.lotNumber()));
        }
        if (!priced.equals(scenarios)) {
            return List.of(new Violation(lotPath + ".scenarioPrices", "offers.scenario.mismatch", lot.lotNumber(),
                    String.join(", ", scenarios)));
        }
        if (lot.unitPricePerPack().compareTo(lot.scenarioPrices().get(0).unitPricePerPack()) != 0) {
            return List.of(new Violation(lotPath + ".unitPricePerPack", "offers.scenario.firstPrice", scenarios.get(0)));
        }
        return List.of();
    }

    private static String path(int index) {
        return "lots[" + index + "]";
    }
}
