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
    void anyOtherFailureIsNoRefusalButAnIncident() {
        assertThat(UnexpectedExceptionMapper.refusal(new IllegalStateException("a bug"))).isEmpty();
    }
}
