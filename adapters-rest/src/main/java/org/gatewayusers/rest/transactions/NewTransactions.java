package org.gatewayusers.rest.transactions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** Runs work in a transaction of its own, committed when it returns, whatever transaction the caller is in. */
@ApplicationScoped
public class NewTransactions {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}
