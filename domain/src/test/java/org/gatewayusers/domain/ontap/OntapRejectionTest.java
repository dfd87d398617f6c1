package org.gatewayusers.domain.ontap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.junit.jupiter.api.Test;

class OntapRejectionTest {

    @Test
    void carries_its_reason_and_its_subject() {
        OntapRejection rejection = new OntapRejection(OntapRejection.Reason.USER_NAME_TOO_LONG, Subject.NAME);

        assertEquals(OntapRejection.Reason.USER_NAME_TOO_LONG, rejection.reason());
        assertEquals(Optional.of(Subject.NAME), rejection.subject());
        assertTrue(rejection.getMessage().contains("USER_NAME_TOO_LONG"), rejection.getMessage());
        assertTrue(rejection.getMessage().contains("NAME"), rejection.getMessage());
    }

    @Test
    void may_be_about_nothing_in_particular() {
        assertEquals(Optional.empty(), new OntapRejection(OntapRejection.Reason.SVM_NOT_FOUND, null).subject());
    }

    @Test
    void adds_its_detail_to_the_message() {
        OntapRejection rejection = new OntapRejection(OntapRejection.Reason.SVM_NAME_INVALID, Subject.NAME, "missing");

        assertTrue(rejection.getMessage().endsWith(": missing"), rejection.getMessage());
    }
}
