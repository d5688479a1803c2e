package no.lis.tender.audit.application;

import no.lis.tender.audit.domain.ChainBreak;
import no.lis.tender.audit.domain.ChainVerification;
import no.lis.tender.audit.domain.SecurityLogQuery;
import no.lis.tender.shared.domain.SecurityEvent;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Recording security events, listing them newest first, and verifying a chain longer than one page. */
class SecurityLogUseCasesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:15:30Z");

    private final InMemorySecurityLogRepository log = new InMemorySecurityLogRepository();
    private final RecordSecurityEvent record = new RecordSecurityEvent(log, Clock.fixed(NOW, ZoneOffset.UTC));
    private final SecurityLogQueries queries = new SecurityLogQueries(log);
    private final VerifySecurityLog verify = new VerifySecurityLog(log);

    @Test
    void aRecordedEventIsTheNextEntryAtTheTimeOfTheClock() {
        record.record(SecurityEvent.of(SecurityEvent.Kind.OPENING_STARTED, "kari", "tender:4", "first buyer"));
        record.record(SecurityEvent.of(SecurityEvent.Kind.PRICE_VIEW, "hanne", "recommendation:3", "web"));

        assertThat(queries.entries(SecurityLogQuery.all(), 0, 10, SecurityLogQuery.Sort.SEQUENCE, false))
                .extracting(SecurityLogRow::sequence, SecurityLogRow::kind, SecurityLogRow::actor,
                        SecurityLogRow::recordedAt)
                .containsExactly(
                        tuple(2L, "PRICE_VIEW", "hanne", NOW),
                        tuple(1L, "OPENING_STARTED", "kari", NOW));
        assertThat(queries.head()).isEqualTo(new SecurityLogQueries.Head(2, log.entries.get(2L).getHash()));
        assertThat(queries.count(new SecurityLogQuery(SecurityEvent.Kind.PRICE_VIEW, null))).isEqualTo(1);
    }

    @Test
    void aLongChainIsVerifiedPageByPage() {
        int entries = VerifySecurityLog.PAGE * 2 + 7;
        for (int i = 0; i < entries; i++) {
            record.record(SecurityEvent.of(SecurityEvent.Kind.KEY_UNWRAPPED, SecurityEvent.SYSTEM, "offer:" + i, ""));
        }

        ChainVerification outcome = verify.verify(Optional.empty());

        assertThat(outcome.isIntact()).isTrue();
        assertThat(outcome.entriesChecked()).isEqualTo(entries);
        assertThat(log.chainReads).isEqualTo(3);
    }

    @Test
    void aGapInALongChainIsNamedAndTheWalkStopsThere() {
        for (int i = 0; i < VerifySecurityLog.PAGE * 3; i++) {
            record.record(SecurityEvent.of(SecurityEvent.Kind.PRICE_VIEW, "hanne", "recommendation:1", ""));
        }
        log.entries.remove(700L);

        ChainVerification outcome = verify.verify(Optional.empty());

        assertThat(outcome.firstBreak()).isEqualTo(new ChainBreak(700, ChainBreak.Reason.ENTRY_MISSING));
        assertThat(outcome.entriesChecked()).isEqualTo(699);
        assertThat(log.chainReads).isEqualTo(2);
    }
}
