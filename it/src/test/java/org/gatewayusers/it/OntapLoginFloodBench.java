package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The target, measured against the real server in one run: while 16 clients send wrong passwords as fast as
 * they can, the median latency of a client with verified credentials is at most 3x its median on the idle server.
 * Prints the README's table. Runs with {@code -Pbench} (or {@code -Dit.test=OntapLoginFloodBench}).
 */
class OntapLoginFloodBench {

    private static final int SAMPLES = Integer.getInteger("it.flood.samples", 300);

    @Test
    void the_median_latency_of_a_verified_client_under_a_flood_of_wrong_passwords_is_at_most_3x_idle() throws Exception {
        LoginFlood.Figures figures = LoginFlood.run(new OntapClient(), SAMPLES, "127.0.0.60");
        assertTrue(figures.ratio() <= 3.0, String.format("%.2fx:%n%s", figures.ratio(), figures.table()));
    }
}
