package no.lis.tender.shared.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.transaction.TransactionalException;
import no.lis.tender.shared.domain.Messages;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class UnexpectedExceptionMapperTest {

    @Test
    void anOptimisticLockClashAtCommitIsAConflictToReloadNotAnError() {
        Throwable atCommit = new TransactionalException("commit failed",
                new RollbackException(new OptimisticLockException("row was updated by another transaction")));

        assertThat(UnexpectedExceptionMapper.refusal(atCommit))
                .contains(new UnexpectedExceptionMapper.Refusal(409, "concurrent.commit"));
        assertThat(Messages.format(Messages.BOKMAL, "concurrent.commit")).contains("Last inn på nytt");
        assertThat(Messages.format(Locale.ENGLISH, "concurrent.commit")).contains("Reload");
    }

    @Test
    void noFreeDatabaseConnectionInTimeIsABusyServerToTryAgainNotAnError() {
        Throwable poolTimeout = new jakarta.persistence.PessimisticLockException(new java.sql.SQLTransientConnectionException(
                "J2CA0045E: Connection not available ... Timed out waiting for 10,001 millisecond(s)"));

        assertThat(UnexpectedExceptionMapper.refusal(poolTimeout))
                .contains(new UnexpectedExceptionMapper.Refusal(503, "server.busy"));
        assertThat(Messages.format(Messages.BOKMAL, "server.busy")).contains("prøv igjen");
        assertThat(Messages.format(Locale.ENGLISH, "server.busy")).contains("Nothing was saved");
    }

    @Test
    void anyOtherFailureIsNoRefusalButAnIncident() {
        assertThat(UnexpectedExceptionMapper.refusal(new IllegalStateException("a bug"))).isEmpty();
    }
}
