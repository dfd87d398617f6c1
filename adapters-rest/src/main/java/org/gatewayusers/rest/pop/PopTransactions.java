package org.gatewayusers.rest.pop;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.gatewayusers.rest.transactions.InTransaction;

/** Runs an action in a transaction: what it throws rolls back, and reaches the endpoint to be rendered. */
@ApplicationScoped
public class PopTransactions {

    @InTransaction
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}
