package no.lis.tender.shared.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import no.lis.tender.shared.application.RequestArrival;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArrivalRecorderTest {

    private static final Instant ENTERED = Instant.parse("2026-12-26T00:59:59.400Z");

    private Instant now = ENTERED;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final Map<String, Object> attributes = new HashMap<>();
    private final ServletRequest request = (ServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[]{ServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                case "getAttribute" -> attributes.get((String) args[0]);
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                default -> throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void anOfferWhosePasswordCheckWaitedPastTheDeadlineArrivedWhenTheCheckBegan() {
        ArrivalRecorder.mark(request, clock);
        now = ENTERED.plus(Duration.ofMillis(1_200)); // queued behind other password checks

        assertThat(arrivalSeenByTheApplication()).isEqualTo(ENTERED);
    }

    @Test
    void theFirstMarkCounts() {
        ArrivalRecorder.mark(request, clock);
        now = ENTERED.plusSeconds(1);
        ArrivalRecorder.mark(request, clock);

        assertThat(arrivalSeenByTheApplication()).isEqualTo(ENTERED);
    }

    @Test
    void aRequestNobodyMarkedArrivesWhenTheApplicationGetsIt() {
        now = ENTERED.plusSeconds(3);

        assertThat(arrivalSeenByTheApplication()).isEqualTo(ENTERED.plusSeconds(3));
    }

    private Instant arrivalSeenByTheApplication() {
        ArrivalRecorder recorder = new ArrivalRecorder();
        recorder.clock = clock;
        recorder.arrival = new RequestArrival();
        recorder.requestInitialized(new ServletRequestEvent(
                (jakarta.servlet.ServletContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[]{jakarta.servlet.ServletContext.class}, (p, m, a) -> null), request));
        return recorder.arrival.arrivedAt().orElseThrow();
    }
}
