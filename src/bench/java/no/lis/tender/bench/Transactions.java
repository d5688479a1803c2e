package no.lis.tender.bench;

import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

import java.util.concurrent.Callable;

/** The benchmark's own transactions on the server: the seed's and the timed parts' alike. */
final class Transactions {

    private Transactions() {
    }

    /** Runs {@code work} in a transaction of its own: committed when it returns, rolled back when it throws. */
    static <T> T inTransaction(UserTransaction tx, Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception | Error e) {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
            throw e;
        }
    }
}
