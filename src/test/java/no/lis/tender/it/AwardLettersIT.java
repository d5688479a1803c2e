package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reads which award letter, on a real server, for one tender awarded to Sandoz over AbbVie:
 * each supplier its own and no other (404, as if there were none), buyers every one, anonymous
 * callers none (401), other roles none (403).
 */
@ExtendWith(ArquillianExtension.class)
class AwardLettersIT {

    private static JsonObject award;
    private static String letter;
    private static long sandoz;
    private static long abbvie;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void lettersIssued() {
        award = Awards.lettersIssued();
        letter = Awards.path(award.getInt("tenderId")) + "/letter";
        sandoz = supplierOf(award, "Sandoz");
        abbvie = supplierOf(award, "AbbVie");
    }

    private static long supplierOf(JsonObject award, String name) {
        return Awards.market(award).getJsonArray("candidates").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("supplierName").contains(name)).findFirst().orElseThrow()
                .getJsonNumber("supplierId").longValue();
    }

    @Test
    void issuingTheLettersStartsTheStandstillWithOneLetterPerSupplierThatTookPart() {
        assertThat(award.getString("status")).isEqualTo("STANDSTILL");
        assertThat(award.getString("standstillAnnouncedEnd")).isNotBlank();
        assertThat(award.getJsonArray("letters").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("supplierName") + " " + l.getBoolean("awarded"))
                .containsExactlyInAnyOrder("Sandoz AS true", "AbbVie AS false");
    }

    @Test
    void eachSupplierReadsItsOwnLetterWithItsOwnResultTheWinnerAndTheStandstillEnd() throws IOException {
        Api.Reply winner = Api.as("sandoz").getBytes(letter);
        assertThat(winner.status()).as(winner.toString()).isEqualTo(200);
        assertThat(winner.contentType()).startsWith("application/pdf");
        assertThat(text(winner.bytes())).contains("Sandoz AS").contains("tildelt rammeavtale").doesNotContain("AbbVie");

        Api.Reply other = Api.as("abbvie").getBytes(letter + "?supplier=" + abbvie);
        assertThat(other.status()).as(other.toString()).isEqualTo(200);
        String abbvieText = text(other.bytes());
        assertThat(abbvieText).contains("AbbVie AS").contains("Sandoz AS")
                .contains(shown(award.getString("standstillAnnouncedEnd")));
    }

    @Test
    void aSupplierAskingForAnotherSuppliersLetterOrForATenderItDidNotTakePartInIsToldThereIsNone() {
        Api.Reply others = Api.as("sandoz").getBytes(letter + "?supplier=" + abbvie);
        assertThat(others.status()).as(others.toString()).isEqualTo(404);
        assertThat(others.body()).contains("award letter does not exist");
        assertThat(Api.as("abbvie").getBytes(letter + "?supplier=" + sandoz).status()).isEqualTo(404);
        assertThat(Api.as("pfizer").getBytes(letter).status()).as("did not take part").isEqualTo(404);
        assertThat(Api.as("sandoz").getBytes("api/awards/999999/letter").status()).isEqualTo(404);
    }

    @Test
    void buyersReadEveryLetterByNamingItsSupplier() {
        Api kari = Api.as("kari");
        for (long supplier : List.of(sandoz, abbvie)) {
            Api.Reply read = kari.getBytes(letter + "?supplier=" + supplier);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.bytes()).startsWith("%PDF".getBytes());
        }
        Api.Reply unnamed = kari.getBytes(letter);
        assertThat(unnamed.status()).as(unnamed.toString()).isEqualTo(400);
        assertThat(Api.as("per").getBytes(letter + "?supplier=" + abbvie).status()).isEqualTo(200);
    }

    @Test
    void anonymousCallersAreAskedToLogInAndOtherRolesAreRefused() {
        assertThat(Api.anonymous().getBytes(letter).status()).isEqualTo(401);
        assertThat(Api.anonymous().getBytes(letter + "?supplier=" + sandoz).status()).isEqualTo(401);
        assertThat(Api.as("ingrid").getBytes(letter + "?supplier=" + sandoz).status()).isEqualTo(403);
        assertThat(Api.as("hanne").getBytes(letter + "?supplier=" + sandoz).status()).isEqualTo(403);
        assertThat(Api.as("sandoz").get(Awards.path(award.getInt("tenderId"))).status())
                .as("the award with every supplier's points is for buyers").isEqualTo(403);
    }

    @Test
    void aSupplierListsItsOwnLettersOnly() {
        List<JsonObject> sandozLetters = Api.as("sandoz").get("api/awards/letters").array()
                .getValuesAs(JsonObject.class);
        assertThat(sandozLetters).filteredOn(l -> l.getInt("tenderId") == award.getInt("tenderId"))
                .singleElement().satisfies(l -> assertThat(l.getBoolean("awarded")).isTrue());
        assertThat(Api.as("pfizer").get("api/awards/letters").array().getValuesAs(JsonObject.class))
                .noneMatch(l -> l.getInt("tenderId") == award.getInt("tenderId"));
    }

    @Test
    void theAwardCannotBeChangedOnceTheLettersAreIssued() {
        JsonObject market = Awards.market(award);
        Api.Reply changed = Api.as("kari").put(Awards.path(award.getInt("tenderId")) + "/lots/"
                + market.getInt("lotNumber") + "/markets/" + market.getString("marketCode"), Json.createObjectBuilder()
                .add("offerIds", Json.createArrayBuilder().add(Awards.candidate(award, 2).getJsonNumber("offerId"))).build());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(400);
    }

    /** 2026-04-12 as the letters print it: 12.04.2026. */
    static String shown(String isoDate) {
        String[] parts = isoDate.split("-");
        return parts[2] + "." + parts[1] + "." + parts[0];
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replace('\u202f', ' ');
        }
    }
}
