package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.EMPTY_PASSWORD;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.INVALID_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Stream;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.shared.Password;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CreateGatewaySMBUser, {@code Password}: "The password cannot be empty. The password can contain letters, digits,
 * and the following special characters: !, @, #, $, %, ^, &amp;, and *." Errors EmptySMBPassword and
 * InvalidSMBPassword.
 */
class SmbPasswordCharsetTest {

    static Stream<Character> theListedSpecialCharacters() {
        return "!@#$%^&*".chars().mapToObj(c -> (char) c);
    }

    static Stream<Character> otherPrintableCharacters() {
        return "~`-_+=()[]{}|\\:;\"'<>,.?/ ".chars().mapToObj(c -> (char) c);
    }

    // The password cannot be empty. (EmptySMBPassword)

    @Test
    void rejects_a_missing_password_as_empty() {
        assertRejected(EMPTY_PASSWORD, Subject.SMB_PASSWORD, () -> SmbPasswordCharset.check(null));
    }

    @Test
    void rejects_an_empty_password_as_empty() {
        assertRejected(EMPTY_PASSWORD, Subject.SMB_PASSWORD, () -> SmbPasswordCharset.check(Password.of("")));
        assertRejected(EMPTY_PASSWORD, Subject.SMB_PASSWORD, () -> SmbPasswordCharset.cannotBeEmpty(Password.of("")));
    }

    // The password can contain letters, digits, and ! @ # $ % ^ & * (InvalidSMBPassword)

    @ParameterizedTest
    @ValueSource(strings = {"a", "1", "123456", "Secret", "Secr3t", "Secr3t!@#$%^&*", "!@#$%^&*", "Secr3tSecr3tSecr3tSecr3tSecr3tSecr3tSecr3tSecr3t"})
    void accepts_letters_digits_and_the_listed_special_characters(String password) {
        assertDoesNotThrow(() -> SmbPasswordCharset.check(Password.of(password)));
    }

    @ParameterizedTest
    @MethodSource("theListedSpecialCharacters")
    void accepts_each_listed_special_character(char special) {
        assertDoesNotThrow(() -> SmbPasswordCharset.check(Password.of("Secr3t" + special)));
    }

    @ParameterizedTest
    @MethodSource("otherPrintableCharacters")
    void rejects_any_other_printable_character(char other) {
        assertRejected(INVALID_PASSWORD, Subject.SMB_PASSWORD, () -> SmbPasswordCharset.check(Password.of("Secr3t" + other)));
        assertRejected(INVALID_PASSWORD, Subject.SMB_PASSWORD,
                () -> SmbPasswordCharset.holdsOnlyLettersDigitsAndTheListedSpecialCharacters(Password.of(other + "x")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"p\u00e4ssword", "\u5bc6\u7801", "pass\tword", "pass\nword", "pass\u0000word"})
    void rejects_letters_outside_ascii_and_control_characters(String password) {
        assertRejected(INVALID_PASSWORD, Subject.SMB_PASSWORD, () -> SmbPasswordCharset.check(Password.of(password)));
    }

    @Test
    void does_not_show_the_password_in_the_rejection() {
        SgwRejection rejection = assertRejected(INVALID_PASSWORD, Subject.SMB_PASSWORD,
                () -> SmbPasswordCharset.check(Password.of("Secret pw")));

        assertFalse(rejection.getMessage().contains("Secret pw"), rejection.getMessage());
    }
}
