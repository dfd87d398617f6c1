package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.LocalUserBuilder.aLocalUser;
import static org.gatewayusers.domain.ontap.LocalUserDraftBuilder.aDraft;
import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.ADMINISTRATOR_CANNOT_BE_DELETED;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.DESCRIPTION_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.FULL_NAME_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_CONTAINS_USER_NAME;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_TOO_SHORT;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_TOO_SIMPLE;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_BLANK;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_ENDS_WITH_PERIOD;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_HAS_ILLEGAL_CHARACTERS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_MATCHES_CIFS_SERVER;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_RENAME_CHANGES_DOMAIN;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.shared.Password;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalUserTest {

    private static final CredentialHash OTHER_CREDENTIAL = new CredentialHash("NT", "0CB6948805F797BF2A82807973B89537");

    private final Svm svm = aCifsSvm().build();

    @Test
    void registers_a_drafted_user_with_its_sid_and_credential() {
        LocalUserDraft draft = aDraft().named("alex").withFullName("Alex Brown").withDescription("local").disabled().on(svm);
        Sid sid = svm.sidFor(Rid.FIRST_LOCAL_ACCOUNT);

        LocalUser user = LocalUser.register(draft, sid, OTHER_CREDENTIAL);

        assertEquals(svm.uuid(), user.svm());
        assertEquals("SMB_SERVER01\\alex", user.name().qualified());
        assertEquals("Alex Brown", user.fullName());
        assertEquals("local", user.description());
        assertTrue(user.accountDisabled());
        assertEquals(sid, user.sid());
        assertEquals(OTHER_CREDENTIAL, user.credential());
    }

    @Test
    void reconstitutes_a_stored_user() {
        LocalUser user = aLocalUser().on(svm).named("alex").withRid(1001).build();

        assertEquals(svm.domainSid().withRid(new Rid(1001)), user.sid());
        assertFalse(user.accountDisabled());
        assertFalse(user.isAdministrator());
    }

    @Nested
    class The_local_administrator {

        private final LocalUser administrator =
                LocalUser.administrator(svm, svm.requireAcceptsLocalUsers().localDomain(), OTHER_CREDENTIAL);

        @Test
        void has_rid_500_of_the_svm_domain_sid() {
            assertEquals(Rid.ADMINISTRATOR, administrator.sid().rid());
            assertEquals(svm.domainSid().withRid(new Rid(500)), administrator.sid());
            assertTrue(administrator.isAdministrator());
        }

        @Test
        void is_named_administrator_in_the_local_domain() {
            assertEquals("SMB_SERVER01\\Administrator", administrator.name().qualified());
            assertEquals(svm.uuid(), administrator.svm());
        }

        @Test
        void is_disabled() {
            assertTrue(administrator.accountDisabled());
        }

        @Test
        void keeps_the_credential_it_was_given() {
            assertEquals(OTHER_CREDENTIAL, administrator.credential());
        }

        @Test
        void cannot_be_deleted() {
            assertRejected(ADMINISTRATOR_CANNOT_BE_DELETED, Subject.SID, administrator::requireDeletable);
        }

        @Test
        void cannot_be_deleted_under_another_name_either() {
            LocalUser renamed = administrator.renamed("root");

            assertRejected(ADMINISTRATOR_CANNOT_BE_DELETED, Subject.SID, renamed::requireDeletable);
        }

        @Test
        void is_known_by_its_rid_when_reloaded() {
            LocalUser reloaded = aLocalUser().on(svm).named("Administrator").withRid(500).disabled().build();

            assertTrue(reloaded.isAdministrator());
            assertRejected(ADMINISTRATOR_CANNOT_BE_DELETED, Subject.SID, reloaded::requireDeletable);
        }
    }

    @Test
    void lets_any_other_user_be_deleted() {
        assertDoesNotThrow(() -> aLocalUser().on(svm).withRid(1000).build().requireDeletable());
        assertDoesNotThrow(() -> aLocalUser().on(svm).withRid(501).build().requireDeletable());
    }

    @Nested
    class Renaming {

        private final LocalUser alex = aLocalUser().on(svm).named("alex").withRid(1001).withFullName("Alex Brown")
                .withDescription("local").disabled().build();

        @ParameterizedTest
        @ValueSource(strings = {"blake", "SMB_SERVER01\\blake", "smb_server01\\blake"})
        void takes_a_new_name_in_the_same_local_domain(String raw) {
            assertEquals("SMB_SERVER01\\blake", alex.renamed(raw).name().qualified());
        }

        @Test
        void keeps_everything_else() {
            LocalUser blake = alex.renamed("blake");

            assertEquals(alex.svm(), blake.svm());
            assertEquals(alex.sid(), blake.sid());
            assertEquals(alex.credential(), blake.credential());
            assertEquals("Alex Brown", blake.fullName());
            assertEquals("local", blake.description());
            assertTrue(blake.accountDisabled());
        }

        @Test
        void leaves_the_user_it_was_asked_on_unchanged() {
            alex.renamed("blake");

            assertEquals("SMB_SERVER01\\alex", alex.name().qualified());
        }

        @Test
        void may_change_only_the_case() {
            assertEquals("SMB_SERVER01\\ALEX", alex.renamed("ALEX").name().qualified());
        }

        @ParameterizedTest
        @ValueSource(strings = {"OTHER\\blake", "SMB_SERVER02\\blake", "BUILTIN\\blake", "\\blake"})
        void rejects_a_name_in_another_domain(String raw) {
            assertRejected(USER_RENAME_CHANGES_DOMAIN, Subject.NAME, () -> alex.renamed(raw));
        }

        static Stream<Arguments> namesBreakingACreateRule() {
            return Stream.of(
                    Arguments.of(null, USER_NAME_MISSING),
                    Arguments.of(" ", USER_NAME_BLANK),
                    Arguments.of("SMB_SERVER01\\", USER_NAME_BLANK),
                    Arguments.of("b".repeat(21), USER_NAME_TOO_LONG),
                    Arguments.of("blake.", USER_NAME_ENDS_WITH_PERIOD),
                    Arguments.of("bl*ke", USER_NAME_HAS_ILLEGAL_CHARACTERS),
                    Arguments.of("SMB_SERVER01\\bl\\ke", USER_NAME_HAS_ILLEGAL_CHARACTERS),
                    Arguments.of("smb_server01", USER_NAME_MATCHES_CIFS_SERVER));
        }

        @ParameterizedTest(name = "[{index}] \"{0}\": {1}")
        @MethodSource("namesBreakingACreateRule")
        void applies_the_name_rules_of_a_create(String raw, OntapRejection.Reason reason) {
            assertRejected(reason, Subject.NAME, () -> alex.renamed(raw));
        }

        @Test
        void accepts_a_new_name_of_twenty_characters() {
            assertEquals("b".repeat(20), alex.renamed("b".repeat(20)).name().account());
        }
    }

    @Nested
    class Accepting_a_new_password {

        private final LocalUser alex = aLocalUser().on(svm).named("alex").build();

        @Test
        void accepts_a_password_that_meets_the_complexity_rules() {
            assertDoesNotThrow(() -> alex.requireAcceptablePassword(Password.of("Secr3t-pw")));
        }

        @Test
        void rejects_a_missing_password() {
            assertRejected(PASSWORD_MISSING, Subject.PASSWORD, () -> alex.requireAcceptablePassword(null));
        }

        @Test
        void rejects_a_password_of_five_characters() {
            assertRejected(PASSWORD_TOO_SHORT, Subject.PASSWORD, () -> alex.requireAcceptablePassword(Password.of("Ab1!x")));
        }

        @Test
        void rejects_a_password_containing_the_account_name_in_any_case() {
            assertRejected(PASSWORD_CONTAINS_USER_NAME, Subject.PASSWORD,
                    () -> alex.requireAcceptablePassword(Password.of("My-ALEX-1")));
        }

        @Test
        void rejects_a_password_of_two_categories() {
            assertRejected(PASSWORD_TOO_SIMPLE, Subject.PASSWORD, () -> alex.requireAcceptablePassword(Password.of("abcd1234")));
        }

        @Test
        void checks_against_the_new_name_after_a_rename() {
            LocalUser blake = alex.renamed("blake");

            assertDoesNotThrow(() -> blake.requireAcceptablePassword(Password.of("My-Alex-1")));
            assertRejected(PASSWORD_CONTAINS_USER_NAME, Subject.PASSWORD,
                    () -> blake.requireAcceptablePassword(Password.of("My-Blake-1")));
        }

        @Test
        void checks_against_the_account_not_the_local_domain() {
            assertDoesNotThrow(() -> alex.requireAcceptablePassword(Password.of("Smb_server01-1")));
        }
    }

    @Nested
    class Changing_one_field {

        private final LocalUser alex = aLocalUser().on(svm).named("alex").withFullName("Alex Brown")
                .withDescription("local").build();

        @Test
        void takes_a_new_credential_and_keeps_the_rest() {
            LocalUser changed = alex.withCredential(OTHER_CREDENTIAL);

            assertEquals(OTHER_CREDENTIAL, changed.credential());
            assertEquals(LocalUserBuilder.DEFAULT_CREDENTIAL, alex.credential());
            assertSameExcept(alex, changed);
        }

        @Test
        void takes_a_new_full_name_or_none() {
            assertEquals("A. Brown", alex.withFullName("A. Brown").fullName());
            assertNull(alex.withFullName(null).fullName());
            assertEquals("local", alex.withFullName(null).description());
            assertEquals("Alex Brown", alex.fullName());
        }

        @Test
        void takes_a_new_description_or_none() {
            assertEquals("admin", alex.describedAs("admin").description());
            assertNull(alex.describedAs(null).description());
            assertEquals("Alex Brown", alex.describedAs(null).fullName());
            assertEquals("local", alex.description());
        }

        @Test
        void disables_and_enables_the_account() {
            LocalUser disabled = alex.withAccountDisabled(true);

            assertTrue(disabled.accountDisabled());
            assertFalse(disabled.withAccountDisabled(false).accountDisabled());
            assertFalse(alex.accountDisabled());
        }

        @Test
        void keeps_the_256_character_limits() {
            assertEquals(256, alex.withFullName("f".repeat(256)).fullName().length());
            assertEquals(256, alex.describedAs("d".repeat(256)).description().length());
            assertRejected(FULL_NAME_TOO_LONG, Subject.FULL_NAME, () -> alex.withFullName("f".repeat(257)));
            assertRejected(DESCRIPTION_TOO_LONG, Subject.DESCRIPTION, () -> alex.describedAs("d".repeat(257)));
        }

        private void assertSameExcept(LocalUser before, LocalUser after) {
            assertEquals(before.svm(), after.svm());
            assertEquals(before.name(), after.name());
            assertEquals(before.sid(), after.sid());
            assertEquals(before.fullName(), after.fullName());
            assertEquals(before.description(), after.description());
            assertEquals(before.accountDisabled(), after.accountDisabled());
        }
    }
}
