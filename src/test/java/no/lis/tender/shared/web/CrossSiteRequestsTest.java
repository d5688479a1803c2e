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
