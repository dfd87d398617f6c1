package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.DESCRIPTION_TOO_LONG;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.junit.jupiter.api.Test;

class SgwTextRulesTest {

    @Test
    void accepts_no_description_and_255_characters() {
        assertDoesNotThrow(() -> SgwTextRules.descriptionHasAtMost255Characters(null));
        assertDoesNotThrow(() -> SgwTextRules.descriptionHasAtMost255Characters("d".repeat(255)));
    }

    @Test
    void rejects_a_description_of_256_characters() {
        assertRejected(DESCRIPTION_TOO_LONG, Subject.DESCRIPTION,
                () -> SgwTextRules.descriptionHasAtMost255Characters("d".repeat(256)));
    }

    @Test
    void counts_characters_not_utf16_units() {
        String outsideTheBmp = "\uD835\uDC9C";

        assertDoesNotThrow(() -> SgwTextRules.descriptionHasAtMost255Characters(outsideTheBmp.repeat(255)));
    }

    @Test
    void reads_an_empty_description_as_none() {
        assertNull(SgwTextRules.noneIfEmpty(""));
        assertNull(SgwTextRules.noneIfEmpty(null));
        assertEquals("text", SgwTextRules.noneIfEmpty("text"));
    }
}
