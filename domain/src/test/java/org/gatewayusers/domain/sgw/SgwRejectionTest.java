package org.gatewayusers.domain.sgw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.junit.jupiter.api.Test;

class SgwRejectionTest {

    @Test
    void carries_its_reason_and_its_subject() {
        SgwRejection rejection = new SgwRejection(SgwRejection.Reason.INVALID_USERNAME, Subject.SMB_USER_NAME);

        assertEquals(SgwRejection.Reason.INVALID_USERNAME, rejection.reason());
        assertEquals(Optional.of(Subject.SMB_USER_NAME), rejection.subject());
        assertTrue(rejection.getMessage().contains("INVALID_USERNAME"), rejection.getMessage());
        assertTrue(rejection.getMessage().contains("SMB_USER_NAME"), rejection.getMessage());
    }

    @Test
    void may_be_about_nothing_in_particular() {
        assertEquals(Optional.empty(), new SgwRejection(SgwRejection.Reason.GATEWAY_IN_OPERATION, null).subject());
    }

    @Test
    void adds_its_detail_to_the_message() {
        SgwRejection rejection = new SgwRejection(SgwRejection.Reason.GATEWAY_NOT_FOUND, Subject.GATEWAY, "gw-x");

        assertTrue(rejection.getMessage().endsWith(": gw-x"), rejection.getMessage());
    }
}
