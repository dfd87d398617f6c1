package org.gatewayusers.it;

import org.junit.jupiter.api.Test;

/**
 * While 16 clients send wrong passwords as fast as they can, a client with verified credentials keeps getting 200
 * (every one of its requests) and every guess gets ONTAP's 401. The latency ratio
 * the issue targets is measured by {@link OntapLoginFloodBench} ({@code -Pbench}), outside the default run: on a
 * shared build machine a ratio is not a verdict.
 */
class OntapLoginFloodIT {

    @Test
    void a_verified_client_keeps_getting_200_while_16_clients_send_wrong_passwords() throws Exception {
        LoginFlood.run(new OntapClient(), 60, "127.0.0.20");
    }
}
