package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_CONTAINS_USER_NAME;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_TOO_SHORT;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_TOO_SIMPLE;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.stream.Stream;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.shared.Password;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The password rules of the ONTAP "Create local user" page (655733): at least six characters, not containing the
 * account name, and characters from three of four categories.
 */
class OntapPasswordComplexityTest {

    private static final String ACCOUNT = "alex";

    /** The page's special characters (its "0" is the Windows list's "$"; Windows also counts % { }). */
    static Stream<Character> specialCharacters() {
        return "~!@#$%^&*_-+=`|\\(){}[]:;\"'<>,.?/".chars().mapToObj(c -> (char) c);
    }

    // Required properties: password (262278)

    @Test
    void rejects_a_missing_password() {
        assertRejected(PASSWORD_MISSING, Subject.PASSWORD, () -> OntapPasswordComplexity.check(null, ACCOUNT));
    }

    // The password must be at least six characters in length ...

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "Ab1", "Ab1!", "Ab1!x"})
    void rejects_a_password_of_fewer_than_six_characters(String password) {
        assertRejected(PASSWORD_TOO_SHORT, Subject.PASSWORD, () -> OntapPasswordComplexity.check(Password.of(password), ACCOUNT));
    }

    @Test
    void rejects_five_characters_even_from_all_four_categories() {
        assertRejected(PASSWORD_TOO_SHORT, Subject.PASSWORD, () -> OntapPasswordComplexity.check(Password.of("Ab1!x"), ACCOUNT));
    }

    @Test
    void accepts_six_characters() {
        assertDoesNotThrow(() -> OntapPasswordComplexity.check(Password.of("Ab1!xy"), ACCOUNT));
    }

    @Test
    void counts_characters_not_utf16_units() {
        String fiveCharactersOneOutsideTheBmp = "Ab1!\uD835\uDC9C";
        assertRejected(PASSWORD_TOO_SHORT, Subject.PASSWORD,
                () -> OntapPasswordComplexity.hasAtLeastSixCharacters(Password.of(fiveCharactersOneOutsideTheBmp)));
    }

    // ... and must not contain the user account name.

    @ParameterizedTest
    @ValueSource(strings = {"alex-2024", "Alex-2024", "my-ALEX-9", "1aLeX!Zz", "Xy9!alex"})
    void rejects_a_password_containing_the_account_name_in_any_case(String password) {
        assertRejected(PASSWORD_CONTAINS_USER_NAME, Subject.PASSWORD,
                () -> OntapPasswordComplexity.check(Password.of(password), ACCOUNT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ale-x2024", "a-lex2024", "Xela-2024"})
    void accepts_a_password_containing_only_parts_of_the_account_name(String password) {
        assertDoesNotThrow(() -> OntapPasswordComplexity.check(Password.of(password), ACCOUNT));
    }

    // The password must contain characters from three of the following four categories.

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({
            "Abcdefgh, upper and lower",
            "ABCD1234, upper and digits",
            "ABCD-!#$, upper and specials",
            "abcd1234, lower and digits",
            "abcd-!#$, lower and specials",
            "1234-!#$, digits and specials",
            "ABCDEFGH, upper only",
            "abcdefgh, lower only",
            "12345678, digits only",
            "'!@#$%^&*', specials only"
    })
    void rejects_a_password_from_fewer_than_three_categories(String password, String categories) {
        assertRejected(PASSWORD_TOO_SIMPLE, Subject.PASSWORD, () -> OntapPasswordComplexity.check(Password.of(password), ACCOUNT));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({
            "Abcd1234, upper lower and digits",
            "Abcd-efg, upper lower and specials",
            "ABCD-123, upper digits and specials",
            "abcd-123, lower digits and specials",
            "Abc-1234, all four"
    })
    void accepts_a_password_from_three_or_four_categories(String password, String categories) {
        assertDoesNotThrow(() -> OntapPasswordComplexity.check(Password.of(password), ACCOUNT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specialCharacters")
    void counts_each_listed_special_character_as_a_category(char special) {
        assertDoesNotThrow(() -> OntapPasswordComplexity.check(Password.of("abcd12" + special), ACCOUNT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcd12\u00e9", "abcd12\u00df", "ABCD12\u00c9", "abcd12 "})
    void does_not_count_letters_outside_english_nor_spaces_as_a_category(String password) {
        assertRejected(PASSWORD_TOO_SIMPLE, Subject.PASSWORD, () -> OntapPasswordComplexity.check(Password.of(password), ACCOUNT));
    }

    static Stream<Arguments> passwordsBreakingSeveralRules() {
        return Stream.of(
                Arguments.of("alex", PASSWORD_TOO_SHORT),
                Arguments.of("alexalex", PASSWORD_CONTAINS_USER_NAME));
    }

    @ParameterizedTest
    @MethodSource("passwordsBreakingSeveralRules")
    void reports_the_first_rule_broken_in_the_page_order(String password, OntapRejection.Reason reason) {
        assertRejected(reason, Subject.PASSWORD, () -> OntapPasswordComplexity.check(Password.of(password), ACCOUNT));
    }
}
