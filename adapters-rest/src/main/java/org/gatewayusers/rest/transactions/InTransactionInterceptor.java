package org.gatewayusers.rest.transactions;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
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
        if (OwnTransaction.active(transaction)) {
            return invocation.proceed();
        }
        return OwnTransaction.run(transaction, timeoutSeconds(invocation), invocation::proceed);
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
}
