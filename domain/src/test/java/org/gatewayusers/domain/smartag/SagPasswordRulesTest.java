package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.PASSWORD_INVALID;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.gatewayusers.domain.shared.Password;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CreateSmartAccessGatewayClientUser, {@code Password}: "8~32位字符,以(A-Za-z0-9)开头,可包含数字、英文大小写、下划线(_)、
 * at(@)、短划线(-)". Every break is ClientUser.PasswordInvalid.
 */
class SagPasswordRulesTest {

    private static Password password(String plaintext) {
        return Password.of(plaintext);
    }

    // 8~32位字符

    @ParameterizedTest
    @ValueSource(ints = {8, 32})
    void accepts_eight_to_thirty_two_characters(int length) {
        assertDoesNotThrow(() -> SagPasswordRules.check(password("a".repeat(length))));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 33, 64})
    void rejects_fewer_than_eight_or_more_than_thirty_two_characters(int length) {
        assertRejected(PASSWORD_INVALID, Subject.PASSWORD, () -> SagPasswordRules.check(password("a".repeat(length))));
        assertRejected(PASSWORD_INVALID, Subject.PASSWORD,
                () -> SagPasswordRules.hasEightToThirtyTwoCharacters(password("a".repeat(length))));
    }

    @Test
    void rejects_an_empty_or_missing_password() {
        assertRejected(PASSWORD_INVALID, Subject.PASSWORD, () -> SagPasswordRules.check(password("")));
        assertRejected(PASSWORD_INVALID, Subject.PASSWORD, () -> SagPasswordRules.check(null));
    }

    // 以(A-Za-z0-9)开头

    @ParameterizedTest
    @ValueSource(strings = {"Duuf1234", "duuf1234", "1duuf234"})
    void accepts_a_letter_or_digit_first(String plaintext) {
        assertDoesNotThrow(() -> SagPasswordRules.check(password(plaintext)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"_duuf1234", "@duuf1234", "-duuf1234"})
    void rejects_any_other_first_character(String plaintext) {
        assertRejected(PASSWORD_INVALID, Subject.PASSWORD, () -> SagPasswordRules.check(password(plaintext)));
        assertRejected(PASSWORD_INVALID, Subject.PASSWORD, () -> SagPasswordRules.startsWithALetterOrDigit(password(plaintext)));
    }

    // 可包含数字、英文大小写、下划线(_)、at(@)、短划线(-)

    @ParameterizedTest
    @ValueSource(strings = {"Duuf_1234", "Duuf@1234", "Duuf-1234", "D_u@u-f_9"})
    void accepts_letters_digits_underscores_at_signs_and_hyphens(String plaintext) {
        assertDoesNotThrow(() -> SagPasswordRules.check(password(plaintext)));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"Duuf.1234", "Duuf 1234", "Duuf!1234", "Duuf#1234", "Duuf$1234", "Duuf%1234",
            "Duuf*1234", "Duuf+1234", "D\u00fcuf1234", "\u5bc6\u7801\u5bc6\u7801\u5bc6\u7801\u5bc6\u7801"})
    void rejects_any_other_character(String plaintext) {
        assertRejected(PASSWORD_INVALID, Subject.PASSWORD, () -> SagPasswordRules.check(password(plaintext)));
    }
}
