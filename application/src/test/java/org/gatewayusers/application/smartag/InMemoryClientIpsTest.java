package org.gatewayusers.application.smartag;

import static org.gatewayusers.domain.smartag.ClientUserBuilder.aClientUser;
import static org.gatewayusers.domain.smartag.SagInstanceBuilder.anInstance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.gatewayusers.domain.smartag.ClientIp;
import org.gatewayusers.domain.smartag.SagInstance;
import org.junit.jupiter.api.Test;

/** The fake behaves as the port says, so that use case tests can trust it. */
class InMemoryClientIpsTest {

    private final SagInstance instance = anInstance().withBlock("10.0.0.0/29").build();
    private final InMemoryClientUsers users = new InMemoryClientUsers();
    private final InMemoryClientIps clientIps = new InMemoryClientIps(users);

    @Test
    void takes_the_lowest_free_client_addresses_in_order_until_the_block_is_full() {
        for (int last = 2; last <= 6; last++) {
            assertEquals(Optional.of(ClientIp.parse("10.0.0." + last)), clientIps.takeLowestFree(instance));
        }
        assertEquals(Optional.empty(), clientIps.takeLowestFree(instance));
    }

    @Test
    void counts_the_addresses_of_stored_users_as_taken() {
        users.add(aClientUser().of(instance).at("10.0.0.2").build());

        assertFalse(clientIps.take(instance, ClientIp.parse("10.0.0.2")));
        assertEquals(Optional.of(ClientIp.parse("10.0.0.3")), clientIps.takeLowestFree(instance));
        assertThrows(IllegalStateException.class, () -> clientIps.release(instance.id(), ClientIp.parse("10.0.0.2")));
    }

    @Test
    void takes_an_address_once_and_again_after_it_is_released() {
        assertTrue(clientIps.take(instance, ClientIp.parse("10.0.0.5")));
        assertFalse(clientIps.take(instance, ClientIp.parse("10.0.0.5")));

        clientIps.release(instance.id(), ClientIp.parse("10.0.0.5"));

        assertTrue(clientIps.take(instance, ClientIp.parse("10.0.0.5")));
    }

    @Test
    void never_takes_the_network_gateway_or_broadcast() {
        assertFalse(clientIps.take(instance, ClientIp.parse("10.0.0.0")));
        assertFalse(clientIps.take(instance, ClientIp.parse("10.0.0.1")));
        assertFalse(clientIps.take(instance, ClientIp.parse("10.0.0.7")));
    }
}
