package org.gatewayusers.domain.sgw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/**
 * Asserts that the Cloud Storage Gateway context refuses something, for the right reason and about the right subject.
 */
public final class SgwAssertions {

    private SgwAssertions() {
    }

    public static SgwRejection assertRejected(SgwRejection.Reason reason, SgwRejection.Subject subject,
            Executable action) {
        SgwRejection rejection = assertThrows(SgwRejection.class, action);
        assertEquals(reason, rejection.reason(), "reason");
        assertEquals(Optional.ofNullable(subject), rejection.subject(), "subject");
        return rejection;
    }
}
