package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_CLASS_INVALID;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.PUBLIC_NETWORK_BANDWIDTH_INVALID;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.VSWITCH_ID_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** CreateGateway's GatewayClass, PublicNetworkBandwidth and VSwitchId, by the vendor's page. */
class GatewayPlanTest {

    @ParameterizedTest
    @CsvSource({"Basic,BASIC", "Standard,STANDARD", "Enhanced,ENHANCED", "Advanced,ADVANCED", "advanced,ADVANCED"})
    void reads_the_four_classes_in_any_case(String raw, GatewayClass expected) {
        assertEquals(Optional.of(expected), GatewayClass.parseOptional(raw));
        assertEquals(raw.substring(0, 1).toUpperCase() + raw.substring(1).toLowerCase(), expected.written());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    void no_class_is_none(String raw) {
        assertEquals(Optional.empty(), GatewayClass.parseOptional(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Premium", "Basic ", " ", "1"})
    void rejects_another_class(String raw) {
        assertRejected(GATEWAY_CLASS_INVALID, Subject.GATEWAY_CLASS, () -> GatewayClass.parseOptional(raw));
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 100, 200})
    void takes_a_public_bandwidth_of_5_to_200_mbps(int mbps) {
        assertEquals(mbps, new GatewayPlan(null, true, null, mbps, false).publicNetworkBandwidth());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 4, 201})
    void rejects_a_public_bandwidth_outside_5_to_200_mbps(int mbps) {
        assertRejected(PUBLIC_NETWORK_BANDWIDTH_INVALID, Subject.PUBLIC_NETWORK_BANDWIDTH,
                () -> new GatewayPlan(null, true, null, mbps, false));
    }

    @Test
    void an_empty_vswitch_is_none_and_a_longer_one_than_64_characters_is_refused() {
        assertNull(new GatewayPlan(null, true, "", null, false).vSwitchId());
        assertEquals("v".repeat(64), new GatewayPlan(null, true, "v".repeat(64), null, false).vSwitchId());
        assertRejected(VSWITCH_ID_INVALID, Subject.VSWITCH, () -> new GatewayPlan(null, true, "v".repeat(65), null, false));
    }

    @Test
    void changes_only_the_class() {
        GatewayPlan plan = new GatewayPlan(null, true, "vsw-1", 50, true).withGatewayClass(GatewayClass.BASIC);

        assertEquals(new GatewayPlan(GatewayClass.BASIC, true, "vsw-1", 50, true), plan);
    }
}
