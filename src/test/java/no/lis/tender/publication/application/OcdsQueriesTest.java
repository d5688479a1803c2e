package no.lis.tender.publication.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import no.lis.tender.agreements.AgreementsWorld;
import no.lis.tender.agreements.framework.application.ConcludeAgreementCommand;
import no.lis.tender.agreements.framework.application.DirectAgreementCommand;
import no.lis.tender.catalogue.application.InMemorySupplierRepository;
import no.lis.tender.catalogue.domain.EmailAddress;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.publication.OcdsSchema;
import no.lis.tender.publication.api.OcdsJson;
import no.lis.tender.publication.domain.OcdsProcessRepository;
import no.lis.tender.publication.domain.OcdsPublisher;
import no.lis.tender.publication.domain.OcdsReleasePackage;
import no.lis.tender.publication.domain.OcdsReleases;
import no.lis.tender.shared.Stored;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import no.lis.tender.tendering.domain.Timeline;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static no.lis.tender.agreements.award.domain.AwardFixtures.ALFA;
import static no.lis.tender.agreements.award.domain.AwardFixtures.ALFA_OFFER;
import static no.lis.tender.agreements.award.domain.AwardFixtures.BETA;
import static no.lis.tender.agreements.award.domain.AwardFixtures.GAMMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The open data of the one-lot adalimumab tender of {@link AgreementsWorld} as it goes from
 * publication through the award letters to its framework agreement, and a direct agreement: a valid
 * OCDS 1.1 release package (checked against the official schema), with the suppliers by organisation
 * number, the lot, the award and the contracts, and not one price.
 */
class OcdsQueriesTest {

    private static final OcdsPublisher PUBLISHER = new OcdsPublisher("ocds-xxxxxx",
            "Sykehusinnkjøp HF, divisjon legemidler (LIS)", new OrganisationNumber("916879067"),
            URI.create("https://data.norge.no/nlod/no/2.0"), null);
    /** The prices and the rebate agreed below, and Humira's maximum price, in every form they could be written. */
    private static final List<String> PRICES = List.of("6950", "6 950", "7250", "7 250", "27.5", "27,5", "10000",
            "10 000");

    private final AgreementsWorld world = new AgreementsWorld();
    private final InMemorySupplierRepository suppliers = new InMemorySupplierRepository();
    private final OcdsQueries queries = new OcdsQueries(PUBLISHER, new Processes(), world.tenders, world.decisions,
            world.frameworks, world.directs, suppliers, world.clock);

    OcdsQueriesTest() {
        supplier(ALFA, "Alfa Pharma AS", "923456783");
        supplier(BETA, "Beta Biosimilars AB", "934567897");
        supplier(GAMMA, "Gamma Generics Oy", "998877660");
    }

    @Test
    void anAwardedTenderWithItsAgreementIsValidOcdsWithSuppliersLotAwardAndContract() {
        concludedWithAlfa();

        JsonObject json = page(null, null, null);

        assertThat(OcdsSchema.errors(json.toString())).isEmpty();
        assertThat(json.getString("version")).isEqualTo("1.1");
        JsonObject release = json.getJsonArray("releases").getJsonObject(0);
        assertThat(release.getString("ocid")).isEqualTo("ocds-xxxxxx-" + world.tender.getReference().value());
        assertThat(release.getJsonArray("tag")).extracting(v -> ((JsonString) v).getString())
                .containsExactly("tender", "award", "contract");
        assertThat(release.getJsonObject("buyer").getString("id")).isEqualTo("NO-BRC-916879067");
        JsonObject alfa = party(release, "NO-BRC-923456783");
        assertThat(alfa.getString("name")).isEqualTo("Alfa Pharma AS");
        assertThat(alfa.getJsonObject("identifier").getString("scheme")).isEqualTo("NO-BRC");
        assertThat(alfa.getJsonArray("roles").getString(0)).isEqualTo("supplier");
        assertThat(release.toString()).as("only the awarded supplier is named").doesNotContain("Beta", "Gamma");

        JsonObject tender = release.getJsonObject("tender");
        assertThat(tender.getString("status")).isEqualTo("complete");
        assertThat(tender.getString("procurementMethod")).isEqualTo("open");
        assertThat(tender.getString("mainProcurementCategory")).isEqualTo("goods");
        assertThat(tender.getString("awardCriteria")).isEqualTo("ratedCriteria");
        assertThat(tender.getJsonArray("lots")).singleElement()
                .satisfies(lot -> assertThat(((JsonObject) lot).getString("id")).isEqualTo("1"));
        JsonObject item = tender.getJsonArray("items").getJsonObject(0);
        assertThat(item.getJsonObject("classification").getString("id")).isEqualTo("33600000");
        assertThat(item.getJsonArray("additionalClassifications").getJsonObject(0).getString("id")).isEqualTo("L04AB04");

        JsonObject award = release.getJsonArray("awards").getJsonObject(0);
        assertThat(award.getString("status")).isEqualTo("active");
        assertThat(award.getJsonArray("relatedLots").getString(0)).isEqualTo("1");
        assertThat(award.getJsonArray("suppliers").getJsonObject(0).getString("id")).isEqualTo("NO-BRC-923456783");
        assertThat(award.getString("date")).startsWith("2026-04-02T14:00");
        JsonObject contract = release.getJsonArray("contracts").getJsonObject(0);
        assertThat(contract.getString("awardID")).isEqualTo(award.getString("id"));
        assertThat(contract.getString("status")).as("starts 1 September").isEqualTo("pending");
        assertThat(contract.getJsonObject("period").getString("startDate")).startsWith("2026-09-01T00:00:00+02:00");
        assertThat(contract.getJsonObject("period").getString("maxExtentDate")).as("with both options")
                .startsWith("2030-08-31");
    }

    @Test
    void noPriceRebateOrAmountReachesTheOpenData() {
        concludedWithAlfa();
        direct();

        JsonObject json = page(null, null, null);
        String text = json.toString();

        assertThat(OcdsSchema.errors(text)).isEmpty();
        assertThat(text).doesNotContain(PRICES);
        List<String> numbers = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        walk(json, "", numbers, keys);
        assertThat(numbers).as("the only numbers are the lots' estimated volumes").allMatch(path -> path.endsWith(".quantity"));
        assertThat(keys).noneMatch(key -> key.matches("(?i).*(price|value|amount|rebate|saving).*"));
    }

    @Test
    void theAwardIsPublishedOnlyOnceTheLettersAreOutAndPendingUntilTheAgreement() {
        world.awardLot.award(world.tender.getId(), 1, "NO", List.of(ALFA_OFFER), "kari");
        JsonObject decided = release(page(null, null, null));
        assertThat(decided.containsKey("awards")).as("the decision is not public before the letters").isFalse();
        assertThat(decided.getJsonObject("tender").getString("status")).isEqualTo("active");

        world.issueLetters.issue(world.tender.getId(), "kari");
        JsonObject issued = release(page(null, null, null));

        assertThat(issued.getJsonArray("awards").getJsonObject(0).getString("status")).isEqualTo("pending");
        assertThat(issued.getString("id")).as("a change makes a new release").isNotEqualTo(decided.getString("id"));
        assertThat(issued.getString("date")).startsWith("2026-04-02T14:00");
    }

    @Test
    void aDirectAgreementIsAProcessOfItsOwnWithTheDirectMethodAndTheDecisionAsRationale() {
        direct();

        JsonObject json = page(null, null, null);

        assertThat(OcdsSchema.errors(json.toString())).isEmpty();
        JsonObject release = json.getJsonArray("releases").getJsonObject(1);
        assertThat(release.getString("ocid")).startsWith("ocds-xxxxxx-ID2025_047-");
        JsonObject tender = release.getJsonObject("tender");
        assertThat(tender.getString("procurementMethod")).isEqualTo("direct");
        assertThat(tender.getString("procurementMethodRationale")).contains("ID2025_047");
        assertThat(release.getJsonArray("contracts").getJsonObject(0).getString("status")).isEqualTo("active");
        assertThat(release.getJsonArray("parties").getJsonObject(1).getString("id"))
                .as("Humira's holder, AbbVie, is not in these suppliers: named by the catalogue's id")
                .isEqualTo("LIS-supplier-" + AgreementsWorld.ABBVIE);
    }

    @Test
    void pagesLinkToEachOtherAndSinceLeavesOutWhatHasNotChanged() {
        concludedWithAlfa();
        direct();

        JsonObject first = page(null, "1", "1");
        JsonObject second = page(null, "2", "1");

        assertThat(first.getJsonArray("releases")).hasSize(1);
        assertThat(first.getJsonObject("links").getString("next")).isEqualTo("https://lis.example/ocds?page=2");
        assertThat(first.getJsonObject("links").containsKey("prev")).isFalse();
        assertThat(second.getJsonObject("links").getString("prev")).isEqualTo("https://lis.example/ocds?page=1");
        assertThat(OcdsSchema.errors(second.toString())).isEmpty();
        assertThat(page("2026-04-15", null, null).getJsonArray("releases")).as("the direct agreement of 15 April")
                .singleElement().satisfies(r -> assertThat(((JsonObject) r).getString("ocid")).contains("ID2025_047"));
        assertThat(page("2026-04-02T14:00:00+02:00", null, null).getJsonArray("releases")).hasSize(2);
    }

    @Test
    void badParametersAreRefusedUnderTheirNamesAllAtOnce() {
        assertThatThrownBy(() -> queries.releasePackage("i går", "0", "500", n -> URI.create("https://lis.example")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::messageKey).containsExactly(
                                tuple("since", "publication.ocds.sinceInvalid"),
                                tuple("page", "publication.ocds.pageInvalid"),
                                tuple("size", "publication.ocds.sizeInvalid")));
    }

    @Test
    void aPrefixThatIsNotOfTheRegisteredFormIsRefused() {
        assertThatThrownBy(() -> new OcdsPublisher("ocds-LIS", "LIS", new OrganisationNumber("916879067"),
                URI.create("https://data.norge.no/nlod/no/2.0"), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("publication.ocds.prefixInvalid"));
    }

    @Test
    void aDraftIsNoProcessOfTheOpenData() {
        Tender draft = TenderFixtures.publishable();
        assertThatThrownBy(() -> OcdsReleases.ofTender(PUBLISHER, draft, null, List.of(), id -> Optional.empty(),
                LocalDate.of(2026, 1, 10))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Lot 1 awarded to Alfa, the letters out on 2 April 2026, the agreement concluded on 14 April (the standstill ran to Monday 13 April: Sunday 12 April moved) at 6 950,00 a pack. */
    private void concludedWithAlfa() {
        world.awardedToAlfaWithLettersIssued();
        world.at(LocalDate.of(2026, 4, 14), 9);
        world.concludeFramework.conclude(new ConcludeAgreementCommand(world.tender.getId(), 1, "NO",
                List.of(new ConcludeAgreementCommand.Price(ALFA, "123451", "Alfa adalimumab 40 mg penn",
                        new BigDecimal("6950.00"))), LocalDate.of(2026, 9, 1), LocalDate.of(2028, 8, 31),
                List.of(new ConcludeAgreementCommand.Option(12, LocalDate.of(2028, 2, 28)),
                        new ConcludeAgreementCommand.Option(12, LocalDate.of(2029, 2, 28)))), "kari");
    }

    /** Humira at 27,5 % off its maximum price of 10 000, concluded on 15 April 2026, valid from 1 April. */
    private void direct() {
        world.at(LocalDate.of(2026, 4, 15), 9);
        world.concludeDirect.conclude(new DirectAgreementCommand("ID2025_047", "123456", null, new BigDecimal("27.5"),
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), "EXCLUSIVE_RIGHTS",
                "Patentbeskyttet legemiddel uten terapeutisk likeverdig alternativ."), "kari");
    }

    /** A supplier with the id the award fixtures give it. */
    private void supplier(Long id, String name, String organisationNumber) {
        suppliers.save(Stored.withId(new Supplier(name, new OrganisationNumber(organisationNumber),
                new EmailAddress("anbud@example.no")), id));
    }

    private JsonObject page(String since, String page, String size) {
        OcdsReleasePackage releasePackage = queries.releasePackage(since, page, size,
                number -> URI.create("https://lis.example/ocds?page=" + number));
        return OcdsJson.json(releasePackage);
    }

    private static JsonObject release(JsonObject json) {
        return json.getJsonArray("releases").getJsonObject(0);
    }

    private static JsonObject party(JsonObject release, String id) {
        return release.getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals(id)).findFirst().orElseThrow();
    }

    private static void walk(JsonValue value, String path, List<String> numbers, List<String> keys) {
        if (value instanceof JsonObject object) {
            object.forEach((key, member) -> {
                keys.add(key);
                walk(member, path + "." + key, numbers, keys);
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(element -> walk(element, path + "[]", numbers, keys));
        } else if (value.getValueType() == JsonValue.ValueType.NUMBER) {
            numbers.add(path);
        }
    }

    /** The tenders suppliers can see and the direct agreements, narrowed by since as the release dates say. */
    private final class Processes implements OcdsProcessRepository {

        @Override
        public List<Long> publishedTenderIds(Instant since, LocalDate today) {
            return world.tenders.all().stream().filter(Tender::isVisibleToSuppliers)
                    .filter(t -> since == null || !OcdsReleases.lastChange(t, world.decisions.findByTender(t.getId())
                            .orElse(null), world.frameworks.findByTender(t.getId()), today).isBefore(since))
                    .map(Tender::getId).toList();
        }

        @Override
        public List<Long> directAgreementIds(Instant since, LocalDate today) {
            return world.directs.stored.stream()
                    .filter(a -> since == null || !a.getConcluded().at().isBefore(since)
                            || !a.getValidFrom().isBefore(Timeline.osloDate(since)) && !a.getValidFrom().isAfter(today))
                    .map(a -> a.getId()).toList();
        }
    }
}
