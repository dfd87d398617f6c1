package org.gatewayusers.domain.smartag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/** Asserts that the Smart Access Gateway context refuses something, for the right reason and blaming the right field. */
public final class SmartagAssertions {

    private SmartagAssertions() {
    }

    public static SmartagRejection assertRejected(SmartagRejection.Reason reason, String field, Executable action) {
        SmartagRejection rejection = assertThrows(SmartagRejection.class, action);
        assertEquals(reason, rejection.reason(), "reason");
        assertEquals(Optional.ofNullable(field), rejection.field(), "field");
        return rejection;
    }
}
