package org.gatewayusers.domain.smartag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;

class SmartagRejectionTest {

    @Test
    void carries_its_reason_and_its_subject() {
        SmartagRejection rejection = new SmartagRejection(SmartagRejection.Reason.NAME_INVALID, Subject.USER_NAME);

        assertEquals(SmartagRejection.Reason.NAME_INVALID, rejection.reason());
        assertEquals(Optional.of(Subject.USER_NAME), rejection.subject());
        assertTrue(rejection.getMessage().contains("NAME_INVALID"), rejection.getMessage());
        assertTrue(rejection.getMessage().contains("USER_NAME"), rejection.getMessage());
    }

    @Test
    void may_be_about_nothing_in_particular() {
        assertEquals(Optional.empty(), new SmartagRejection(SmartagRejection.Reason.USER_OVER_LIMIT, null).subject());
    }

    @Test
    void adds_its_detail_to_the_message() {
        SmartagRejection rejection =
                new SmartagRejection(SmartagRejection.Reason.INSTANCE_NOT_FOUND, Subject.INSTANCE, "sag-x");

        assertTrue(rejection.getMessage().endsWith(": sag-x"), rejection.getMessage());
    }
}
