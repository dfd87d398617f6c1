package org.gatewayusers.domain.sgw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/** Asserts that the Cloud Storage Gateway context refuses something, for the right reason and blaming the right field. */
public final class SgwAssertions {

    private SgwAssertions() {
    }

    public static SgwRejection assertRejected(SgwRejection.Reason reason, String field, Executable action) {
        SgwRejection rejection = assertThrows(SgwRejection.class, action);
        assertEquals(reason, rejection.reason(), "reason");
        assertEquals(Optional.ofNullable(field), rejection.field(), "field");
        return rejection;
    }
}
