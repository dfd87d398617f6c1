package org.gatewayusers.domain.ontap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OntapRejectionTest {

    @Test
    void carries_its_reason_and_the_field_at_fault() {
        OntapRejection rejection = new OntapRejection(OntapRejection.Reason.USER_NAME_TOO_LONG, "name");

        assertEquals(OntapRejection.Reason.USER_NAME_TOO_LONG, rejection.reason());
        assertEquals(Optional.of("name"), rejection.field());
        assertTrue(rejection.getMessage().contains("USER_NAME_TOO_LONG"), rejection.getMessage());
        assertTrue(rejection.getMessage().contains("name"), rejection.getMessage());
    }

    @Test
    void may_blame_no_field() {
        assertEquals(Optional.empty(), new OntapRejection(OntapRejection.Reason.SVM_NOT_FOUND, null).field());
    }

    @Test
    void adds_its_detail_to_the_message() {
        OntapRejection rejection = new OntapRejection(OntapRejection.Reason.SVM_NAME_INVALID, "name", "missing");

        assertTrue(rejection.getMessage().endsWith(": missing"), rejection.getMessage());
    }
}
