package org.gatewayusers.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/** Asserts that the access context refuses something, for the right reason and about the right subject. */
public final class AccessAssertions {

    private AccessAssertions() {
    }

    public static AccessRejection assertRejected(AccessRejection.Reason reason, AccessRejection.Subject subject,
            Executable action) {
        AccessRejection rejection = assertThrows(AccessRejection.class, action);
        assertEquals(reason, rejection.reason(), "reason");
        assertEquals(Optional.ofNullable(subject), rejection.subject(), "subject");
        return rejection;
    }
}
