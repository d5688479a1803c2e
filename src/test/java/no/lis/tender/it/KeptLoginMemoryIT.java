package no.lis.tender.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static no.lis.tender.it.DemoCallers.admin;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer who stays logged in all day leaves nothing behind on the server with each page she asks
 * for. Liberty made a new subject and SSO token for every request of a kept login and cached it for
 * ten minutes (about 17 KB a request): a few minutes of load filled the heap (docs/performance.md,
 * "The login that filled the heap, and the pool that ran dry").
 */
@ExtendWith(ArquillianExtension.class)
class KeptLoginMemoryIT {

    private static final int REQUESTS = 1_500;
    /** A leak of 17 KB a request would be 25 MB here; what a page keeps in the session is bounded. */
    private static final long ALLOWED_GROWTH = 8L * 1024 * 1024;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theRequestsOfALoggedInBuyerDoNotPileUpInTheServersMemory() {
        PageSession kari = PageSession.loggedInAs("kari");
        for (int i = 0; i < 100; i++) {   // the session's views and the server's caches fill first
            assertThat(kari.get("api/tenders?size=1").statusCode()).isEqualTo(200);
        }
        long before = usedHeap();
        for (int i = 0; i < REQUESTS; i++) {
            HttpResponse<String> answer = kari.get("api/tenders?size=1");
            assertThat(answer.statusCode()).as("request %d of the kept login", i).isEqualTo(200);
        }
        long after = usedHeap();

        assertThat(after - before).as("heap kept after %d requests of one login (bytes)", REQUESTS)
                .isLessThan(ALLOWED_GROWTH);
    }

    private long usedHeap() {
        return Awards.expectOk(admin.get("api/test/heap")).object().getJsonNumber("usedBytes").longValue();
    }
}
