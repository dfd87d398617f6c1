package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_IN_BUILTIN_DOMAIN;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NAME_BLANK;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NAME_HAS_ILLEGAL_CHARACTERS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NAME_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NAME_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.UNKNOWN_LOCAL_DOMAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A local group's name: up to 256 characters, the user-name character rules, the local domain or BUILTIN. */
class LocalGroupNameTest {

    private static final CifsServerName SMB_SERVER01 = new CifsServerName("SMB_SERVER01");

    /** The characters forbidden in user names are forbidden in group names; the backslash separates the domain. */
    static Stream<Character> illegalCharactersButTheSeparator() {
        return LocalUserRulesTest.illegalCharacters().filter(c -> c != LocalUserName.SEPARATOR);
    }

    @Nested
    class Parsing_a_new_groups_name {

        @Test
        void qualifies_a_short_name_with_the_local_domain() {
            LocalGroupName name = LocalGroupName.parse("group", SMB_SERVER01);

            assertEquals("SMB_SERVER01\\group", name.qualified());
            assertEquals("SMB_SERVER01", name.domain());
            assertEquals("group", name.group());
            assertFalse(name.isBuiltin());
        }

        @ParameterizedTest
        @ValueSource(strings = {"SMB_SERVER01\\group", "smb_server01\\group", "Smb_Server01\\group"})
        void accepts_the_local_domain_in_any_case_and_stores_it_upper_case(String raw) {
            assertEquals("SMB_SERVER01\\group", LocalGroupName.parse(raw, SMB_SERVER01).qualified());
        }

        @Test
        void keeps_the_group_in_the_case_it_was_written_with_its_spaces() {
            assertEquals("Sales Team", LocalGroupName.parse("Sales Team", SMB_SERVER01).group());
        }

        @Test
        void rejects_a_missing_name() {
            assertRejected(GROUP_NAME_MISSING, Subject.NAME, () -> LocalGroupName.parse(null, SMB_SERVER01));
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @ValueSource(strings = {"", " ", "\t", "SMB_SERVER01\\", "SMB_SERVER01\\  "})
        void rejects_a_blank_name(String raw) {
            assertRejected(GROUP_NAME_BLANK, Subject.NAME, () -> LocalGroupName.parse(raw, SMB_SERVER01));
        }

        @Test
        void accepts_256_characters() {
            String longest = "g".repeat(256);

            assertEquals(longest, LocalGroupName.parse(longest, SMB_SERVER01).group());
            assertEquals(longest, LocalGroupName.parse("SMB_SERVER01\\" + longest, SMB_SERVER01).group());
        }

        @Test
        void rejects_257_characters() {
            assertRejected(GROUP_NAME_TOO_LONG, Subject.NAME, () -> LocalGroupName.parse("g".repeat(257), SMB_SERVER01));
            assertRejected(GROUP_NAME_TOO_LONG, Subject.NAME,
                    () -> LocalGroupName.parse("SMB_SERVER01\\" + "g".repeat(257), SMB_SERVER01));
        }

        @Test
        void counts_characters_not_utf16_units() {
            String outsideTheBmp = "\uD835\uDC9C".repeat(256);

            assertEquals(outsideTheBmp, LocalGroupName.parse(outsideTheBmp, SMB_SERVER01).group());
            assertRejected(GROUP_NAME_TOO_LONG, Subject.NAME, () -> LocalGroupName.parse(outsideTheBmp + "g", SMB_SERVER01));
        }

        @ParameterizedTest(name = "U+{0}")
        @MethodSource("org.gatewayusers.domain.ontap.LocalGroupNameTest#illegalCharactersButTheSeparator")
        void rejects_a_name_containing_an_illegal_character(char illegal) {
            assertRejected(GROUP_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME, () -> LocalGroupName.parse("gr" + illegal + "oup", SMB_SERVER01));
            assertRejected(GROUP_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME,
                    () -> LocalGroupName.parse("SMB_SERVER01\\group" + illegal, SMB_SERVER01));
        }

        @Test
        void rejects_a_second_backslash() {
            assertRejected(GROUP_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME,
                    () -> LocalGroupName.parse("SMB_SERVER01\\gr\\oup", SMB_SERVER01));
        }

        @ParameterizedTest
        @ValueSource(strings = {"BUILTIN\\group", "builtin\\Users", "Builtin\\Administrators"})
        void rejects_a_new_group_in_the_builtin_domain(String raw) {
            assertRejected(GROUP_IN_BUILTIN_DOMAIN, Subject.NAME, () -> LocalGroupName.parse(raw, SMB_SERVER01));
        }

        @ParameterizedTest
        @ValueSource(strings = {"OTHER\\group", "SMB_SERVER02\\group", "\\group", "NT AUTHORITY\\group"})
        void rejects_a_name_in_a_domain_that_is_neither_local_nor_builtin(String raw) {
            assertRejected(UNKNOWN_LOCAL_DOMAIN, Subject.NAME, () -> LocalGroupName.parse(raw, SMB_SERVER01));
        }

        @Test
        void reads_a_backslash_as_the_domain_separator() {
            assertRejected(UNKNOWN_LOCAL_DOMAIN, Subject.NAME, () -> LocalGroupName.parse("gr\\oup", SMB_SERVER01));
        }
    }

    @Nested
    class Looking_a_group_up {

        @ParameterizedTest
        @ValueSource(strings = {"BUILTIN\\Users", "builtin\\Users"})
        void reads_a_name_in_the_builtin_domain(String raw) {
            LocalGroupName name = LocalGroupName.lookUp(raw, SMB_SERVER01);

            assertTrue(name.isBuiltin());
            assertEquals("BUILTIN\\Users", name.qualified());
            assertEquals(BuiltinGroup.USERS.groupName().key(), name.key());
        }

        @Test
        void reads_short_and_qualified_names_in_the_local_domain() {
            assertEquals("SMB_SERVER01\\group", LocalGroupName.lookUp("group", SMB_SERVER01).qualified());
            assertEquals("SMB_SERVER01\\group", LocalGroupName.lookUp("smb_server01\\group", SMB_SERVER01).qualified());
        }

        @Test
        void rejects_a_name_in_another_domain() {
            assertRejected(UNKNOWN_LOCAL_DOMAIN, Subject.NAME, () -> LocalGroupName.lookUp("OTHER\\group", SMB_SERVER01));
        }

        @Test
        void applies_the_name_rules_in_the_builtin_domain_too() {
            assertRejected(GROUP_NAME_BLANK, Subject.NAME, () -> LocalGroupName.lookUp("BUILTIN\\", SMB_SERVER01));
            assertRejected(GROUP_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME, () -> LocalGroupName.lookUp("BUILTIN\\a*b", SMB_SERVER01));
        }
    }

    @Nested
    class Built_directly {

        @Test
        void applies_the_rules() {
            assertRejected(GROUP_NAME_BLANK, Subject.NAME, () -> new LocalGroupName("SMB_SERVER01", " "));
            assertRejected(GROUP_NAME_TOO_LONG, Subject.NAME, () -> new LocalGroupName("SMB_SERVER01", "g".repeat(257)));
            assertRejected(GROUP_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME, () -> new LocalGroupName("SMB_SERVER01", "a\\b"));
        }

        @Test
        void is_builtin_only_in_the_builtin_domain() {
            assertTrue(LocalGroupName.builtin("Users").isBuiltin());
            assertEquals("BUILTIN\\Users", LocalGroupName.builtin("Users").toString());
            assertFalse(new LocalGroupName("SMB_SERVER01", "Users").isBuiltin());
        }
    }

    @Nested
    class Comparing {

        @Test
        void has_the_same_key_in_any_case_or_form() {
            LocalGroupName lower = LocalGroupName.parse("group", SMB_SERVER01);

            assertEquals(lower.key(), LocalGroupName.parse("GROUP", SMB_SERVER01).key());
            assertEquals(lower.key(), LocalGroupName.parse("smb_server01\\Group", SMB_SERVER01).key());
        }

        @Test
        void has_a_different_key_for_another_group() {
            assertNotEquals(LocalGroupName.parse("group", SMB_SERVER01).key(), LocalGroupName.parse("groups", SMB_SERVER01).key());
        }

        @Test
        void has_a_different_key_in_the_builtin_domain() {
            assertNotEquals(LocalGroupName.parse("Users", SMB_SERVER01).key(), LocalGroupName.builtin("Users").key());
        }

        @Test
        void prints_itself_qualified() {
            assertEquals("SMB_SERVER01\\group", LocalGroupName.parse("group", SMB_SERVER01).toString());
        }
    }
}
