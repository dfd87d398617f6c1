package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.EMPTY_USERNAME;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.INVALID_USERNAME;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CreateGatewaySMBUser, {@code Username}: "The username must be 1 to 32 characters in length and can contain
 * letters, digits, hyphens (-), and underscores (_)." Errors EmptySMBUserName and InvalidSMBUserName.
 */
class SmbUserNameRulesTest {

    // EmptySMBUserName

    @ParameterizedTest
    @NullAndEmptySource
    void rejects_a_missing_or_empty_username_as_empty(String username) {
        assertRejected(EMPTY_USERNAME, Subject.SMB_USER_NAME, () -> SmbUserNameRules.check(username));
        assertRejected(EMPTY_USERNAME, Subject.SMB_USER_NAME, () -> SmbUserNameRules.isNotEmpty(username));
    }

    // The username must be 1 to 32 characters in length ...

    @Test
    void accepts_one_character() {
        assertDoesNotThrow(() -> SmbUserNameRules.check("a"));
    }

    @Test
    void accepts_thirty_two_characters() {
        assertDoesNotThrow(() -> SmbUserNameRules.check("a".repeat(32)));
    }

    @Test
    void rejects_thirty_three_characters() {
        assertRejected(INVALID_USERNAME, Subject.SMB_USER_NAME, () -> SmbUserNameRules.check("a".repeat(33)));
        assertRejected(INVALID_USERNAME, Subject.SMB_USER_NAME, () -> SmbUserNameRules.hasOneToThirtyTwoCharacters("a".repeat(33)));
    }

    // ... and can contain letters, digits, hyphens (-), and underscores (_).

    @ParameterizedTest
    @ValueSource(strings = {"alex", "ALEX", "Alex-Smith", "alex_smith", "007", "-", "_", "a-1_B", "z9"})
    void accepts_letters_digits_hyphens_and_underscores(String username) {
        assertDoesNotThrow(() -> SmbUserNameRules.check(username));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {" ", "alex smith", "alex.smith", "alex@corp", "DOMAIN\\alex", "alex/1", "al:ex", "alex!",
            "al*ex", "\u00e9lodie", "\u5f20\u4e09", "alex\t", "alex\n", "al'ex", "al\"ex", "al+ex", "al=ex", "al,ex"})
    void rejects_any_other_character(String username) {
        assertRejected(INVALID_USERNAME, Subject.SMB_USER_NAME, () -> SmbUserNameRules.check(username));
        assertRejected(INVALID_USERNAME, Subject.SMB_USER_NAME,
                () -> SmbUserNameRules.holdsOnlyLettersDigitsHyphensAndUnderscores(username));
    }

    @Test
    void checks_the_length_before_the_characters() {
        assertRejected(INVALID_USERNAME, Subject.SMB_USER_NAME, () -> SmbUserNameRules.check("@".repeat(40)));
    }
}
