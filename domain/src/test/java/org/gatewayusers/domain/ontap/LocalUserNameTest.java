package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.UNKNOWN_LOCAL_DOMAIN;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_BLANK;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_ENDS_WITH_PERIOD;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_HAS_ILLEGAL_CHARACTERS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_MATCHES_CIFS_SERVER;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_TOO_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.stream.Stream;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A local user's name, read from what a client wrote and qualified by the SVM's local domain. */
class LocalUserNameTest {

    private static final CifsServerName SMB_SERVER01 = new CifsServerName("SMB_SERVER01");

    /** All but the backslash, which in a client's name separates the domain (see the backslash tests below). */
    static Stream<Character> illegalCharactersButTheSeparator() {
        return LocalUserRulesTest.illegalCharacters().filter(c -> c != LocalUserName.SEPARATOR);
    }

    @Test
    void qualifies_a_short_name_with_the_local_domain() {
        LocalUserName name = LocalUserName.parse("alex", SMB_SERVER01);

        assertEquals("SMB_SERVER01\\alex", name.qualified());
        assertEquals(SMB_SERVER01, name.domain());
        assertEquals("alex", name.account());
    }

    @Test
    void accepts_a_name_qualified_by_the_local_domain() {
        LocalUserName name = LocalUserName.parse("SMB_SERVER01\\alex", SMB_SERVER01);

        assertEquals("SMB_SERVER01\\alex", name.qualified());
        assertEquals("alex", name.account());
    }

    @ParameterizedTest
    @ValueSource(strings = {"smb_server01\\alex", "Smb_Server01\\alex"})
    void accepts_the_local_domain_in_any_case_and_stores_it_upper_case(String raw) {
        assertEquals("SMB_SERVER01\\alex", LocalUserName.parse(raw, SMB_SERVER01).qualified());
    }

    @ParameterizedTest
    @ValueSource(strings = {"OTHER\\alex", "SMB_SERVER02\\alex", "BUILTIN\\alex", "\\alex", " \\alex"})
    void rejects_a_name_qualified_by_another_domain(String raw) {
        assertRejected(UNKNOWN_LOCAL_DOMAIN, Subject.NAME, () -> LocalUserName.parse(raw, SMB_SERVER01));
    }

    @Test
    void keeps_the_account_in_the_case_it_was_written() {
        assertEquals("Alex.Brown", LocalUserName.parse("Alex.Brown", SMB_SERVER01).account());
    }

    @Test
    void prints_itself_qualified() {
        assertEquals("SMB_SERVER01\\alex", LocalUserName.parse("alex", SMB_SERVER01).toString());
    }

    @Test
    void rejects_a_missing_name() {
        assertRejected(USER_NAME_MISSING, Subject.NAME, () -> LocalUserName.parse(null, SMB_SERVER01));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", " ", "\t", "SMB_SERVER01\\", "SMB_SERVER01\\  "})
    void rejects_a_blank_name(String raw) {
        assertRejected(USER_NAME_BLANK, Subject.NAME, () -> LocalUserName.parse(raw, SMB_SERVER01));
    }

    @Test
    void accepts_an_account_of_twenty_characters() {
        String twenty = "a".repeat(20);
        assertEquals(twenty, LocalUserName.parse(twenty, SMB_SERVER01).account());
    }

    @Test
    void rejects_an_account_of_twenty_one_characters() {
        assertRejected(USER_NAME_TOO_LONG, Subject.NAME, () -> LocalUserName.parse("a".repeat(21), SMB_SERVER01));
    }

    @Test
    void counts_only_the_account_towards_the_twenty_characters() {
        String twenty = "a".repeat(20);
        assertEquals(twenty, LocalUserName.parse("SMB_SERVER01\\" + twenty, SMB_SERVER01).account());
        assertRejected(USER_NAME_TOO_LONG, Subject.NAME, () -> LocalUserName.parse("SMB_SERVER01\\" + twenty + "a", SMB_SERVER01));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alex.", "SMB_SERVER01\\alex."})
    void rejects_a_name_ending_with_a_period(String raw) {
        assertRejected(USER_NAME_ENDS_WITH_PERIOD, Subject.NAME, () -> LocalUserName.parse(raw, SMB_SERVER01));
    }

    @ParameterizedTest(name = "U+{0}")
    @MethodSource("illegalCharactersButTheSeparator")
    void rejects_a_name_containing_an_illegal_character(char illegal) {
        assertRejected(USER_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME, () -> LocalUserName.parse("al" + illegal + "ex", SMB_SERVER01));
    }

    @Test
    void reads_a_backslash_in_a_name_as_the_domain_separator() {
        assertRejected(UNKNOWN_LOCAL_DOMAIN, Subject.NAME, () -> LocalUserName.parse("al\\ex", SMB_SERVER01));
    }

    @Test
    void rejects_a_backslash_in_the_account() {
        assertRejected(USER_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME, () -> new LocalUserName(SMB_SERVER01, "al\\ex"));
    }

    @Test
    void rejects_a_second_backslash_in_a_qualified_name() {
        assertRejected(USER_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME,
                () -> LocalUserName.parse("SMB_SERVER01\\al\\ex", SMB_SERVER01));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMB_SERVER01", "smb_server01", "SMB_SERVER01\\SMB_SERVER01", "smb_server01\\Smb_Server01"})
    void rejects_a_name_equal_to_the_cifs_server_name(String raw) {
        assertRejected(USER_NAME_MATCHES_CIFS_SERVER, Subject.NAME, () -> LocalUserName.parse(raw, SMB_SERVER01));
    }

    @Test
    void applies_the_rules_when_built_directly_too() {
        assertRejected(USER_NAME_BLANK, Subject.NAME, () -> new LocalUserName(SMB_SERVER01, " "));
        assertRejected(USER_NAME_TOO_LONG, Subject.NAME, () -> new LocalUserName(SMB_SERVER01, "a".repeat(21)));
        assertRejected(USER_NAME_ENDS_WITH_PERIOD, Subject.NAME, () -> new LocalUserName(SMB_SERVER01, "alex."));
        assertRejected(USER_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME, () -> new LocalUserName(SMB_SERVER01, "a*b"));
        assertRejected(USER_NAME_MATCHES_CIFS_SERVER, Subject.NAME, () -> new LocalUserName(SMB_SERVER01, "smb_server01"));
    }

    @Test
    void has_the_same_key_in_any_case() {
        LocalUserName lower = LocalUserName.parse("alex", SMB_SERVER01);
        LocalUserName upper = LocalUserName.parse("ALEX", SMB_SERVER01);
        LocalUserName qualified = LocalUserName.parse("smb_server01\\Alex", SMB_SERVER01);

        assertEquals(lower.key(), upper.key());
        assertEquals(lower.key(), qualified.key());
    }

    @Test
    void has_a_different_key_for_another_account() {
        assertNotEquals(LocalUserName.parse("alex", SMB_SERVER01).key(), LocalUserName.parse("alexa", SMB_SERVER01).key());
    }

    @Test
    void has_a_different_key_in_another_domain() {
        assertNotEquals(LocalUserName.parse("alex", SMB_SERVER01).key(),
                LocalUserName.parse("alex", new CifsServerName("SMB_SERVER02")).key());
    }
}
