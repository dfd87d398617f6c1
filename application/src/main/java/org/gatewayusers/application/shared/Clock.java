package org.gatewayusers.application.shared;

import java.time.Instant;

/** The time now, as the use cases that stamp or expire things see it; tests give a fixed one. */
@FunctionalInterface
public interface Clock {

    Instant now();

    /** The system's clock. */
    static Clock system() {
        return Instant::now;
    }
}
