package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.NAME_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.NAME_INVALID;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CreateSmartAccessGatewayClientUser, {@code UserName}: "名称长度为7~33个字符,必须以大小写字母或数字开头,可以包含下划线(_)、
 * at(@)、半角句号(.)和短划线(-)". Errors ClientUser.NameEmpty and ClientUser.NameInvalid.
 */
class SagUserNameRulesTest {

    // ClientUser.NameEmpty

    @ParameterizedTest
    @NullAndEmptySource
    void rejects_a_missing_or_empty_name_as_empty(String name) {
        assertRejected(NAME_EMPTY, Subject.USER_NAME, () -> SagUserNameRules.check(name));
        assertRejected(NAME_EMPTY, Subject.USER_NAME, () -> SagUserNameRules.isNotEmpty(name, Subject.USER_NAME));
    }

    // 名称长度为7~33个字符

    @Test
    void accepts_seven_characters() {
        assertDoesNotThrow(() -> SagUserNameRules.check("doctest"));
    }

    @Test
    void accepts_thirty_three_characters() {
        assertDoesNotThrow(() -> SagUserNameRules.check("a".repeat(33)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 6})
    void rejects_fewer_than_seven_characters(int length) {
        assertRejected(NAME_INVALID, Subject.USER_NAME, () -> SagUserNameRules.check("a".repeat(length)));
        assertRejected(NAME_INVALID, Subject.USER_NAME,
                () -> SagUserNameRules.hasSevenToThirtyThreeCharacters("a".repeat(length), Subject.USER_NAME));
    }

    @Test
    void rejects_thirty_four_characters() {
        assertRejected(NAME_INVALID, Subject.USER_NAME, () -> SagUserNameRules.check("a".repeat(34)));
    }

    // 必须以大小写字母或数字开头

    @ParameterizedTest
    @ValueSource(strings = {"Alexsmith", "alexsmith", "7alexsmith"})
    void accepts_a_letter_or_digit_first(String name) {
        assertDoesNotThrow(() -> SagUserNameRules.check(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"_alexsmith", "@alexsmith", ".alexsmith", "-alexsmith"})
    void rejects_any_other_first_character(String name) {
        assertRejected(NAME_INVALID, Subject.USER_NAME, () -> SagUserNameRules.check(name));
        assertRejected(NAME_INVALID, Subject.USER_NAME, () -> SagUserNameRules.startsWithALetterOrDigit(name, Subject.USER_NAME));
    }

    // 可以包含下划线(_)、at(@)、半角句号(.)和短划线(-)

    @ParameterizedTest
    @ValueSource(strings = {"alex_smith", "alex@example.com", "alex.smith", "alex-smith", "A1_b2@c3.d4-e5"})
    void accepts_letters_digits_underscores_at_signs_periods_and_hyphens(String name) {
        assertDoesNotThrow(() -> SagUserNameRules.check(name));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"alex smith", "alex+smith", "alex/smith", "alex\\smith", "alex!smith", "alex#smith",
            "alex*smith", "alex:smith", "\u00e9lodie-martin", "\u5f20\u4e09\u5f20\u4e09\u5f20\u4e09\u5f20",
            "alexsmith\t", "alexsmith\n", "al'exsmith"})
    void rejects_any_other_character(String name) {
        assertRejected(NAME_INVALID, Subject.USER_NAME, () -> SagUserNameRules.check(name));
    }

    @Test
    void checks_the_length_before_the_characters() {
        assertRejected(NAME_INVALID, Subject.USER_NAME,
                () -> SagUserNameRules.hasSevenToThirtyThreeCharacters("!".repeat(40), Subject.USER_NAME));
    }

    @Test
    void blames_the_parameter_the_name_came_from() {
        assertRejected(NAME_INVALID, Subject.USER_MAIL, () -> SagUserNameRules.check("a@b.co", Subject.USER_MAIL));
    }
}
