package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NAME_INVALID;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.STORAGE_BUNDLE_NAME_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Storage bundle and gateway names: 1-60 characters, a letter first, then letters, digits, {@code _ - .}. */
class SgwNameRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"b", "bundle1", "Bundle_1", "my-bundle.2", "A.b-c_d", "z9"})
    void accepts_a_valid_name_as_written(String name) {
        assertEquals(name, StorageBundleName.parse(name).value());
        assertEquals(name, GatewayName.parse(name).value());
    }

    @Test
    void accepts_sixty_characters() {
        String name = "g".repeat(60);

        assertEquals(name, GatewayName.parse(name).value());
    }

    // 1 to 60 characters

    @ParameterizedTest
    @NullAndEmptySource
    void rejects_a_missing_or_empty_name(String name) {
        assertRejected(STORAGE_BUNDLE_NAME_INVALID, Subject.STORAGE_BUNDLE_NAME, () -> StorageBundleName.parse(name));
        assertRejected(GATEWAY_NAME_INVALID, Subject.GATEWAY_NAME, () -> GatewayName.parse(name));
    }

    @Test
    void rejects_sixty_one_characters() {
        assertRejected(STORAGE_BUNDLE_NAME_INVALID, Subject.STORAGE_BUNDLE_NAME, () -> StorageBundleName.parse("b".repeat(61)));
        assertRejected(GATEWAY_NAME_INVALID, Subject.GATEWAY_NAME,
                () -> SgwNameRules.hasOneToSixtyCharacters("g".repeat(61), GATEWAY_NAME_INVALID, Subject.GATEWAY_NAME));
    }

    // a letter first

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"1bundle", "_bundle", "-bundle", ".bundle", " bundle", "\u00e9t\u00e9"})
    void rejects_a_name_that_does_not_start_with_a_letter(String name) {
        assertRejected(GATEWAY_NAME_INVALID, Subject.GATEWAY_NAME, () -> GatewayName.parse(name));
        assertRejected(GATEWAY_NAME_INVALID, Subject.GATEWAY_NAME, () -> SgwNameRules.startsWithALetter(name, GATEWAY_NAME_INVALID, Subject.GATEWAY_NAME));
    }

    // then letters, digits, underscores, hyphens and periods

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"my bundle", "bundle/1", "bundle@1", "bun:dle", "bundle\u00e9", "bundle*", "bundle\t"})
    void rejects_any_other_character(String name) {
        assertRejected(STORAGE_BUNDLE_NAME_INVALID, Subject.STORAGE_BUNDLE_NAME, () -> StorageBundleName.parse(name));
        assertRejected(STORAGE_BUNDLE_NAME_INVALID, Subject.STORAGE_BUNDLE_NAME,
                () -> SgwNameRules.holdsOnlyLettersDigitsUnderscoresHyphensAndPeriods(name,
                        STORAGE_BUNDLE_NAME_INVALID, Subject.STORAGE_BUNDLE_NAME));
    }
}
