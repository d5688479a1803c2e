package no.lis.tender.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTest {

    @Test
    void everyAnswerForbidsFramingSniffingAndReferrersToOtherSitesAndIsNotStored() throws Exception {
        FakeHttp http = new FakeHttp("GET", "/api/recommendations/3/priced");

        new SecurityHeaders().doFilter(http.request(), http.response(), http.chain());

        assertThat(http.passedOn).isTrue();
        assertThat(http.responseHeaders)
                .containsEntry("Content-Security-Policy", "frame-ancestors 'none'; base-uri 'self'; form-action 'self'")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", "same-origin")
                .containsEntry("Cache-Control", "no-store")
                .doesNotContainKey("Strict-Transport-Security");
    }

    @Test
    void httpsAnswersAskTheBrowserToUseHttpsForAYear() throws Exception {
        FakeHttp http = new FakeHttp("GET", "/pricing/home.xhtml");
        http.secure = true;

        new SecurityHeaders().doFilter(http.request(), http.response(), http.chain());

        assertThat(http.responseHeaders).containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }

    @Test
    void styleSheetsAndScriptsMayBeCachedButStillCarryTheOtherHeaders() throws Exception {
        FakeHttp http = new FakeHttp("GET", "/jakarta.faces.resource/theme.css.xhtml");

        new SecurityHeaders().doFilter(http.request(), http.response(), http.chain());

        assertThat(http.responseHeaders).doesNotContainKey("Cache-Control").containsEntry("X-Content-Type-Options", "nosniff");
    }
}
