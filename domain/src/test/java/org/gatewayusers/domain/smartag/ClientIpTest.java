package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.IP_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientIpTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"0.0.0.0, 0", "10.0.0.1, 167772161", "192.168.1.254, 3232236030", "255.255.255.255, 4294967295"})
    void reads_a_dotted_quad_as_its_32_bit_value_and_writes_it_back(String text, long value) {
        ClientIp ip = ClientIp.parse(text);

        assertEquals(value, ip.value());
        assertEquals(text, ip.toString());
    }

    @Test
    void trims_what_a_client_wrote() {
        assertEquals(ClientIp.parse("10.0.0.1"), ClientIp.parse(" 10.0.0.1 "));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "10.0.0", "10.0.0.1.2", "10.0.0.256", "10.0.0.-1", "10.0.0.01", "10..0.1", "a.b.c.d",
            "10.0.0.1/24", "::1", "1e1.0.0.1", "10.0.0.1000", "+10.0.0.1"})
    void rejects_what_is_not_an_ipv4_address(String text) {
        assertRejected(IP_INVALID, Subject.CLIENT_IP, () -> ClientIp.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "10.255.255.254", "172.16.0.1", "172.31.255.254", "192.168.0.1",
            "192.168.255.254"})
    void knows_the_private_blocks(String text) {
        assertTrue(ClientIp.parse(text).isPrivate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"9.255.255.255", "11.0.0.1", "172.15.255.255", "172.32.0.1", "192.167.255.255",
            "192.169.0.1", "8.8.8.8", "127.0.0.1", "100.64.0.1"})
    void knows_an_address_outside_them(String text) {
        assertFalse(ClientIp.parse(text).isPrivate());
    }

    @Test
    void orders_addresses_by_value() {
        assertTrue(ClientIp.parse("10.0.0.9").compareTo(ClientIp.parse("10.0.0.10")) < 0);
        assertEquals(ClientIp.parse("10.0.1.0"), ClientIp.parse("10.0.0.255").plus(1));
    }

    @Test
    void holds_32_bits_only() {
        assertThrows(IllegalArgumentException.class, () -> new ClientIp(-1));
        assertThrows(IllegalArgumentException.class, () -> new ClientIp(1L << 32));
    }
}
