package org.gatewayusers.rest.transactions;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.Serializable;

/**
 * The transaction of {@link InTransaction}: begun here unless one is active, then committed; rolled back on a throw,
 * or when it was marked for rollback (then the call fails too).
 */
@InTransaction
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class InTransactionInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Resource
    transient UserTransaction transaction;

    @AroundInvoke
    public Object inTransaction(InvocationContext invocation) throws Exception {
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed();
        }
        transaction.begin();
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception | Error thrown) {
            rollBack();
            throw thrown;
        }
        if (transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
            // nothing the method did is kept (it outlived the transaction timeout, or a step it caught failed): an
            // answer of success would be a lie
            rollBack();
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

    private void rollBack() throws SystemException {
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            transaction.rollback();
        }
    }
}
