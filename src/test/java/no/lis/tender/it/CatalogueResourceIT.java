package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's JSON API against the integration-test server with its demo data: searching as a
 * buyer, the rules of the domain as 400 with field errors, 401/403 by role, 404 for unknown ids and
 * 409 for a change made to an old version. Every run registers things under new numbers, so the
 * tests can run again against the same database.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueResourceIT {

    private static final Api BUYER = Api.as("kari");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aBuyerFindsSubstancesWithTheirDdds() {
        Api.Reply reply = BUYER.get("api/substances?q=adalimumab");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject adalimumab = only(reply.array(), "atcCode", "L04AB04");
        assertThat(adalimumab.getString("name")).isEqualTo("adalimumab");
        JsonObject ddd = adalimumab.getJsonObject("ddd");
        assertThat(ddd.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("2.9");
        assertThat(ddd.getString("unit")).isEqualTo("MG");
        assertThat(ddd.getString("route")).isEqualTo("PARENTERAL");
        assertThat(adalimumab.getString("patentExpiry")).isEqualTo("2018-10-16");
        assertThat(adalimumab.getJsonObject("therapeuticArea").getString("code")).isEqualTo("REUMA");
    }

    @Test
    void aBuyerListsAnAtcGroupInOrderAndSeesSubstancesWithoutDdd() {
        Api.Reply tnf = BUYER.get("api/substances?atc=l04ab&sort=atcCode&order=asc");
        assertThat(tnf.status()).as(tnf.toString()).isEqualTo(200);
        assertThat(tnf.array().getValuesAs(JsonObject.class)).extracting(s -> s.getString("atcCode"))
                .containsExactly("L04AB01", "L04AB02", "L04AB04", "L04AB05", "L04AB06");

        Api.Reply trastuzumab = BUYER.get("api/substances?q=L01FD01");
        JsonObject noDdd = only(trastuzumab.array(), "atcCode", "L01FD01");
        assertThat(noDdd.containsKey("ddd") && noDdd.get("ddd") != JsonValue.NULL).isFalse();
    }

    @Test
    void aBuyerFindsTheOriginatorAndTheBiosimilarsOfASubstanceWithPricesPerDdd() {
        Api.Reply reply = BUYER.get("api/products?q=adalimumab");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonObject> products = reply.array().getValuesAs(JsonObject.class);
        assertThat(products).extracting(p -> p.getString("name")).contains("Humira", "Amgevita", "Hyrimoz", "Imraldi",
                "Yuflyma").doesNotContain("Enbrel");
        assertThat(products).extracting(p -> p.getString("productType")).contains("ORIGINATOR", "BIOSIMILAR");
        JsonObject humira = products.stream().filter(p -> p.getString("name").equals("Humira")).findFirst().orElseThrow();
        assertThat(humira.getString("varenummer")).matches("[0-9]{6}");
        assertThat(humira.getJsonObject("substance").getString("atcCode")).isEqualTo("L04AB04");
        assertThat(humira.getJsonObject("marketingAuthorisationHolder").getString("name")).isEqualTo("AbbVie AS");
        assertThat(humira.getJsonObject("pack").getString("strengthUnit")).isEqualTo("MG");
        // 2 pens of 40 mg = 80 mg = 27.5862 DDDs of 2.9 mg; 9 780.30 NOK / 27.5862... = 354.5359 NOK per DDD
        assertThat(humira.getJsonNumber("maximumPricePerPack").bigDecimalValue()).isEqualByComparingTo("9780.30");
        assertThat(humira.getJsonNumber("dddsPerPack").bigDecimalValue()).isEqualByComparingTo("27.5862");
        assertThat(humira.getJsonNumber("maximumPricePerDdd").bigDecimalValue()).isEqualByComparingTo("354.5359");
    }

    @Test
    void productsAreFilteredByTypeAndGroupAndSortedByPrice() {
        Api.Reply reply = BUYER.get("api/products?atc=L04AB&type=biosimilar&sort=MAXIMUM_PRICE&order=desc&max=5");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonObject> products = reply.array().getValuesAs(JsonObject.class);
        assertThat(products).hasSize(5).allSatisfy(p -> {
            assertThat(p.getString("productType")).isEqualTo("BIOSIMILAR");
            assertThat(p.getJsonObject("substance").getString("atcCode")).startsWith("L04AB");
        });
        List<BigDecimal> prices = products.stream().map(p -> p.getJsonNumber("maximumPricePerPack").bigDecimalValue())
                .toList();
        assertThat(prices).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void anUnknownFilterValueIsAFieldError() {
        Api.Reply reply = BUYER.get("api/products?type=GENERIK");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(fields(reply.object())).containsExactly("type");
        assertThat(reply.object().getString("message")).contains("GENERIK").contains("BIOSIMILAR");
    }

    @Test
    void aSupplierWithAWrongCheckDigitIsRefusedWithTheRightDigit() {
        String valid = newOrganisationNumber();
        int checkDigit = valid.charAt(8) - '0';
        String wrong = valid.substring(0, 8) + (checkDigit + 1) % 10;

        Api.Reply reply = BUYER.post("api/suppliers", supplier("Feil Kontrollsiffer AS", wrong).build());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.object().getInt("status")).isEqualTo(400);
        JsonObject error = reply.object().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("organisationNumber");
        assertThat(error.getString("message")).contains("check digit").contains("should be " + checkDigit);
    }

    @Test
    void aValidSupplierIsCreatedWhereTheLocationSays() throws Exception {
        String number = newOrganisationNumber();

        HttpResponse<String> created = postAsBuyer("api/suppliers",
                supplier("Nordisk Sykehusfarma AS", number.substring(0, 3) + " " + number.substring(3, 6) + " "
                        + number.substring(6)).build());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/api/suppliers/[0-9]+");
        Api.Reply read = BUYER.get(URI.create(location).getPath().substring(1));
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.object().getString("organisationNumber")).isEqualTo(number);
        assertThat(read.object().getString("name")).isEqualTo("Nordisk Sykehusfarma AS");
    }

    @Test
    void aSecondSupplierWithTheSameOrganisationNumberIsRefused() {
        String number = newOrganisationNumber();
        assertThat(BUYER.post("api/suppliers", supplier("Første AS", number).build()).status()).isEqualTo(201);

        Api.Reply second = BUYER.post("api/suppliers", supplier("Andre AS", number).build());

        assertThat(second.status()).as(second.toString()).isEqualTo(400);
        assertThat(fields(second.object())).containsExactly("organisationNumber");
        assertThat(second.object().getString("message")).contains(number);
    }

    @Test
    void everyBrokenRuleOfASubstanceIsReportedUnderItsField() {
        JsonObject body = Json.createObjectBuilder()
                .add("atcCode", "L04AB4")
                .add("name", " ")
                .add("ddd", Json.createObjectBuilder().add("amount", 2.9).add("unit", "pills").add("route", "P"))
                .build();

        Api.Reply reply = BUYER.post("api/substances", body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(fields(reply.object())).containsExactly("ddd.unit");

        Api.Reply rules = BUYER.post("api/substances", Json.createObjectBuilder().add("atcCode", "L04AB4")
                .add("name", " ").add("ddd", Json.createObjectBuilder().add("amount", -1).add("unit", "MG")).build());
        assertThat(rules.status()).as(rules.toString()).isEqualTo(400);
        assertThat(fields(rules.object())).containsExactlyInAnyOrder("atcCode", "name", "ddd.amount", "ddd.route");
    }

    @Test
    void aSubstanceAndAProductOfItAreRegisteredAndTheDddsPerPackComputed() {
        String atcCode = newAtcCode();
        Api.Reply substance = BUYER.post("api/substances", Json.createObjectBuilder()
                .add("atcCode", atcCode.toLowerCase())
                .add("name", "testmab " + atcCode)
                .add("ddd", Json.createObjectBuilder().add("amount", 7.5).add("unit", "mg").add("route", "P"))
                .build());
        assertThat(substance.status()).as(substance.toString()).isEqualTo(201);
        assertThat(substance.object().getString("atcCode")).isEqualTo(atcCode);
        long substanceId = substance.object().getJsonNumber("id").longValue();
        long supplierId = BUYER.get("api/suppliers?q=Sandoz").array().getJsonObject(0).getJsonNumber("id").longValue();

        JsonObjectBuilder product = product(newVarenummer(), substanceId, supplierId).add("pack", pack("MG"));
        Api.Reply created = BUYER.post("api/products", product.build());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        // 4 syringes of 150 mg = 600 mg = 80 DDDs of 7.5 mg; 12 000 NOK / 80 = 150 NOK per DDD
        assertThat(created.object().getJsonNumber("dddsPerPack").bigDecimalValue()).isEqualByComparingTo("80");
        assertThat(created.object().getJsonNumber("maximumPricePerDdd").bigDecimalValue()).isEqualByComparingTo("150");

        Api.Reply wrongUnit = BUYER.post("api/products",
                product(newVarenummer(), substanceId, supplierId).add("pack", pack("tabletter")).build());
        assertThat(wrongUnit.status()).as(wrongUnit.toString()).isEqualTo(400);
        assertThat(fields(wrongUnit.object())).containsExactly("pack.strengthUnit");
    }

    @Test
    void therapeuticAreasAndSpecialistGroupsAreListed() {
        Api.Reply areas = BUYER.get("api/therapeutic-areas");
        assertThat(areas.status()).as(areas.toString()).isEqualTo(200);
        assertThat(areas.array().getValuesAs(JsonObject.class)).extracting(a -> a.getString("code"))
                .contains("REUMA", "ONKO", "INFEK", "BLOD", "NEVRO");

        Api.Reply groups = Api.as("ingrid").get("api/specialist-groups");
        assertThat(groups.status()).as(groups.toString()).isEqualTo(200);
        JsonObject tnf = only(groups.array(), "name", "Spesialistgruppe for TNF-BIO");
        assertThat(tnf.getJsonObject("therapeuticArea").getString("code")).isEqualTo("REUMA");
        assertThat(tnf.getJsonArray("members").getValuesAs(JsonObject.class))
                .filteredOn(m -> m.containsKey("username")).extracting(m -> m.getString("username"))
                .containsExactlyInAnyOrder("ingrid", "lars");
    }

    @Test
    void twoMembersOfAGroupMayNotShareAnEmailAddress() {
        long areaId = BUYER.get("api/therapeutic-areas").array().getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject body = Json.createObjectBuilder()
                .add("name", "Spesialistgruppe " + ThreadLocalRandom.current().nextInt(1_000_000))
                .add("therapeuticAreaId", areaId)
                .add("members", Json.createArrayBuilder()
                        .add(member("Kari Lege", "felles@sykehus.example"))
                        .add(member("Ola Lege", "FELLES@sykehus.example")))
                .build();

        Api.Reply reply = BUYER.post("api/specialist-groups", body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(fields(reply.object())).containsExactly("members[1].email");
    }

    @Test
    void anUnknownIdIsNotFoundAsJson() {
        for (String path : List.of("api/products/987654321", "api/substances/987654321", "api/suppliers/987654321",
                "api/specialist-groups/987654321", "api/therapeutic-areas/987654321")) {
            Api.Reply reply = BUYER.get(path);
            assertThat(reply.status()).as(path + " " + reply).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("application/json");
            assertThat(reply.object().getInt("status")).isEqualTo(404);
            assertThat(reply.object().getString("message")).contains("987654321");
        }
        Api.Reply put = BUYER.put("api/suppliers/987654321", supplier("Ingen AS", newOrganisationNumber())
                .add("version", 0).build());
        assertThat(put.status()).as(put.toString()).isEqualTo(404);
        assertThat(put.object().getString("message")).isEqualTo("Supplier 987654321 does not exist.");
        // the thing is named in the caller's language, as the rest of the message is
        assertThat(BUYER.withHeader("Accept-Language", "nb").get("api/products/987654321").object().getString("message"))
                .isEqualTo("Legemiddel 987654321 finnes ikke.");
    }

    @Test
    void withoutCredentialsTheCatalogueIsClosed() {
        assertThat(Api.anonymous().get("api/products").status()).isEqualTo(401);
        assertThat(Api.anonymous().post("api/suppliers", supplier("Anonym AS", newOrganisationNumber()).build())
                .status()).isEqualTo(401);
    }

    @Test
    void aSupplierUserMayNotChangeTheCatalogue() {
        Api sandoz = Api.as("sandoz");
        long productId = BUYER.get("api/products?q=Hyrimoz").array().getJsonObject(0).getJsonNumber("id").longValue();

        assertThat(sandoz.post("api/suppliers", supplier("Sandoz Kopi AS", newOrganisationNumber()).build()).status())
                .isEqualTo(403);
        assertThat(sandoz.put("api/products/" + productId, Json.createObjectBuilder().add("version", 0).build())
                .status()).isEqualTo(403);
        assertThat(sandoz.post("api/substances", Json.createObjectBuilder().build()).status()).isEqualTo(403);
    }

    @Test
    void aSpecialistReadsButDoesNotWrite() {
        Api ingrid = Api.as("ingrid");

        assertThat(ingrid.get("api/products?q=Remsima").status()).isEqualTo(200);
        assertThat(ingrid.post("api/suppliers", supplier("Spesialist AS", newOrganisationNumber()).build()).status())
                .isEqualTo(403);
    }

    @Test
    void aChangeToAnOldVersionIsAConflict() {
        Api.Reply created = BUYER.post("api/suppliers", supplier("Versjon AS", newOrganisationNumber()).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject read = created.object();
        String path = "api/suppliers/" + read.getJsonNumber("id").longValue();
        long version = read.getJsonNumber("version").longValue();

        Api.Reply first = BUYER.put(path, supplier("Versjon Norge AS", read.getString("organisationNumber"))
                .add("version", version).build());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.object().getString("name")).isEqualTo("Versjon Norge AS");
        assertThat(first.object().getJsonNumber("version").longValue()).isGreaterThan(version);

        Api.Reply stale = BUYER.put(path, supplier("Versjon Sverige AB", read.getString("organisationNumber"))
                .add("version", version).build());
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.object().getInt("status")).isEqualTo(409);
        assertThat(stale.object().getString("message")).contains("Versjon Norge AS");
        assertThat(BUYER.get(path).object().getString("name")).isEqualTo("Versjon Norge AS");

        Api.Reply noVersion = BUYER.put(path, supplier("Uten Versjon AS", read.getString("organisationNumber")).build());
        assertThat(noVersion.status()).as(noVersion.toString()).isEqualTo(400);
        assertThat(fields(noVersion.object())).containsExactly("version");
    }

    // --- helpers ---

    private static JsonObject only(JsonArray array, String key, String value) {
        List<JsonObject> matching = array.getValuesAs(JsonObject.class).stream()
                .filter(o -> value.equals(o.getString(key, null))).toList();
        assertThat(matching).as(key + "=" + value + " in " + array).hasSize(1);
        return matching.get(0);
    }

    private static List<String> fields(JsonObject error) {
        return error.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.isNull("field") ? null : e.getString("field")).toList();
    }

    private static JsonObjectBuilder supplier(String name, String organisationNumber) {
        return Json.createObjectBuilder().add("name", name).add("organisationNumber", organisationNumber)
                .add("contactEmail", "anbud@leverandor.example");
    }

    private static JsonObjectBuilder product(String varenummer, long substanceId, long supplierId) {
        return Json.createObjectBuilder().add("varenummer", varenummer).add("name", "Testmab")
                .add("substanceId", substanceId).add("marketingAuthorisationHolderId", supplierId)
                .add("maximumPricePerPack", new BigDecimal("12000.00")).add("productType", "BIOSIMILAR");
    }

    private static JsonObjectBuilder pack(String strengthUnit) {
        return Json.createObjectBuilder().add("form", "injeksjonsvæske, oppløsning i ferdigfylt sprøyte")
                .add("strengthAmount", 150).add("strengthUnit", strengthUnit).add("packSize", 4)
                .add("packUnit", "ferdigfylt sprøyte");
    }

    private static JsonObjectBuilder member(String fullName, String email) {
        return Json.createObjectBuilder().add("fullName", fullName).add("email", email).add("profession", "CLINICIAN");
    }

    /** A valid organisation number no run has used: 8 and seven random digits, and its modulus-11 check digit. */
    static String newOrganisationNumber() {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            String digits = "8" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            int check = sum % 11 == 0 ? 0 : 11 - sum % 11;
            if (check < 10) {
                return digits + check;
            }
        }
    }

    private static String newAtcCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("V%02d%c%c%02d", random.nextInt(100), (char) ('A' + random.nextInt(26)),
                (char) ('A' + random.nextInt(26)), random.nextInt(100));
    }

    /** Demo varenummer never start with 9. */
    private static String newVarenummer() {
        return "9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }

    /** Api has no access to headers; the Location of a 201 is read here. */
    private static HttpResponse<String> postAsBuyer(String path, JsonObject body) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString(("kari:" + Api.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(Api.base().resolve(path))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
