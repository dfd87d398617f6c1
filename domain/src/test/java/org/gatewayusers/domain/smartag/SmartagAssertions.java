package org.gatewayusers.domain.smartag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/**
 * Asserts that the Smart Access Gateway context refuses something, for the right reason and about the right subject.
 */
public final class SmartagAssertions {

    private SmartagAssertions() {
    }

    public static SmartagRejection assertRejected(SmartagRejection.Reason reason, SmartagRejection.Subject subject,
            Executable action) {
        SmartagRejection rejection = assertThrows(SmartagRejection.class, action);
        assertEquals(reason, rejection.reason(), "reason");
        assertEquals(Optional.ofNullable(subject), rejection.subject(), "subject");
        return rejection;
    }
}
