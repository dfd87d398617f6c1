package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CLIENT_IP_OUTSIDE_BLOCK;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.IP_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.IP_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CreateSmartAccessGatewayClientUser, {@code ClientIp}: required with static IPs on (ClientUser.IpEmpty), private
 * (ClientUser.IpInvalid), one of the instance's client addresses (ClientUser.InvalidClientIp); else allocated.
 */
class ClientIpRulesTest {

    private final CidrBlock block = CidrBlock.parse("192.168.10.0/24");

    // ClientUser.IpEmpty

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void requires_an_address_in_static_ip_mode(String raw) {
        assertRejected(IP_EMPTY, Subject.CLIENT_IP, () -> ClientIpRules.check(raw, true, block));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    void leaves_the_address_to_the_service_otherwise(String raw) {
        assertEquals(Optional.empty(), ClientIpRules.check(raw, false, block));
    }

    // ClientUser.IpInvalid

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "11.0.0.1", "172.32.0.1", "not-an-ip", "192.168.10.300"})
    void rejects_an_address_that_is_not_private(String raw) {
        assertRejected(IP_INVALID, Subject.CLIENT_IP, () -> ClientIpRules.check(raw, true, block));
        assertRejected(IP_INVALID, Subject.CLIENT_IP, () -> ClientIpRules.check(raw, false, block));
    }

    // ClientUser.InvalidClientIp

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.5", "192.168.11.2", "192.168.10.0", "192.168.10.1", "192.168.10.255"})
    void rejects_a_private_address_that_is_not_a_client_address_of_the_block(String raw) {
        assertRejected(CLIENT_IP_OUTSIDE_BLOCK, Subject.CLIENT_IP, () -> ClientIpRules.check(raw, true, block));
    }

    @Test
    void checks_privacy_before_the_block() {
        assertRejected(IP_INVALID, Subject.CLIENT_IP, () -> ClientIpRules.isAPrivateAddress("1.2.3.4"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void takes_a_client_address_of_the_block_in_either_mode(boolean staticIpMode) {
        assertEquals(Optional.of(ClientIp.parse("192.168.10.7")),
                ClientIpRules.check("192.168.10.7", staticIpMode, block));
    }
}
