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
import java.lang.reflect.Method;

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
        begin(timeoutSeconds(invocation));
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

    private void begin(int timeoutSeconds) throws Exception {
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

    /** The binding on the method, else on its class (Jakarta Interceptors 2.1 has no getInterceptorBinding). */
    private static int timeoutSeconds(InvocationContext invocation) {
        Method method = invocation.getMethod();
        if (method == null) {
            return 0;
        }
        InTransaction binding = method.getAnnotation(InTransaction.class);
        if (binding == null) {
            binding = method.getDeclaringClass().getAnnotation(InTransaction.class);
        }
        return binding == null ? 0 : binding.timeoutSeconds();
    }

    private void rollBack() throws SystemException {
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            transaction.rollback();
        }
    }
}
