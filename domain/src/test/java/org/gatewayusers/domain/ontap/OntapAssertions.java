package org.gatewayusers.domain.ontap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/** Asserts that the ONTAP context refuses something, for the right reason and about the right subject. */
public final class OntapAssertions {

    private OntapAssertions() {
    }

    public static OntapRejection assertRejected(OntapRejection.Reason reason, OntapRejection.Subject subject,
            Executable action) {
        OntapRejection rejection = assertThrows(OntapRejection.class, action);
        assertEquals(reason, rejection.reason(), "reason");
        assertEquals(Optional.ofNullable(subject), rejection.subject(), "subject");
        return rejection;
    }
}
