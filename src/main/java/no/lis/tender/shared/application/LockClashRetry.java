package no.lis.tender.shared.application;

import java.util.function.Supplier;

/**
 * Runs a whole transaction (a call of a use case, from outside any transaction) again when the
 * database ended it for a lock wait or a deadlock ({@link Failures#isLockClash}): in a deadline rush,
 * parallel submissions to one tender write to the same tables, and on Derby a new row's identity value
 * can wait for another submission. The request keeps its arrival ({@link Arrival}), so the deadline is
 * judged as for the first run. Any other failure, and the last run's, reaches the caller as it was.
 */
public final class LockClashRetry {

    /** Runs in all, the first included. */
    static final int RUNS = 3;

    private LockClashRetry() {
    }

    public static <T> T run(Supplier<T> transaction) {
        for (int run = 1; ; run++) {
            try {
                return transaction.get();
            } catch (RuntimeException failure) {
                if (run == RUNS || !Failures.isLockClash(failure)) {
                    throw failure;
                }
            }
        }
    }
}
