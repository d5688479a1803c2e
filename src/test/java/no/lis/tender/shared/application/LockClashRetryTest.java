package no.lis.tender.shared.application;

import jakarta.persistence.PersistenceException;
import no.lis.tender.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A transaction the database ended for a lock is run again; nothing else is. */
class LockClashRetryTest {

    private final AtomicInteger runs = new AtomicInteger();

    /** What EclipseLink and the transaction manager throw with a driver's refusal somewhere below. */
    private static RuntimeException refused(String sqlState) {
        return new IllegalStateException("rolled back", new PersistenceException("statement failed",
                new SQLTransactionRollbackException("refused", sqlState)));
    }

    @Test
    void aTransactionEndedByADerbyLockTimeoutIsRunAgainAndItsSecondRunAnswers() {
        String answer = LockClashRetry.run(() -> {
            if (runs.incrementAndGet() == 1) {
                throw refused("40XL1");
            }
            return "receipt";
        });

        assertThat(answer).isEqualTo("receipt");
        assertThat(runs).hasValue(2);
    }

    @Test
    void aDeadlockOnEitherDatabaseIsRunAgainAtMostThreeTimesInAllAndThenReachesTheCaller() {
        for (String state : new String[]{"40001", "40P01", "40XL2"}) {
            runs.set(0);
            assertThatThrownBy(() -> LockClashRetry.run(() -> {
                runs.incrementAndGet();
                throw refused(state);
            })).as(state).hasRootCauseInstanceOf(SQLTransactionRollbackException.class);
            assertThat(runs).as(state).hasValue(LockClashRetry.RUNS);
        }
    }

    @Test
    void aUniqueKeyTakenABrokenRuleOrAnyOtherFailureIsNotRunAgain() {
        RuntimeException[] failures = {refused("23505"), new DomainException("lots", "offers.lotsRequired"),
                new IllegalStateException("a fault", new SQLException("other", "XJ001"))};
        for (RuntimeException failure : failures) {
            runs.set(0);
            assertThatThrownBy(() -> LockClashRetry.run(() -> {
                runs.incrementAndGet();
                throw failure;
            })).isSameAs(failure);
            assertThat(runs).hasValue(1);
        }
    }
}
