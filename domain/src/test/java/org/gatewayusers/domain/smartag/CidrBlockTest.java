package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CIDR_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The private client CIDR block of an instance: never the network, the gateway's own first host, or the broadcast. */
class CidrBlockTest {

    private final CidrBlock block = CidrBlock.parse("10.0.0.0/24");

    @Test
    void knows_its_network_gateway_broadcast_and_client_addresses() {
        assertEquals("10.0.0.0", block.network().toString());
        assertEquals("10.0.0.1", block.gateway().toString());
        assertEquals("10.0.0.255", block.broadcast().toString());
        assertEquals("10.0.0.2", block.firstClientAddress().toString());
        assertEquals("10.0.0.254", block.lastClientAddress().toString());
        assertEquals(256, block.size());
        assertEquals(253, block.clientAddressCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.2", "10.0.0.100", "10.0.0.254"})
    void gives_clients_the_addresses_between_the_gateway_and_the_broadcast(String ip) {
        assertTrue(block.isClientAddress(ClientIp.parse(ip)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0", "10.0.0.1", "10.0.0.255", "10.0.1.2", "9.255.255.254"})
    void never_gives_a_client_the_network_the_gateway_the_broadcast_or_an_outside_address(String ip) {
        assertFalse(block.isClientAddress(ClientIp.parse(ip)));
    }

    @Test
    void contains_its_network_and_broadcast() {
        assertTrue(block.contains(ClientIp.parse("10.0.0.0")));
        assertTrue(block.contains(ClientIp.parse("10.0.0.255")));
        assertFalse(block.contains(ClientIp.parse("10.0.1.0")));
    }

    @Test
    void clears_host_bits_as_the_vendor_example_writes_them() {
        assertEquals(CidrBlock.parse("172.16.0.0/24"), CidrBlock.parse("172.16.0.1/24"));
        assertEquals("172.16.0.0/24", CidrBlock.parse(" 172.16.0.1/24 ").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "10.1.2.0/30", "192.168.7.0/24"})
    void accepts_a_block_inside_one_private_block(String text) {
        assertEquals(text, CidrBlock.parse(text).toString());
    }

    @Test
    void a_slash_30_holds_one_client() {
        CidrBlock smallest = CidrBlock.parse("10.1.2.0/30");

        assertEquals(1, smallest.clientAddressCount());
        assertEquals(smallest.firstClientAddress(), smallest.lastClientAddress());
        assertEquals("10.1.2.2", smallest.firstClientAddress().toString());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "10.0.0.0", "10.0.0.0/", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/2a", "10.0.0/24",
            "10.0.0.0/24/1", "/24", "10.0.0.0/100"})
    void rejects_what_is_not_a_cidr_block(String text) {
        assertRejected(CIDR_INVALID, Subject.CIDR_BLOCK, () -> CidrBlock.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.0/24", "100.64.0.0/24", "0.0.0.0/0", "10.0.0.0/7", "172.16.0.0/11",
            "192.168.0.0/15", "172.32.0.0/24"})
    void rejects_a_block_that_is_not_inside_one_private_block(String text) {
        assertRejected(CIDR_INVALID, Subject.CIDR_BLOCK, () -> CidrBlock.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/31", "10.0.0.0/32"})
    void rejects_a_block_too_small_for_a_client(String text) {
        assertRejected(CIDR_INVALID, Subject.CIDR_BLOCK, () -> CidrBlock.parse(text));
    }
}
