package org.gatewayusers.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/** Asserts that a page is refused, for the right reason and blaming the right RPC parameter. */
public final class PagingAssertions {

    private PagingAssertions() {
    }

    public static PagingRejection assertRejected(PagingRejection.Reason reason, String field, Executable action) {
        PagingRejection rejection = assertThrows(PagingRejection.class, action);
        assertEquals(reason, rejection.reason(), "reason");
        assertEquals(Optional.ofNullable(field), rejection.field(), "field");
        return rejection;
    }
}
