package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_LOCATION_INVALID;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_TYPE_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GatewayTypeAndLocationTest {

    @ParameterizedTest
    @CsvSource({"File, FILE", "file, FILE", "FILE, FILE", "Iscsi, ISCSI", "iscsi, ISCSI"})
    void reads_the_type_in_any_case(String raw, GatewayType type) {
        assertEquals(type, GatewayType.parse(raw));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"Block", "NFS", "File "})
    void rejects_another_type(String raw) {
        assertRejected(GATEWAY_TYPE_INVALID, Subject.GATEWAY_TYPE, () -> GatewayType.parse(raw));
    }

    @ParameterizedTest
    @CsvSource({"Cloud, CLOUD", "cloud, CLOUD", "On_Premise, ON_PREMISE", "on_premise, ON_PREMISE"})
    void reads_the_location_in_any_case(String raw, GatewayLocation location) {
        assertEquals(location, GatewayLocation.parse(raw));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"OnPremise", "On-Premise", "Edge"})
    void rejects_another_location(String raw) {
        assertRejected(GATEWAY_LOCATION_INVALID, Subject.GATEWAY_LOCATION, () -> GatewayLocation.parse(raw));
    }

    @Test
    void writes_type_location_and_state_as_the_service_does() {
        assertEquals("File", GatewayType.FILE.written());
        assertEquals("Iscsi", GatewayType.ISCSI.written());
        assertEquals("Cloud", GatewayLocation.CLOUD.written());
        assertEquals("On_Premise", GatewayLocation.ON_PREMISE.written());
        assertEquals("Initialized", GatewayState.INITIALIZED.written());
        assertEquals("Deploying", GatewayState.DEPLOYING.written());
        assertEquals("Running", GatewayState.RUNNING.written());
        assertEquals("Modifying", GatewayState.CHANGING_DIRECTORY.written());
        assertEquals("Deleting", GatewayState.DELETING.written());
    }

    @Test
    void only_a_running_gateway_or_one_waiting_to_be_deployed_is_idle() {
        assertTrue(GatewayState.RUNNING.isIdle());
        assertTrue(GatewayState.INITIALIZED.isIdle());
        assertFalse(GatewayState.DEPLOYING.isIdle());
        assertFalse(GatewayState.CHANGING_DIRECTORY.isIdle());
        assertFalse(GatewayState.DELETING.isIdle());
    }
}
