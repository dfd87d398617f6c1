package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.DESCRIPTION_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.FULL_NAME_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.UNKNOWN_LOCAL_DOMAIN;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_BLANK;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_ENDS_WITH_PERIOD;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_HAS_ILLEGAL_CHARACTERS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_MATCHES_CIFS_SERVER;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_TOO_LONG;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The user-name and text rules of the ONTAP "Create local user" page, rule by rule in the page's order. */
class LocalUserRulesTest {

    private static final CifsServerName SMB_SERVER01 = new CifsServerName("SMB_SERVER01");

    /** The characters the page forbids in a user name: {@code " / ? [ ] , : \ | < > + = ; * @} and ASCII 1-31. */
    static Stream<Character> illegalCharacters() {
        return Stream.concat("\"/?[],:\\|<>+=;*@".chars().mapToObj(c -> (char) c),
                IntStream.rangeClosed(1, 31).mapToObj(c -> (char) c));
    }

    // Required properties: name

    @Test
    void rejects_a_missing_name() {
        assertRejected(USER_NAME_MISSING, Subject.NAME, () -> LocalUserRules.nameIsGiven(null));
    }

    @Test
    void accepts_a_given_name() {
        assertDoesNotThrow(() -> LocalUserRules.nameIsGiven("alex"));
    }

    // 655682: The user name cannot be blank.

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", " ", "   ", "\t", " \t "})
    void rejects_a_blank_name(String blank) {
        assertRejected(USER_NAME_BLANK, Subject.NAME, () -> LocalUserRules.nameIsNotBlank(blank));
    }

    @Test
    void accepts_a_name_with_a_space_inside() {
        assertDoesNotThrow(() -> LocalUserRules.nameIsNotBlank("alex b"));
    }

    // The user name can contain up to 20 characters.

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {1, 2, 19, 20})
    void accepts_a_name_of_up_to_twenty_characters(int length) {
        assertDoesNotThrow(() -> LocalUserRules.nameHasAtMostTwentyCharacters("a".repeat(length)));
    }

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {21, 22, 40, 257})
    void rejects_a_name_longer_than_twenty_characters(int length) {
        assertRejected(USER_NAME_TOO_LONG, Subject.NAME, () -> LocalUserRules.nameHasAtMostTwentyCharacters("a".repeat(length)));
    }

    @Test
    void counts_characters_not_utf16_units() {
        String twentyCharactersOutsideTheBmp = "\uD835\uDC9C".repeat(20);
        assertDoesNotThrow(() -> LocalUserRules.nameHasAtMostTwentyCharacters(twentyCharactersOutsideTheBmp));
        assertRejected(USER_NAME_TOO_LONG, Subject.NAME,
                () -> LocalUserRules.nameHasAtMostTwentyCharacters(twentyCharactersOutsideTheBmp + "a"));
    }

    // The user name cannot be terminated by a period.

    @ParameterizedTest
    @ValueSource(strings = {"alex.", ".", "a..", "al.ex."})
    void rejects_a_name_ending_with_a_period(String name) {
        assertRejected(USER_NAME_ENDS_WITH_PERIOD, Subject.NAME, () -> LocalUserRules.nameIsNotTerminatedByAPeriod(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"al.ex", ".alex", "a.b.c"})
    void accepts_a_period_anywhere_but_at_the_end(String name) {
        assertDoesNotThrow(() -> LocalUserRules.nameIsNotTerminatedByAPeriod(name));
    }

    // 655668: The user name does not support " / ? [ ] , : \ | < > + = ; ? * @ or ASCII characters in the range 1-31.

    @org.junit.jupiter.api.Test
    void rejects_a_name_containing_nul_which_postgresql_cannot_store() {
        assertRejected(USER_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME, () -> LocalUserRules.nameHasNoIllegalCharacters("al\u0000ex"));
    }

    @ParameterizedTest(name = "U+{0}")
    @MethodSource("illegalCharacters")
    void rejects_a_name_containing_an_illegal_character(char illegal) {
        assertRejected(USER_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME,
                () -> LocalUserRules.nameHasNoIllegalCharacters("al" + illegal + "ex"));
        assertRejected(USER_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME,
                () -> LocalUserRules.nameHasNoIllegalCharacters(illegal + "alex"));
        assertRejected(USER_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME,
                () -> LocalUserRules.nameHasNoIllegalCharacters("alex" + illegal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alex", "ALEX_01", "a-b", "o'brien", "a b", "a.b", "a!#$%&()", "{x}~^", "jos\u00e9", "\u00fcmit"})
    void accepts_a_name_of_legal_characters(String name) {
        assertDoesNotThrow(() -> LocalUserRules.nameHasNoIllegalCharacters(name));
    }

    @Test
    void accepts_delete_and_space_which_are_outside_the_forbidden_control_range() {
        assertDoesNotThrow(() -> LocalUserRules.nameHasNoIllegalCharacters("a b\u007f"));
    }

    // 655665: The user name must not match the CIFS server name of the specified SVM.

    @ParameterizedTest
    @ValueSource(strings = {"SMB_SERVER01", "smb_server01", "Smb_Server01"})
    void rejects_a_name_equal_to_the_cifs_server_name_in_any_case(String name) {
        assertRejected(USER_NAME_MATCHES_CIFS_SERVER, Subject.NAME,
                () -> LocalUserRules.nameDiffersFromCifsServerName(name, SMB_SERVER01));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMB_SERVER0", "SMB_SERVER01x", "alex"})
    void accepts_a_name_that_differs_from_the_cifs_server_name(String name) {
        assertDoesNotThrow(() -> LocalUserRules.nameDiffersFromCifsServerName(name, SMB_SERVER01));
    }

    // 655675: The local domain name specified in user name doesn't exist.

    @ParameterizedTest
    @ValueSource(strings = {"SMB_SERVER01", "smb_server01"})
    void accepts_the_local_domain_in_any_case(String domain) {
        assertDoesNotThrow(() -> LocalUserRules.domainIsTheLocalDomain(domain, SMB_SERVER01));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OTHER", "SMB_SERVER02", "SMB_SERVER0", "", "BUILTIN"})
    void rejects_a_domain_other_than_the_local_one(String domain) {
        assertRejected(UNKNOWN_LOCAL_DOMAIN, Subject.NAME, () -> LocalUserRules.domainIsTheLocalDomain(domain, SMB_SERVER01));
    }

    // 655661: ... Also full_name and description should not exceed 256 characters.

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {0, 1, 255, 256})
    void accepts_a_full_name_of_up_to_256_characters(int length) {
        assertDoesNotThrow(() -> LocalUserRules.fullNameHasAtMost256Characters("f".repeat(length)));
    }

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {257, 258, 1000})
    void rejects_a_full_name_longer_than_256_characters(int length) {
        assertRejected(FULL_NAME_TOO_LONG, Subject.FULL_NAME,
                () -> LocalUserRules.fullNameHasAtMost256Characters("f".repeat(length)));
    }

    @Test
    void accepts_no_full_name() {
        assertDoesNotThrow(() -> LocalUserRules.fullNameHasAtMost256Characters(null));
    }

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {0, 1, 255, 256})
    void accepts_a_description_of_up_to_256_characters(int length) {
        assertDoesNotThrow(() -> LocalUserRules.descriptionHasAtMost256Characters("d".repeat(length)));
    }

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {257, 258, 1000})
    void rejects_a_description_longer_than_256_characters(int length) {
        assertRejected(DESCRIPTION_TOO_LONG, Subject.DESCRIPTION,
                () -> LocalUserRules.descriptionHasAtMost256Characters("d".repeat(length)));
    }

    @Test
    void accepts_no_description() {
        assertDoesNotThrow(() -> LocalUserRules.descriptionHasAtMost256Characters(null));
    }
}
