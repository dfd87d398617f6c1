package org.gatewayusers.domain.sgw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.junit.jupiter.api.Test;

class SgwRejectionTest {

    @Test
    void carries_its_reason_and_the_rpc_parameter_at_fault() {
        SgwRejection rejection = new SgwRejection(SgwRejection.Reason.INVALID_USERNAME, Subject.SMB_USER_NAME);

        assertEquals(SgwRejection.Reason.INVALID_USERNAME, rejection.reason());
        assertEquals(Optional.of("Username"), rejection.field());
        assertTrue(rejection.getMessage().contains("INVALID_USERNAME"), rejection.getMessage());
        assertTrue(rejection.getMessage().contains("Username"), rejection.getMessage());
    }

    @Test
    void may_blame_no_field() {
        assertEquals(Optional.empty(), new SgwRejection(SgwRejection.Reason.GATEWAY_IN_OPERATION, null).field());
    }

    @Test
    void adds_its_detail_to_the_message() {
        SgwRejection rejection = new SgwRejection(SgwRejection.Reason.GATEWAY_NOT_FOUND, "GatewayId", "gw-x");

        assertTrue(rejection.getMessage().endsWith(": gw-x"), rejection.getMessage());
    }
}
