package no.lis.tender.audit.domain;

import no.lis.tender.shared.domain.SecurityEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The hash chain of the security log, built and then tampered with as a person with database access could. */
class SecurityLogChainTest {

    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00.123456789Z");

    private final SecurityLogHead head = SecurityLogHead.empty();
    private final List<SecurityLogEntry> chain = new ArrayList<>();

    private void append(int count) {
        SecurityEvent.Kind[] kinds = SecurityEvent.Kind.values();
        for (int i = 0; i < count; i++) {
            int n = chain.size() + 1;
            chain.add(head.append(SecurityEvent.of(kinds[n % kinds.length], "kari", "tender:" + n, "step " + n),
                    T0.plusSeconds(n)));
        }
    }

    private ChainVerification verify(List<SecurityLogEntry> entries) {
        return verify(entries, Optional.empty());
    }

    private ChainVerification verify(List<SecurityLogEntry> entries, Optional<ChainAnchor> anchor) {
        ChainVerifier verifier = new ChainVerifier(head, anchor);
        for (SecurityLogEntry entry : entries) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.finish();
    }

    /** Entry {@code sequence} as a database row with {@code detail} in place of its own, its hash unchanged. */
    private SecurityLogEntry withDetail(SecurityLogEntry e, String detail) {
        return new SecurityLogEntry(e.getSequence(), micros(e), e.getKind(), e.getActor(), e.getSubject(), detail,
                e.getPreviousHash(), e.getHash());
    }

    private static long micros(SecurityLogEntry e) {
        return java.time.temporal.ChronoUnit.MICROS.between(Instant.EPOCH, e.getRecordedAt());
    }

    @Test
    void appendedEntriesAreNumberedWithoutGapsAndEachPointsToTheOneBefore() {
        append(3);

        assertThat(chain).extracting(SecurityLogEntry::getSequence).containsExactly(1L, 2L, 3L);
        assertThat(chain.get(0).getPreviousHash()).isEqualTo(SecurityLogEntry.GENESIS_HASH);
        assertThat(chain.get(1).getPreviousHash()).isEqualTo(chain.get(0).getHash());
        assertThat(chain.get(2).getPreviousHash()).isEqualTo(chain.get(1).getHash());
        assertThat(head.getLastSequence()).isEqualTo(3);
        assertThat(head.getLastHash()).isEqualTo(chain.get(2).getHash()).matches("[0-9a-f]{64}");
    }

    @Test
    void anEntryKeepsTheEventItRecordsAndItsTimeToTheMicrosecond() {
        append(1);

        SecurityLogEntry entry = chain.get(0);
        assertThat(entry.getKind()).isEqualTo(SecurityEvent.Kind.values()[1].name());
        assertThat(entry.getActor()).isEqualTo("kari");
        assertThat(entry.getSubject()).isEqualTo("tender:1");
        assertThat(entry.getDetail()).isEqualTo("step 1");
        assertThat(entry.getRecordedAt()).isEqualTo(Instant.parse("2026-12-07T09:00:01.123456Z"));
    }

    @Test
    void anUntouchedChainHoldsAndReportsItsLengthAndHead() {
        append(5);

        ChainVerification outcome = verify(chain);

        assertThat(outcome.isIntact()).isTrue();
        assertThat(outcome.entriesChecked()).isEqualTo(5);
        assertThat(outcome.headSequence()).isEqualTo(5);
        assertThat(outcome.headHash()).isEqualTo(chain.get(4).getHash());
    }

    @Test
    void anEmptyLogHolds() {
        assertThat(verify(List.of()).isIntact()).isTrue();
    }

    @Test
    void aChangedDetailIsNamedAsTheEntryThatWasAltered() {
        append(5);
        chain.set(2, withDetail(chain.get(2), "step 3, nothing to see"));

        assertThat(verify(chain).firstBreak()).isEqualTo(new ChainBreak(3, ChainBreak.Reason.ENTRY_ALTERED));
        assertThat(verify(chain).entriesChecked()).isEqualTo(2);
    }

    @Test
    void everyFieldIsCoveredByTheHash() {
        append(2);
        SecurityLogEntry e = chain.get(1);
        String prev = e.getPreviousHash();
        String hash = e.getHash();
        long at = micros(e);
        List<SecurityLogEntry> altered = List.of(
                new SecurityLogEntry(e.getSequence(), at + 1, e.getKind(), e.getActor(), e.getSubject(), e.getDetail(), prev, hash),
                new SecurityLogEntry(e.getSequence(), at, "PRICE_VIEW", e.getActor(), e.getSubject(), e.getDetail(), prev, hash),
                new SecurityLogEntry(e.getSequence(), at, e.getKind(), "per", e.getSubject(), e.getDetail(), prev, hash),
                new SecurityLogEntry(e.getSequence(), at, e.getKind(), e.getActor(), "tender:3", e.getDetail(), prev, hash),
                new SecurityLogEntry(e.getSequence(), at, e.getKind(), e.getActor(), e.getSubject(), e.getDetail(),
                        SecurityLogEntry.GENESIS_HASH, hash));
        assertThat(e.getKind()).isNotEqualTo("PRICE_VIEW");

        for (SecurityLogEntry entry : altered) {
            assertThat(verify(List.of(chain.get(0), entry)).firstBreak())
                    .isEqualTo(new ChainBreak(2, ChainBreak.Reason.ENTRY_ALTERED));
        }
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOtherWithoutChangingTheHash() {
        String one = SecurityLogEntry.hashOf(1, 0, "PRICE_VIEW", "kari", "ab", "c", SecurityLogEntry.GENESIS_HASH);
        String other = SecurityLogEntry.hashOf(1, 0, "PRICE_VIEW", "kari", "a", "bc", SecurityLogEntry.GENESIS_HASH);

        assertThat(one).isNotEqualTo(other);
    }

    @Test
    void aChangedHashIsNamedAsAlteredAtItsOwnEntry() {
        append(4);
        SecurityLogEntry e = chain.get(1);
        chain.set(1, new SecurityLogEntry(e.getSequence(), micros(e), e.getKind(), e.getActor(), e.getSubject(),
                e.getDetail(), e.getPreviousHash(), "f".repeat(64)));

        assertThat(verify(chain).firstBreak()).isEqualTo(new ChainBreak(2, ChainBreak.Reason.ENTRY_ALTERED));
    }

    @Test
    void anEntryChangedAndGivenAFreshHashBreaksTheLinkOfTheNextOne() {
        append(4);
        SecurityLogEntry e = chain.get(1);
        String forged = SecurityLogEntry.hashOf(e.getSequence(), micros(e), e.getKind(), e.getActor(), e.getSubject(),
                "harmless", e.getPreviousHash());
        chain.set(1, new SecurityLogEntry(e.getSequence(), micros(e), e.getKind(), e.getActor(), e.getSubject(),
                "harmless", e.getPreviousHash(), forged));

        assertThat(verify(chain).firstBreak()).isEqualTo(new ChainBreak(3, ChainBreak.Reason.LINK_BROKEN));
    }

    @Test
    void aDeletedEntryIsNamedAsMissing() {
        append(5);
        chain.remove(2);

        assertThat(verify(chain).firstBreak()).isEqualTo(new ChainBreak(3, ChainBreak.Reason.ENTRY_MISSING));
    }

    @Test
    void deletedLastEntriesAreMissingBecauseTheHeadCountsThem() {
        append(5);

        assertThat(verify(chain.subList(0, 3)).firstBreak())
                .isEqualTo(new ChainBreak(4, ChainBreak.Reason.ENTRY_MISSING));
    }

    @Test
    void entriesSwappedByRenumberingBreakTheChainWhereTheOrderChanged() {
        append(4);
        SecurityLogEntry second = chain.get(1);
        SecurityLogEntry third = chain.get(2);
        List<SecurityLogEntry> reordered = List.of(chain.get(0),
                new SecurityLogEntry(2, micros(third), third.getKind(), third.getActor(), third.getSubject(),
                        third.getDetail(), third.getPreviousHash(), third.getHash()),
                new SecurityLogEntry(3, micros(second), second.getKind(), second.getActor(), second.getSubject(),
                        second.getDetail(), second.getPreviousHash(), second.getHash()),
                chain.get(3));

        assertThat(verify(reordered).firstBreak()).isEqualTo(new ChainBreak(2, ChainBreak.Reason.ENTRY_ALTERED));
    }

    @Test
    void entriesReadOutOfOrderAreNamedAtTheFirstNumberThatDoesNotCome() {
        append(4);

        List<SecurityLogEntry> reordered = List.of(chain.get(0), chain.get(2), chain.get(1), chain.get(3));

        assertThat(verify(reordered).firstBreak()).isEqualTo(new ChainBreak(2, ChainBreak.Reason.ENTRY_MISSING));
    }

    @Test
    void aHeadThatDoesNotEndInTheLastHashIsAMismatch() {
        append(3);
        SecurityLogEntry last = chain.get(2);
        String forged = SecurityLogEntry.hashOf(3, micros(last), last.getKind(), last.getActor(), last.getSubject(),
                "other", last.getPreviousHash());
        chain.set(2, new SecurityLogEntry(3, micros(last), last.getKind(), last.getActor(), last.getSubject(), "other",
                last.getPreviousHash(), forged));

        assertThat(verify(chain).firstBreak()).isEqualTo(new ChainBreak(3, ChainBreak.Reason.HEAD_MISMATCH));
    }

    @Test
    void aChainRewrittenAfterAChangeHoldsButNotAgainstTheHashNotedBefore() {
        append(4);
        String noted = chain.get(3).getHash();
        // someone rewrites entry 2 and every entry after it, head included: the chain holds in itself
        SecurityLogHead forgedHead = SecurityLogHead.empty();
        List<SecurityLogEntry> forged = new ArrayList<>();
        for (SecurityLogEntry e : chain) {
            String detail = e.getSequence() == 2 ? "harmless" : e.getDetail();
            forged.add(forgedHead.append(SecurityEvent.of(SecurityEvent.Kind.valueOf(e.getKind()), e.getActor(),
                    e.getSubject(), detail), e.getRecordedAt()));
        }
        ChainVerifier withoutAnchor = new ChainVerifier(forgedHead, Optional.empty());
        forged.forEach(withoutAnchor::accept);
        assertThat(withoutAnchor.finish().isIntact()).isTrue();

        ChainVerifier anchored = new ChainVerifier(forgedHead, Optional.of(new ChainAnchor(4, noted.toUpperCase())));
        forged.forEach(anchored::accept);

        assertThat(anchored.finish().firstBreak()).isEqualTo(new ChainBreak(4, ChainBreak.Reason.ANCHOR_MISMATCH));
    }

    @Test
    void aNotedEntryBeyondTheEndOfTheChainIsMissing() {
        append(2);

        assertThat(verify(chain, Optional.of(new ChainAnchor(5, "a".repeat(64)))).firstBreak())
                .isEqualTo(new ChainBreak(3, ChainBreak.Reason.ENTRY_MISSING));
    }

    @Test
    void aRowOfAKindTheApplicationDoesNotKnowIsReportedNotRefused() {
        append(2);
        SecurityLogEntry e = chain.get(1);
        chain.set(1, new SecurityLogEntry(2, micros(e), "NOTHING", e.getActor(), e.getSubject(), e.getDetail(),
                e.getPreviousHash(), e.getHash()));

        assertThat(verify(chain).firstBreak()).isEqualTo(new ChainBreak(2, ChainBreak.Reason.ENTRY_ALTERED));
    }

    @Test
    void tooLongTextsAreCutToTheirColumnsBeforeTheyAreHashed() {
        SecurityLogEntry entry = head.append(SecurityEvent.of(SecurityEvent.Kind.PRICE_VIEW, "kari", "x".repeat(300),
                "d".repeat(SecurityLogEntry.DETAIL_LENGTH - 1) + "\uD83D\uDE00"), T0);

        assertThat(entry.getSubject()).hasSize(SecurityLogEntry.SUBJECT_LENGTH);
        assertThat(entry.getDetail()).hasSize(SecurityLogEntry.DETAIL_LENGTH - 1);
        assertThat(entry.isIntact()).isTrue();
    }
}
