package org.gatewayusers.domain.smartag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;

class SmartagRejectionTest {

    @Test
    void carries_its_reason_and_the_rpc_parameter_at_fault() {
        SmartagRejection rejection = new SmartagRejection(SmartagRejection.Reason.NAME_INVALID, Subject.USER_NAME);

        assertEquals(SmartagRejection.Reason.NAME_INVALID, rejection.reason());
        assertEquals(Optional.of("UserName"), rejection.field());
        assertTrue(rejection.getMessage().contains("NAME_INVALID"), rejection.getMessage());
        assertTrue(rejection.getMessage().contains("UserName"), rejection.getMessage());
    }

    @Test
    void may_blame_no_field() {
        assertEquals(Optional.empty(), new SmartagRejection(SmartagRejection.Reason.USER_OVER_LIMIT, null).field());
    }

    @Test
    void adds_its_detail_to_the_message() {
        SmartagRejection rejection =
                new SmartagRejection(SmartagRejection.Reason.INSTANCE_NOT_FOUND, "SmartAGId", "sag-x");

        assertTrue(rejection.getMessage().endsWith(": sag-x"), rejection.getMessage());
    }
}
