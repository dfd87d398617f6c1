package org.gatewayusers.rest.transactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
}
