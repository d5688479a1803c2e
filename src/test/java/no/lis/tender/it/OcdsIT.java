package no.lis.tender.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import no.lis.tender.publication.OcdsSchema;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open data on a real server with the demo data: anyone, without logging in, reads the tenders,
 * awards and contracts as an OCDS 1.1 release package that the official schema accepts, page by page,
 * with the suppliers by organisation number, the lots, the awards and the agreements, and without any
 * of the prices the buyers see.
 */
@ExtendWith(ArquillianExtension.class)
class OcdsIT {

    private static final String RELEASES = "api/ocds/releases";
    /** The demo round with its award and framework agreements (DemoAgreements). */
    private static final String RUNNING = "2025-LIS-TNF-01";
    /** The offered prices per pack of the demo round (DemoAgreements) and of the opened demo offers (DemoEvaluation). */
    private static final List<String> DEMO_PRICES = List.of("2145.00", "2190.00", "2230.00", "6940.00", "3320.00",
            "3395.00", "7450.00", "1120.00", "1150.00", "1165.00", "3200.00", "2980.00", "31470.10");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anyoneReadsEveryPageAsValidOcdsWithSuppliersLotsAwardsAndAgreements() {
        List<JsonObject> releases = new ArrayList<>();
        String next = RELEASES + "?size=5";
        int pages = 0;
        while (next != null) {
            Api.Reply page = Api.anonymous().get(next);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.contentType()).startsWith("application/json");
            assertThat(OcdsSchema.errors(page.body())).as("page " + next).isEmpty();
            JsonObject json = page.object();
            releases.addAll(json.getJsonArray("releases").getValuesAs(JsonObject.class));
            JsonObject links = json.getJsonObject("links");
            next = links != null && links.containsKey("next") ? relative(links.getString("next")) : null;
            pages++;
        }
        assertThat(pages).as("the demo has more than five processes").isGreaterThan(1);

        JsonObject running = releases.stream().filter(r -> r.getString("ocid").endsWith("-" + RUNNING)).findFirst()
                .orElseThrow();
        assertThat(running.getString("ocid")).isEqualTo("ocds-xxxxxx-" + RUNNING);
        assertThat(running.getJsonObject("tender").getJsonArray("lots")).hasSize(3);
        assertThat(running.getJsonObject("tender").getString("status")).isEqualTo("complete");
        JsonArray awards = running.getJsonArray("awards");
        assertThat(awards).as("adalimumab per health region, etanercept, infliximab").hasSize(6);
        JsonObject award = awards.getJsonObject(0);
        assertThat(award.getJsonArray("relatedLots").getString(0)).isEqualTo("1");
        String supplier = award.getJsonArray("suppliers").getJsonObject(0).getString("id");
        assertThat(supplier).matches("NO-BRC-\\d{9}");
        JsonObject party = running.getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals(supplier)).findFirst().orElseThrow();
        assertThat(party.getJsonObject("identifier").getString("scheme")).isEqualTo("NO-BRC");
        assertThat(party.getJsonArray("roles").getString(0)).isEqualTo("supplier");
        assertThat(running.getJsonArray("contracts")).hasSize(6)
                .allSatisfy(c -> assertThat(((JsonObject) c).getJsonObject("period").getString("startDate")).isNotBlank());
        assertThat(releases).as("the phase-1 direct agreement")
                .anySatisfy(r -> assertThat(r.getJsonObject("tender").getString("procurementMethod")).isEqualTo("direct"));
        assertThat(releases).extracting(r -> r.getJsonObject("tender").getString("status"))
                .as("drafts are not published").doesNotContain("planning");
    }

    @Test
    void noPriceTheBuyersSeeIsInTheOpenDataWhoeverAsks() {
        Set<String> amounts = new TreeSet<>();
        for (String price : DEMO_PRICES) {
            amounts.addAll(writings(new BigDecimal(price)));
        }
        Api.Reply agreements = Api.as("kari").get("api/agreements?all=true");
        assertThat(agreements.status()).as(agreements.toString()).isEqualTo(200);
        collectPrices(agreements.json(), "", amounts);
        assertThat(amounts).as("the agreed prices were found").hasSizeGreaterThan(DEMO_PRICES.size() * 3);

        for (Api caller : List.of(Api.anonymous(), Api.as("kari"), Api.as("sandoz"))) {
            Api.Reply page = caller.get(RELEASES + "?size=100");
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            String squeezed = page.body().replaceAll("[\\s\\u00A0\\u202F\\u2009]", "");
            // whole numbers only: an agreed 5000.00 must not be found inside a lot's volume of 95000.00
            assertThat(amounts).as("agreed prices in the open data").filteredOn(amount -> Pattern.compile(
                    "(?<![0-9.,])" + Pattern.quote(amount) + "(?![0-9])").matcher(squeezed).find()).isEmpty();
            List<String> numbers = new ArrayList<>();
            numbers(page.json(), "", numbers);
            assertThat(numbers).as("the only numbers are the lots' estimated volumes")
                    .allMatch(path -> path.endsWith(".quantity"));
        }
    }

    @Test
    void sinceLeavesOutWhatHasNotChangedAndBadParametersAreRefusedByName() {
        Api.Reply future = Api.anonymous().get(RELEASES + "?since=2999-01-01");
        assertThat(future.status()).as(future.toString()).isEqualTo(200);
        assertThat(future.object().getJsonArray("releases")).isEmpty();
        Api.Reply past = Api.anonymous().get(RELEASES + "?size=100&since=2000-01-01T00:00:00Z");
        assertThat(past.object().getJsonArray("releases")).hasSameSizeAs(
                Api.anonymous().get(RELEASES + "?size=100").object().getJsonArray("releases"));

        Api.Reply bad = Api.anonymous().get(RELEASES + "?since=yesterday&size=1000");
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("since", "size");
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpoint() {
        JsonObject paths = Api.anonymous().get("openapi?format=JSON").object().getJsonObject("paths");
        String path = paths.keySet().stream().filter(p -> p.endsWith("/ocds/releases")).findFirst().orElseThrow();
        JsonObject get = paths.getJsonObject(path).getJsonObject("get");
        assertThat(get.getString("summary")).contains("OCDS 1.1", "no prices");
        assertThat(get.getJsonArray("parameters").getValuesAs(JsonObject.class)).extracting(p -> p.getString("name"))
                .contains("since", "page", "size");
    }

    /** The path of a link of the package, relative to the server's root as Api takes it. */
    private static String relative(String link) {
        return link.substring(link.indexOf("api/ocds/"));
    }

    /** Each way an amount could be written: 2145.00, 2145,00, 2145.0, 2145,0 and 2145 (in a JSON number). */
    private static Set<String> writings(BigDecimal amount) {
        String plain = amount.setScale(2).toPlainString();
        return new TreeSet<>(List.of(plain, plain.replace('.', ','), "\"" + amount.stripTrailingZeros().toPlainString() + "\"",
                ":" + amount.stripTrailingZeros().toPlainString() + ",", ":" + plain + ","));
    }

    private static void collectPrices(JsonValue value, String key, Set<String> amounts) {
        if (value instanceof JsonObject object) {
            object.forEach((name, member) -> collectPrices(member, name, amounts));
        } else if (value instanceof JsonArray array) {
            array.forEach(element -> collectPrices(element, key, amounts));
        } else if (value instanceof JsonNumber number && key.matches("(?i).*(price|rebate).*")) {
            amounts.addAll(writings(number.bigDecimalValue()));
        }
    }

    private static void numbers(JsonValue value, String path, List<String> found) {
        if (value instanceof JsonObject object) {
            object.forEach((name, member) -> numbers(member, path + "." + name, found));
        } else if (value instanceof JsonArray array) {
            array.forEach(element -> numbers(element, path + "[]", found));
        } else if (value instanceof JsonNumber) {
            found.add(path);
        }
    }
}
