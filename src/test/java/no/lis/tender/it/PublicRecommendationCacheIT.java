package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public recommendation API as a browser or a proxy meets it: each edition without prices (the
 * list in force, a version as JSON and as PDF) comes with a strong ETag, Last-Modified and a
 * Cache-Control that lets a proxy keep it; a conditional request that still matches gets 304 and
 * no body; a publication changes the superseded version's edition and its tag at once; the priced
 * edition of the same version is never stored. The public pages (the list and a version) are kept the
 * same way for anonymous readers, who get no session.
 */
@ExtendWith(ArquillianExtension.class)
class PublicRecommendationCacheIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void eachPublicEditionIsCacheableAnswers304WhileItMatchesAndChangesWithTheNextPublication() {
        JsonObject inForce = Recommendations.inForceOfANewArea();
        long id = inForce.getJsonNumber("recommendationId").longValue();
        String path = Recommendations.BASE + "/" + id;

        HttpResponse<String> first = get(path, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(tag).as("a strong tag").startsWith("\"");
        assertThat(json(first).getString("status")).isEqualTo("PUBLISHED");
        assertThat(first.body()).doesNotContain(Recommendations.PRICE).doesNotContain("pricePer");

        HttpResponse<String> again = get(path, tag);
        assertThat(again.statusCode()).as("the same edition: not sent again").isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(tag);

        HttpResponse<String> pdf = get(path + "/pdf", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(".pdf"));
        assertThat(get(path + "/pdf", pdf.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(304);

        HttpResponse<String> list = get(Recommendations.BASE, null);
        assertThat(idsInForce(list)).contains(id);
        String listTag = list.headers().firstValue("ETag").orElseThrow();

        publishNextVersion(id, LocalDate.parse(inForce.getString("validFrom")));

        HttpResponse<String> superseded = get(path, tag);
        assertThat(superseded.statusCode()).as("the tag no longer matches: the new edition is sent").isEqualTo(200);
        assertThat(json(superseded).getString("status")).isEqualTo("SUPERSEDED");
        assertThat(superseded.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(tag);
        HttpResponse<String> newList = get(Recommendations.BASE, listTag);
        assertThat(newList.statusCode()).isEqualTo(200);
        assertThat(idsInForce(newList)).doesNotContain(id);

        Api.Reply priced = Api.as("kari").get(path + "/priced");
        assertThat(priced.status()).isEqualTo(200);
        assertThat(priced.cacheControl()).as("prices are never kept").contains("no-store");
    }

    @Test
    void thePublicPageIsKeptForAnonymousReadersWithoutASessionAnswers304AndChangesWithTheNextPublication() {
        JsonObject inForce = Recommendations.inForceOfANewArea();
        long id = inForce.getJsonNumber("recommendationId").longValue();
        String areaName = inForce.getString("therapeuticAreaName");
        String area = areaName.substring(areaName.indexOf("IT-")); // its code, without letters an HTML writer may escape
        String page = "recommendations/recommendation.xhtml?id=" + id;

        HttpResponse<String> first = get(page, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().allValues("Set-Cookie")).as("an anonymous reader gets no session, no cookie").isEmpty();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(first.headers().firstValue("Content-Security-Policy")).as("the security headers of every page").isPresent();
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(tag).as("a strong tag").startsWith("\"");
        assertThat(first.body()).contains(area).contains("Gjeldende").doesNotContain(Recommendations.PRICE);
        HttpResponse<String> kept = get(page, null);
        assertThat(kept.body()).as("the kept page, byte for byte").isEqualTo(first.body());
        assertThat(kept.headers().allValues("Set-Cookie")).as("the kept page sets no cookie").isEmpty();
        assertThat(kept.headers().firstValue("ETag")).hasValue(tag);
        HttpResponse<String> again = get(page, tag);
        assertThat(again.statusCode()).as("the same page: not sent again").isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> list = get("recommendations/index.xhtml", null);
        assertThat(list.body()).contains(area);
        String listTag = list.headers().firstValue("ETag").orElseThrow();
        assertThat(get("recommendations/index.xhtml", listTag).statusCode()).isEqualTo(304);

        HttpResponse<String> withSession = send(HttpRequest.newBuilder(Api.base().resolve(page)).header("Cookie", "JSESSIONID=someone"));
        assertThat(withSession.statusCode()).isEqualTo(200);
        assertThat(withSession.headers().firstValue("Cache-Control")).as("a reader with a session gets the page made for her")
                .hasValueSatisfying(cacheControl -> assertThat(cacheControl).startsWith("no-store"));

        publishNextVersion(id, LocalDate.parse(inForce.getString("validFrom")));

        HttpResponse<String> superseded = get(page, tag);
        assertThat(superseded.statusCode()).as("the tag no longer matches: the new page is sent").isEqualTo(200);
        assertThat(superseded.body()).contains("Erstattet").doesNotContain(Recommendations.PRICE);
        assertThat(superseded.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(tag);
        HttpResponse<String> newList = get("recommendations/index.xhtml", listTag);
        assertThat(newList.statusCode()).isEqualTo(200);
        assertThat(newList.body()).doesNotContain("recommendation.xhtml?id=" + id + "\"");
    }

    /** Kari drafts version 2 of the area of {@code inForceId}, Ingrid approves it, Kari publishes it. */
    private static void publishNextVersion(long inForceId, LocalDate validFrom) {
        Api kari = Api.as("kari");
        LocalDate from = validFrom.plusMonths(1);
        Api.Reply next = kari.post(Recommendations.BASE + "/" + inForceId + "/next-version",
                Json.createObjectBuilder().add("changeReason", "NEW_TENDER").add("changeNote", "Ny avtale")
                        .add("validFrom", from.toString()).add("validTo", from.plusYears(1).toString()).build());
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        JsonObject drafted = next.object();
        long draftId = drafted.getJsonNumber("recommendationId").longValue();
        JsonObject approved = Awards.expectOk(Api.as("ingrid").post(Recommendations.BASE + "/" + draftId + "/approval",
                Json.createObjectBuilder().add("version", drafted.getJsonNumber("version").longValue()).build())).object();
        Awards.expectOk(kari.post(Recommendations.BASE + "/" + draftId + "/publication",
                Json.createObjectBuilder().add("version", approved.getJsonNumber("version").longValue()).build()));
    }

    private static HttpResponse<String> get(String path, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.base().resolve(path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static java.util.List<Long> idsInForce(HttpResponse<String> list) {
        return Json.createReader(new StringReader(list.body())).readArray().getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("recommendationId").longValue()).toList();
    }

    private static JsonObject json(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }
}
