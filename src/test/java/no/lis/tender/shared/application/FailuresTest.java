package no.lis.tender.shared.application;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import no.lis.tender.shared.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTest {

    @Test
    void aUniqueKeyTakenByADoubleClickIsAConflictHoweverDeepItIsWrapped() {
        Throwable atCommit = new TransactionalException("commit failed", rollback(new PersistenceException("flush",
                new SQLIntegrityConstraintViolationException("The statement was aborted ... 'OFR_OFFER_UQ'", "23505"))));

        assertThat(Failures.kindOf(atCommit)).isEqualTo(Failures.Kind.CONFLICT);
    }

    @Test
    void anOptimisticLockAtCommitIsAConflict() {
        assertThat(Failures.kindOf(new TransactionalException("commit failed", rollback(new OptimisticLockException()))))
                .isEqualTo(Failures.Kind.CONFLICT);
    }

    @ParameterizedTest(name = "SQL state {0} is {1}")
    @CsvSource({"23505, CONFLICT", "23503, CONFLICT", "40001, CONFLICT", "40XL1, CONFLICT", "22001, VALUE_TOO_LARGE",
            "22003, VALUE_TOO_LARGE", "42X05, UNEXPECTED", "08006, UNEXPECTED"})
    void theSqlStateNotTheMessageDecides(String state, Failures.Kind kind) {
        SQLException outer = new SQLException("batch failed", "XJ001");
        outer.setNextException(new SQLException("unique constraint \"x\"", state));

        assertThat(Failures.kindOf(new PersistenceException(outer))).isEqualTo(kind);
    }

    /** Liberty's ConnectionWaitTimeoutException, as it arrives: a transient connection failure. */
    static final class ConnectionWaitTimeoutException extends java.sql.SQLTransientConnectionException {
        ConnectionWaitTimeoutException() {
            super("J2CA0045E: Connection not available while invoking method createOrWaitForConnection for resource jdbc/lis");
        }
    }

    @Test
    void aDatabasePoolWithNoFreeConnectionInTimeIsABusyServer() {
        Throwable inTheRush = new TransactionalException("begin failed", new jakarta.persistence.PessimisticLockException(
                new PersistenceException("EclipseLink-4002", new ConnectionWaitTimeoutException())));

        assertThat(Failures.kindOf(inTheRush)).isEqualTo(Failures.Kind.BUSY);
    }

    @Test
    void aStatementStoppedByTheQueryTimeoutIsABusyServer() {
        assertThat(Failures.kindOf(new PersistenceException(new java.sql.SQLTimeoutException("cancelled", "XCL52"))))
                .isEqualTo(Failures.Kind.BUSY);
    }

    @Test
    void aBrokenRuleInsideAnotherFailureIsStillTheUsersToMend() {
        DomainException rule = new DomainException("title", "validation.required");

        assertThat(Failures.kindOf(new IllegalStateException(rule))).isEqualTo(Failures.Kind.BROKEN_RULE);
        assertThat(Failures.brokenRule(new IllegalStateException(rule))).contains(rule);
    }

    @Test
    void anythingElseIsUnexpected() {
        assertThat(Failures.kindOf(new NullPointerException("body is null"))).isEqualTo(Failures.Kind.UNEXPECTED);
    }

    private static RollbackException rollback(Throwable cause) {
        RollbackException rollback = new RollbackException("rolled back");
        rollback.initCause(cause);
        return rollback;
    }
}
