package org.gatewayusers.rest.transactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.Method;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class InTransactionInterceptorTest {

    private final UserTransaction transaction = mock(UserTransaction.class);
    private final InvocationContext invocation = mock(InvocationContext.class);
    private final InTransactionInterceptor interceptor = new InTransactionInterceptor();

    @BeforeEach
    void wire() {
        interceptor.transaction = transaction;
    }

    @Test
    void commitsWhatTheMethodDid() throws Exception {
        when(transaction.getStatus()).thenReturn(Status.STATUS_NO_TRANSACTION, Status.STATUS_ACTIVE);
        when(invocation.proceed()).thenReturn("answer");

        assertEquals("answer", interceptor.inTransaction(invocation));
        verify(transaction).begin();
        verify(transaction).commit();
    }

    @Test
    void rollsBackAndRethrowsWhatTheMethodThrows() throws Exception {
        IllegalArgumentException refused = new IllegalArgumentException("refused");
        when(transaction.getStatus()).thenReturn(Status.STATUS_NO_TRANSACTION, Status.STATUS_ACTIVE);
        when(invocation.proceed()).thenThrow(refused);

        assertSame(refused, assertThrows(IllegalArgumentException.class, () -> interceptor.inTransaction(invocation)));
        verify(transaction).rollback();
        verify(transaction, never()).commit();
    }

    @Test
    void failsTheCallWhenTheTransactionWasMarkedForRollback() throws Exception {
        // a transaction that outlived its timeout: the method returned, but nothing it did will be kept
        when(transaction.getStatus()).thenReturn(Status.STATUS_NO_TRANSACTION, Status.STATUS_MARKED_ROLLBACK);
        when(invocation.proceed()).thenReturn("answer");

        assertThrows(IllegalStateException.class, () -> interceptor.inTransaction(invocation));
        verify(transaction).rollback();
        verify(transaction, never()).commit();
    }

    @Test
    void joinsATransactionAlreadyActive() throws Exception {
        when(transaction.getStatus()).thenReturn(Status.STATUS_ACTIVE);
        when(invocation.proceed()).thenReturn("answer");

        assertEquals("answer", interceptor.inTransaction(invocation));
        verify(transaction, never()).begin();
        verify(transaction, never()).commit();
    }

    @Test
    void givesTheTransactionTheTimeoutItsBindingAsksForThenTheDefaultAgain() throws Exception {
        when(invocation.getMethod()).thenReturn(method("long"));
        when(transaction.getStatus()).thenReturn(Status.STATUS_NO_TRANSACTION, Status.STATUS_ACTIVE);
        when(invocation.proceed()).thenReturn("answer");

        assertEquals("answer", interceptor.inTransaction(invocation));
        InOrder order = inOrder(transaction);
        order.verify(transaction).setTransactionTimeout(3600);
        order.verify(transaction).begin();
        order.verify(transaction).setTransactionTimeout(0);
        order.verify(transaction).commit();
    }

    @Test
    void leavesTheServersTimeoutWhenTheBindingNamesNone() throws Exception {
        when(invocation.getMethod()).thenReturn(method("usual"));
        when(transaction.getStatus()).thenReturn(Status.STATUS_NO_TRANSACTION, Status.STATUS_ACTIVE);

        interceptor.inTransaction(invocation);
        verify(transaction, never()).setTransactionTimeout(anyInt());
    }

    @InTransaction(timeoutSeconds = 3600)
    void long_() {
    }

    @InTransaction
    void usual_() {
    }

    private static Method method(String name) throws NoSuchMethodException {
        return InTransactionInterceptorTest.class.getDeclaredMethod(name + "_");
    }
}
