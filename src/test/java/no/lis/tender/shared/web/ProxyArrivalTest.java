package no.lis.tender.shared.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ProxyArrivalTest {

    private static final Instant NOW = Instant.parse("2027-03-01T11:00:02Z");
    private static final ProxyArrival PROXY = new ProxyArrival("s3cret");

    @Test
    void nginxsStampInSecondsWithMillisecondsCountsWithTheSecret() {
        assertThat(PROXY.of("t=" + seconds("2027-03-01T10:59:59.250Z"), "s3cret", NOW))
                .contains(Instant.parse("2027-03-01T10:59:59.250Z"));
    }

    @Test
    void wholeMillisecondsAndMicrosecondsAreToldApartByTheirSize() {
        Instant at = Instant.parse("2027-03-01T10:59:58.123456Z");
        assertThat(ProxyArrival.parse(String.valueOf(at.toEpochMilli()))).contains(Instant.parse("2027-03-01T10:59:58.123Z"));
        assertThat(ProxyArrival.parse("t=" + (at.getEpochSecond() * 1_000_000 + 123_456))).contains(at);
        assertThat(ProxyArrival.parse(String.valueOf(at.getEpochSecond()))).contains(Instant.parse("2027-03-01T10:59:58Z"));
    }

    @Test
    void withoutTheSecretOrWithAnotherTheStampIsAnyonesWordAndDoesNotCount() {
        String stamp = "t=" + seconds("2027-03-01T10:59:59Z");
        assertThat(PROXY.of(stamp, null, NOW)).isEmpty();
        assertThat(PROXY.of(stamp, "guess", NOW)).isEmpty();
        assertThat(PROXY.of(stamp, "s3cret ", NOW)).isEmpty();
    }

    @Test
    void withNoSecretConfiguredNoStampCounts() {
        ProxyArrival off = new ProxyArrival(" ");
        assertThat(off.isOn()).isFalse();
        assertThat(off.of("t=" + seconds("2027-03-01T10:59:59Z"), "", NOW)).isEmpty();
        assertThat(off.of("t=" + seconds("2027-03-01T10:59:59Z"), " ", NOW)).isEmpty();
    }

    @Test
    void aStampFromTheFutureCountsAsNowAndOneOlderThanThirtySecondsIsNotBelieved() {
        assertThat(PROXY.of("t=" + seconds("2027-03-01T11:05:00Z"), "s3cret", NOW)).contains(NOW);
        assertThat(PROXY.of("t=" + seconds("2027-03-01T10:59:32Z"), "s3cret", NOW))
                .contains(Instant.parse("2027-03-01T10:59:32Z"));
        assertThat(PROXY.of("t=" + seconds("2027-03-01T10:59:31.999Z"), "s3cret", NOW)).isEmpty();
    }

    @Test
    void anUnreadableStampDoesNotCount() {
        for (String stamp : new String[] {"", "t=", "t=abc", "t=-5", "t=1.2.3", "t=1e9", "t=99999999999999999999",
                "t=1765000000,5", "D=1765000000000000"}) {
            assertThat(PROXY.of(stamp, "s3cret", NOW)).as(stamp).isEmpty();
        }
    }

    private static String seconds(String instant) {
        Instant at = Instant.parse(instant);
        return at.getEpochSecond() + "." + String.format("%03d", at.getNano() / 1_000_000);
    }
}
