package no.lis.tender.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CrossSiteRequestsTest {

    private final CrossSiteRequests filter = new CrossSiteRequests();

    @Test
    void aPostFromAnotherSiteIsRefusedAndNeverReachesTheApplication() throws Exception {
        FakeHttp http = new FakeHttp("POST", "/api/consumption").loggedInAs("kari")
                .header("Host", "lis.example").header("Origin", "https://evil.example").header("Authorization", "Basic x");

        filter.doFilter(http.request(), http.response(), http.chain());

        assertThat(http.passedOn).isFalse();
        assertThat(http.status).isEqualTo(403);
        assertThat(http.body.toString()).contains("\"status\":403", "another site");
    }

    @Test
    void aStateChangingApiCallWithOnlyTheSessionCookieIsRefused() throws Exception {
        FakeHttp http = new FakeHttp("POST", "/api/consumption").loggedInAs("kari").header("Host", "lis.example");

        filter.doFilter(http.request(), http.response(), http.chain());

        assertThat(http.passedOn).isFalse();
        assertThat(http.status).isEqualTo(403);
        assertThat(http.body.toString()).contains("Authorization header");
    }

    @Test
    void aScriptOfOurPageWithTheSessionsCsrfTokenMayChangeThroughTheApiAndAGuessedTokenMayNot() throws Exception {
        FakeHttp page = new FakeHttp("GET", "/tendering/tenders.xhtml").loggedInAs("kari").withSession();
        String token = CsrfToken.of(page.request().getSession());

        FakeHttp script = new FakeHttp("POST", "/api/consumption").loggedInAs("kari").header("Host", "lis.example")
                .header("Origin", "https://lis.example").header(CsrfToken.HEADER, token);
        script.session = page.session;
        filter.doFilter(script.request(), script.response(), script.chain());
        assertThat(script.passedOn).isTrue();

        FakeHttp forged = new FakeHttp("POST", "/api/consumption").loggedInAs("kari").header("Host", "lis.example")
                .header(CsrfToken.HEADER, token.substring(1) + "A");
        forged.session = page.session;
        filter.doFilter(forged.request(), forged.response(), forged.chain());
        assertThat(forged.passedOn).isFalse();
        assertThat(forged.status).isEqualTo(403);

        FakeHttp otherSession = new FakeHttp("POST", "/api/consumption").loggedInAs("kari").header("Host", "lis.example")
                .header(CsrfToken.HEADER, token).withSession();
        filter.doFilter(otherSession.request(), otherSession.response(), otherSession.chain());
        assertThat(otherSession.passedOn).as("a token is good only in its own session").isFalse();
    }

    @Test
    void aSessionKeepsOneCsrfTokenUntilTheLoginForgetsIt() {
        FakeHttp http = new FakeHttp("GET", "/").withSession();
        String first = CsrfToken.of(http.request().getSession());

        assertThat(CsrfToken.of(http.request().getSession())).isEqualTo(first).hasSizeGreaterThanOrEqualTo(43);
        CsrfToken.forget(http.request());
        assertThat(CsrfToken.of(http.request().getSession())).isNotEqualTo(first);
    }

    @Test
    void aProgramWithCredentialsAndAPageFormFromTheSameSitePass() throws Exception {
        FakeHttp program = new FakeHttp("DELETE", "/api/me/tokens/3").loggedInAs("kari")
                .header("Host", "lis.example").header("Authorization", "Bearer lis_x");
        filter.doFilter(program.request(), program.response(), program.chain());
        assertThat(program.passedOn).isTrue();

        FakeHttp page = new FakeHttp("POST", "/tendering/tender.xhtml").loggedInAs("kari")
                .header("Host", "lis.example").header("Origin", "https://lis.example");
        filter.doFilter(page.request(), page.response(), page.chain());
        assertThat(page.passedOn).isTrue();
    }

    @Test
    void readingIsNeverRefusedWhateverItsOrigin() throws Exception {
        FakeHttp http = new FakeHttp("GET", "/api/tenders").loggedInAs("kari")
                .header("Host", "lis.example").header("Origin", "https://evil.example");

        filter.doFilter(http.request(), http.response(), http.chain());

        assertThat(http.passedOn).isTrue();
    }

    @Test
    void theOriginMustNameTheHostAndPortTheBrowserAddressed() {
        assertThat(CrossSiteRequests.sameOrigin("https://lis.example", "lis.example")).isTrue();
        assertThat(CrossSiteRequests.sameOrigin("https://LIS.example:443", "lis.example")).isTrue();
        assertThat(CrossSiteRequests.sameOrigin("http://localhost:9080", "localhost:9080")).isTrue();
        assertThat(CrossSiteRequests.sameOrigin("http://localhost:9081", "localhost:9080")).isFalse();
        assertThat(CrossSiteRequests.sameOrigin("https://lis.example.evil.example", "lis.example")).isFalse();
        assertThat(CrossSiteRequests.sameOrigin("null", "lis.example")).isFalse();
        assertThat(CrossSiteRequests.sameOrigin("https://lis.example", null)).isFalse();
    }
}
