package org.gatewayusers.rest.pop;

import jakarta.enterprise.context.ApplicationScoped;
import org.gatewayusers.rest.wiring.InTransaction;
import java.util.function.Supplier;

/** Runs an action in a transaction: what it throws rolls back, and reaches the endpoint to be rendered. */
@ApplicationScoped
public class PopTransactions {

    @InTransaction
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}
