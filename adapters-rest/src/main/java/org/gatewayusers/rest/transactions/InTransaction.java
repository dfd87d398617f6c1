package org.gatewayusers.rest.transactions;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method in a JTA transaction, joining the caller's if there is one: committed when it returns, rolled back
 * when it throws. Used instead of {@code jakarta.transaction.Transactional}, whose interceptor in Open Liberty records
 * every exception leaving the method as an FFDC incident, ordinary vendor rejections (a user that exists, a quota
 * reached) among them: here they roll the transaction back and reach the dialect's error mapping, and only true
 * faults are logged, by the mappers.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface InTransaction {

    /**
     * The transaction's timeout in seconds; 0, the default, leaves the server's (Open Liberty's is 120 s). Only for the
     * few calls whose work grows with an SVM and must still be all or none, such as deleting a CIFS server.
     */
    @Nonbinding
    int timeoutSeconds() default 0;
}
