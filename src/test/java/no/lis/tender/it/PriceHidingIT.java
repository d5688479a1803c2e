package no.lis.tender.it;

import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No path gives the agreed prices of a LIS recommendation to anyone but PRICE_VIEWER, BUYER and
 * ADMIN: anonymous callers, suppliers and specialists get the public list, detail, versions, page and
 * PDF without a single agreed amount, and 401/403 on every priced path (API, PDF, page, the buyer's
 * working copy, the proposals from agreements, who has seen prices). The price viewer gets the prices,
 * her PDF carries her name, and the buyer sees that she has looked.
 */
@ExtendWith(ArquillianExtension.class)
class PriceHidingIT {

    private static final String BASE = "api/recommendations";
    private static final String HANNE = "Hanne Lie";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static JsonObject reuma() {
        Api.Reply list = Api.anonymous().get(BASE);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("therapeuticAreaName").startsWith("Revmatologi")).findFirst().orElseThrow();
    }

    /** Every agreed amount of the version, in each way it could be written: JSON, page and PDF. */
    private static Set<String> agreedAmountsOf(long id) {
        Api.Reply priced = Api.as("hanne").get(BASE + "/" + id + "/priced");
        assertThat(priced.status()).as(priced.toString()).isEqualTo(200);
        Set<String> amounts = new TreeSet<>();
        for (JsonObject indication : priced.object().getJsonArray("indications").getValuesAs(JsonObject.class)) {
            for (JsonObject line : indication.getJsonArray("lines").getValuesAs(JsonObject.class)) {
                for (String field : List.of("pricePerPack", "pricePerDdd")) {
                    if (line.containsKey(field) && !line.isNull(field)) {
                        amounts.addAll(writings(line.getJsonNumber(field).bigDecimalValue()));
                    }
                }
            }
        }
        assertThat(amounts).as("the demo recommendation has prices to hide").isNotEmpty();
        return amounts;
    }

    private static List<String> writings(BigDecimal amount) {
        String plain = amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        List<String> writings = new ArrayList<>();
        writings.add(plain);
        writings.add(plain.replace('.', ','));
        String stripped = amount.stripTrailingZeros().toPlainString();
        if (stripped.contains(".")) {
            writings.add(stripped);
        }
        return writings;
    }

    /** The text without any kind of space, so that "3 195,50" (grouped with a no-break space) reads "3195,50". */
    private static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F\\u2009]", "");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void assertNoPrice(String what, String text, Set<String> amounts) {
        String squeezed = squeezed(text);
        for (String amount : amounts) {
            assertThat(squeezed).as(what + " must not show the agreed amount " + amount).doesNotContain(amount);
        }
        assertThat(text).as(what).doesNotContainIgnoringCase("pricePer");
    }

    @Test
    void anonymousSupplierAndSpecialistReadThePublicEditionWithoutAnyPrice() throws IOException {
        long id = reuma().getJsonNumber("recommendationId").longValue();
        Set<String> amounts = agreedAmountsOf(id);
        long previous = Api.anonymous().get(BASE + "/" + id + "/versions").array().getValuesAs(JsonObject.class).stream()
                .mapToLong(v -> v.getJsonNumber("recommendationId").longValue()).filter(v -> v != id).findFirst().orElseThrow();
        amounts.addAll(agreedAmountsOf(previous));

        for (Api caller : List.of(Api.anonymous(), Api.as("sandoz"), Api.as("ingrid"))) {
            Api.Reply list = caller.get(BASE);
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            assertNoPrice("the list", list.body(), amounts);
            for (long version : List.of(id, previous)) {
                Api.Reply detail = caller.get(BASE + "/" + version);
                assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
                assertThat(detail.object().getJsonArray("indications")).isNotEmpty();
                assertNoPrice("the public detail", detail.body(), amounts);
                Api.Reply versions = caller.get(BASE + "/" + version + "/versions");
                assertThat(versions.status()).isEqualTo(200);
                assertNoPrice("the versions", versions.body(), amounts);
                Api.Reply pdf = caller.getBytes(BASE + "/" + version + "/pdf");
                assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
                assertThat(pdf.contentType()).startsWith("application/pdf");
                String text = pdfText(pdf.bytes());
                assertThat(text).contains("Yuflyma");
                assertNoPrice("the public PDF", text, amounts);
            }
        }

        HttpResponse<String> page = PageSession.anonymous().get("recommendations/recommendation.xhtml?id=" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Yuflyma").contains("Revmatoid artritt");
        assertNoPrice("the public page", page.body(), amounts);
        HttpResponse<String> index = PageSession.anonymous().get("recommendations/index.xhtml");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("Revmatologi");
        assertNoPrice("the public list page", index.body(), amounts);
    }

    @Test
    void everyPricedPathAnswers401AnonymousAnd403ToSuppliersAndSpecialists() {
        JsonObject reuma = reuma();
        long id = reuma.getJsonNumber("recommendationId").longValue();
        List<String> priced = List.of(BASE + "/" + id + "/priced", BASE + "/" + id + "/priced/pdf",
                BASE + "/" + id + "/price-views", BASE + "/" + id + "/working-copy",
                BASE + "/proposals?therapeuticAreaId=" + reuma.getJsonNumber("therapeuticAreaId"));
        for (String path : priced) {
            Api.Reply anonymous = Api.anonymous().getBytes(path);
            assertThat(anonymous.status()).as("anonymous " + path + ": " + anonymous.body()).isEqualTo(401);
            for (String user : List.of("sandoz", "ingrid")) {
                Api.Reply refused = Api.as(user).getBytes(path);
                assertThat(refused.status()).as(user + " " + path + ": " + refused.body()).isEqualTo(403);
                assertThat(refused.contentType()).doesNotContain("pdf");
            }
        }
        assertThat(Api.as("hanne").get(BASE + "/" + id + "/price-views").status())
                .as("who has seen prices is for buyers").isEqualTo(403);

        HttpResponse<String> anonymousPage = PageSession.anonymous().get("pricing/recommendation.xhtml?id=" + id);
        assertThat(anonymousPage.statusCode()).as("sent to the login page").isEqualTo(302);
        assertThat(anonymousPage.headers().firstValue("Location").orElse("")).contains("login.xhtml");
        for (String user : List.of("sandoz", "ingrid")) {
            HttpResponse<String> page = PageSession.loggedInAs(user).get("pricing/recommendation.xhtml?id=" + id);
            assertThat(page.statusCode()).as(user + " on the priced page").isEqualTo(403);
            assertThat(page.body()).doesNotContain("Yuflyma");
        }
    }

    @Test
    void thePriceViewerSeesPricesHerPdfCarriesHerNameAndTheBuyerSeesThatSheLooked() throws IOException {
        long id = reuma().getJsonNumber("recommendationId").longValue();
        Set<String> amounts = agreedAmountsOf(id);

        HttpResponse<String> page = PageSession.loggedInAs("hanne").get("pricing/recommendation.xhtml?id=" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(amounts.stream().anyMatch(squeezed(page.body())::contains)).as("the page shows the prices").isTrue();

        Api.Reply pdf = Api.as("hanne").getBytes(BASE + "/" + id + "/priced/pdf");
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        String text = pdfText(pdf.bytes());
        assertThat(text).contains(HANNE);
        assertThat(amounts.stream().anyMatch(squeezed(text)::contains)).as("the PDF shows the prices").isTrue();

        Api.Reply views = Api.as("kari").get(BASE + "/" + id + "/price-views");
        assertThat(views.status()).as(views.toString()).isEqualTo(200);
        JsonObject hanne = views.array().getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("username").equals("hanne")).findFirst().orElseThrow();
        assertThat(hanne.getString("fullName")).startsWith(HANNE);
        assertThat(hanne.getInt("views")).isGreaterThanOrEqualTo(3);
        assertThat(hanne.getJsonArray("channels").toString()).contains("API").contains("PDF").contains("PAGE");
        assertThat(views.array().getValuesAs(JsonObject.class)).noneMatch(v -> v.getString("username").equals("sandoz")
                || v.getString("username").equals("ingrid"));
    }
}
