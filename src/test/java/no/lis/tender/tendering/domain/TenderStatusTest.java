package no.lis.tender.tendering.domain;

import no.lis.tender.shared.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import static no.lis.tender.tendering.domain.TenderStatus.DRAFT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenderStatusTest {

    /** The life of a tender round as procurement law has it, written out move by move. */
    private static final Set<String> ALLOWED = Set.of(
            "DRAFT>PUBLISHED", "PUBLISHED>SUBMISSION_CLOSED", "SUBMISSION_CLOSED>OPENED", "OPENED>EVALUATED",
            "EVALUATED>AWARDED", "AWARDED>STANDSTILL", "STANDSTILL>AGREEMENT_ACTIVE", "AGREEMENT_ACTIVE>EXPIRED",
            "DRAFT>CANCELLED", "PUBLISHED>CANCELLED", "SUBMISSION_CLOSED>CANCELLED", "OPENED>CANCELLED",
            "EVALUATED>CANCELLED", "AWARDED>CANCELLED", "STANDSTILL>CANCELLED");

    static Stream<Arguments> allowedMoves() {
        return allPairs().filter(pair -> ALLOWED.contains(key(pair)));
    }

    static Stream<Arguments> forbiddenMoves() {
        return allPairs().filter(pair -> !ALLOWED.contains(key(pair)));
    }

    private static Stream<Arguments> allPairs() {
        return Arrays.stream(TenderStatus.values())
                .flatMap(from -> Arrays.stream(TenderStatus.values()).map(to -> Arguments.of(from, to)));
    }

    private static String key(Arguments pair) {
        return pair.get()[0] + ">" + pair.get()[1];
    }

    @ParameterizedTest(name = "{0} may move to {1}")
    @MethodSource("allowedMoves")
    void allowedMoveIsTaken(TenderStatus from, TenderStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
        assertThat(from.moveTo(to)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} may not move to {1}")
    @MethodSource("forbiddenMoves")
    void forbiddenMoveIsRefusedNamingBothStatuses(TenderStatus from, TenderStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();
        assertThatThrownBy(() -> from.moveTo(to))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.messageKey()).isEqualTo("tender.status.forbiddenMove");
                            assertThat(v.arguments()).containsExactly(from, to);
                        }));
    }

    @Test
    void fifteenMovesAreAllowedOfTheHundredPairs() {
        assertThat(allowedMoves()).hasSize(15);
        assertThat(forbiddenMoves()).hasSize(85);
    }

    @Test
    void onlyADraftIsEditable() {
        assertThat(Arrays.stream(TenderStatus.values()).filter(TenderStatus::isEditable)).containsExactly(DRAFT);
    }
}
