package org.gatewayusers.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/** Asserts that a page is refused, for the right reason and about the right subject. */
public final class PagingAssertions {

    private PagingAssertions() {
    }

    public static PagingRejection assertRejected(PagingRejection.Reason reason, PagingRejection.Subject subject,
            Executable action) {
        PagingRejection rejection = assertThrows(PagingRejection.class, action);
        assertEquals(reason, rejection.reason(), "reason");
        assertEquals(Optional.ofNullable(subject), rejection.subject(), "subject");
        return rejection;
    }
}
