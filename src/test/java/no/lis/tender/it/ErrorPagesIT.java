package no.lis.tender.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No page shows a stack trace: a page opened with an id that names nothing (not a number, beyond any
 * id, unknown) is the not-found page with 404, for anonymous and logged-in users alike; an
 * unexpected failure is the error page with 500 and an incident id, also for an Ajax request.
 */
@ExtendWith(ArquillianExtension.class)
class ErrorPagesIT {

    private static final Pattern INCIDENT = Pattern.compile("[0-9A-F]{4}-[0-9A-F]{4}");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ParameterizedTest(name = "{0} opens {1}{2}")
    @CsvSource({
            "anonymous, recommendations/recommendation.xhtml?id=, abc",
            "anonymous, recommendations/recommendation.xhtml?id=, 99999999999999999999",
            "anonymous, recommendations/recommendation.xhtml?id=, 987654321",
            "kari, tendering/tender.xhtml?id=, abc",
            "kari, tendering/tender.xhtml?id=, 99999999999999999999",
            "kari, tendering/tender.xhtml?id=, 987654321",
            "kari, evaluation/tender.xhtml?id=, 99999999999999999999",
            "kari, evaluation/tender.xhtml?id=, abc",
            "kari, agreements/award.xhtml?tender=, 99999999999999999999",
            "kari, agreements/recommendation-edit.xhtml?id=, 99999999999999999999",
            "kari, pricing/recommendation.xhtml?id=, 99999999999999999999",
            "hanne, pricing/recommendation.xhtml?id=, abc",
            "ingrid, specialist/tender.xhtml?id=, 99999999999999999999",
            "sandoz, supplier/tender.xhtml?id=, abc",
            "sandoz, supplier/tender.xhtml?id=, 99999999999999999999",
            "sandoz, supplier/tender.xhtml?id=, 987654321"})
    void aPageWithAnIdThatNamesNothingIsTheNotFoundPage(String user, String page, String id) {
        PageSession session = user.equals("anonymous") ? PageSession.anonymous() : PageSession.loggedInAs(user);

        HttpResponse<String> answer = session.get(page + id);

        assertThat(answer.statusCode()).as(page + id).isEqualTo(404);
        assertThat(visible(answer.body())).containsAnyOf("Siden finnes ikke", "Page not found");
        assertNoInsides(answer.body());
    }

    @Test
    void anUnexpectedFailureShowsTheErrorPageWithAnIncidentIdAndNoStackTrace() throws Exception {
        HttpResponse<String> answer = postLogin(false);

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(visible(answer.body())).containsAnyOf("Noe gikk galt", "Something went wrong");
        assertThat(INCIDENT.matcher(visible(answer.body())).find()).as("an incident id on the page").isTrue();
        assertNoInsides(answer.body());
    }

    @Test
    void anUnexpectedFailureInAnAjaxRequestLeadsToTheErrorPageWithTheIncidentId() throws Exception {
        HttpResponse<String> answer = postLogin(true);

        Matcher redirect = Pattern.compile("<redirect url=\"([^\"]+)\"").matcher(answer.body());
        assertThat(redirect.find()).as(answer.body()).isTrue();
        String incident = redirect.group(1).replaceAll(".*incident=", "");
        assertThat(incident).matches(INCIDENT.pattern());
        HttpResponse<String> errorPage = PageSession.anonymous().get(redirect.group(1).substring(1));
        assertThat(visible(errorPage.body())).contains(incident);
        assertNoInsides(errorPage.body());
    }

    /** The login form posted with a view state that was never issued: a failure no page expects. */
    private static HttpResponse<String> postLogin(boolean ajax) throws Exception {
        String form = "login=login&login_SUBMIT=1&jakarta.faces.ViewState="
                + URLEncoder.encode("!!not-a-view-state", StandardCharsets.UTF_8)
                + (ajax ? "&jakarta.faces.partial.ajax=true&jakarta.faces.source=login%3Asubmit" : "");
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.base().resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What the page shows: without its scripts (PrimeFaces lists the error pages by exception type there). */
    private static String visible(String html) {
        return html.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ");
    }

    private static void assertNoInsides(String html) {
        assertThat(visible(html)).doesNotContain("Exception", "at no.lis", "SQL", "at java.", "RESTEASY");
    }
}
