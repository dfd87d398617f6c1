package org.gatewayusers.rest.transactions;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;

/** A JTA transaction begun for one piece of work: committed when it returns, rolled back when it throws. */
final class OwnTransaction {

    private OwnTransaction() {
    }

    /** The work in a transaction begun here, on a thread that has none; a timeout of 0 leaves the server's. */
    static <T> T run(UserTransaction transaction, int timeoutSeconds, Callable<T> work) throws Exception {
        begin(transaction, timeoutSeconds);
        T result;
        try {
            result = work.call();
        } catch (Exception | Error thrown) {
            rollBack(transaction);
            throw thrown;
        }
        if (transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
            // nothing the work did is kept (it outlived the transaction timeout, or a step it caught failed): an
            // answer of success would be a lie
            rollBack(transaction);
            throw new IllegalStateException("the transaction was rolled back: it timed out, or a step of it failed");
        }
        try {
            transaction.commit();
        } catch (jakarta.transaction.RollbackException | jakarta.transaction.HeuristicMixedException
                | jakarta.transaction.HeuristicRollbackException failed) {
            throw new IllegalStateException("the transaction did not commit", failed);
        }
        return result;
    }

    static boolean active(UserTransaction transaction) throws SystemException {
        return transaction.getStatus() != Status.STATUS_NO_TRANSACTION;
    }

    private static void begin(UserTransaction transaction, int timeoutSeconds) throws Exception {
        if (timeoutSeconds <= 0) {
            transaction.begin();
            return;
        }
        // the timeout applies to the transactions this thread begins next: set for this one, then the default again
        transaction.setTransactionTimeout(timeoutSeconds);
        try {
            transaction.begin();
        } finally {
            transaction.setTransactionTimeout(0);
        }
    }

    private static void rollBack(UserTransaction transaction) throws SystemException {
        if (active(transaction)) {
            transaction.rollback();
        }
    }
}
