package org.gatewayusers.application.ontap;

import static org.gatewayusers.application.ontap.LocalUserChangesBuilder.aChange;
import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aBuiltinGroup;
import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aLocalGroup;
import static org.gatewayusers.domain.ontap.LocalUserBuilder.aLocalUser;
import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.DESCRIPTION_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.FULL_NAME_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_CONTAINS_USER_NAME;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_TOO_SHORT;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_TOO_SIMPLE;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_BLANK;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_ENDS_WITH_PERIOD;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_HAS_ILLEGAL_CHARACTERS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_MATCHES_CIFS_SERVER;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_RENAME_CHANGES_DOMAIN;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_RENAME_TARGET_EXISTS;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.aDataSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gatewayusers.application.shared.FakeCredentialHasher;
import org.gatewayusers.domain.ontap.BuiltinGroup;
import org.gatewayusers.domain.ontap.CifsServerName;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.LocalUserBuilder;
import org.gatewayusers.domain.ontap.LocalUserName;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code PATCH /api/protocols/cifs/local-users/{svm.uuid}/{sid}}: only what is given changes. */
class UpdateLocalUserTest {

    private static final String DOMAIN_SID = "S-1-5-21-256008430-3394229847-3930036330";
    private static final String ALEX_SID = DOMAIN_SID + "-1000";

    private final Svm svm1 = aCifsSvm().named("svm1").withCifsServer("SMB_SERVER01").withDomainSid(DOMAIN_SID).build();
    private final Svm svm2 = aCifsSvm().named("svm2").withCifsServer("SMB_SERVER02").withDomainSid("S-1-5-21-1-2-3").build();
    private final LocalUser alex = aLocalUser().on(svm1).named("alex").withRid(1000).withFullName("Alex Brown")
            .withDescription("local").build();
    private final LocalUser blake = aLocalUser().on(svm1).named("blake").withRid(1001).build();
    private final LocalUser casey = aLocalUser().on(svm2).named("casey").withRid(1000).build();
    private final LocalGroup users = aBuiltinGroup(BuiltinGroup.USERS).on(svm1).withMember(alex).withMember(blake).build();
    private final LocalGroup administrators = aBuiltinGroup(BuiltinGroup.ADMINISTRATORS).on(svm1).build();
    private final LocalGroup group = aLocalGroup().on(svm1).named("group").withRid(1002).withMember(alex).withMember(blake)
            .build();
    private final LocalGroup team = aLocalGroup().on(svm1).named("team").withRid(1003).build();

    private final InMemorySvms svms = new InMemorySvms(svm1, svm2);
    private final InMemoryLocalUsers localUsers = new InMemoryLocalUsers(alex, blake, casey);
    private final InMemoryLocalGroups localGroups = new InMemoryLocalGroups(users, administrators, group, team);
    private final FakeCredentialHasher hasher = new FakeCredentialHasher();
    private final UpdateLocalUser updateLocalUser = new UpdateLocalUser(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers), hasher);

    private LocalUserView update(LocalUserChangesBuilder changes) {
        return updateLocalUser.update(svm1.uuid().value(), ALEX_SID, changes.build());
    }

    private LocalUser storedAlex() {
        return localUsers.withSid(svm1.uuid(), alex.sid()).orElseThrow(() -> new AssertionError("alex is gone"));
    }

    private Set<Sid> membersOf(LocalGroup of) {
        return localGroups.stored(of.svm(), of.sid()).members();
    }

    private void assertAlexUnchanged() {
        LocalUser stored = storedAlex();
        assertEquals("SMB_SERVER01\\alex", stored.name().qualified());
        assertEquals("Alex Brown", stored.fullName());
        assertEquals("local", stored.description());
        assertFalse(stored.accountDisabled());
        assertEquals(LocalUserBuilder.DEFAULT_CREDENTIAL, stored.credential());
        assertEquals(Set.of(alex.sid(), blake.sid()), membersOf(users));
        assertEquals(Set.of(alex.sid(), blake.sid()), membersOf(group));
        assertEquals(Set.of(), membersOf(team));
        assertEquals(0, hasher.uses());
    }

    @Nested
    class Changing_one_field_alone {

        @Test
        void changes_nothing_when_no_field_is_given() {
            LocalUserView view = update(aChange());

            assertAlexUnchanged();
            assertEquals("SMB_SERVER01\\alex", view.name());
        }

        @Test
        void renames_the_user_and_keeps_the_rest() {
            LocalUserView view = update(aChange().renamedTo("drew"));

            LocalUser stored = storedAlex();
            assertEquals("SMB_SERVER01\\drew", stored.name().qualified());
            assertEquals("SMB_SERVER01\\drew", view.name());
            assertEquals(ALEX_SID, view.sid());
            assertEquals("Alex Brown", stored.fullName());
            assertEquals("local", stored.description());
            assertEquals(LocalUserBuilder.DEFAULT_CREDENTIAL, stored.credential());
            assertEquals(Set.of(alex.sid(), blake.sid()), membersOf(group));
            assertEquals(2, view.membership().size());
        }

        @Test
        void frees_the_old_name() {
            update(aChange().renamedTo("drew"));

            assertFalse(localUsers.existsNamed(svm1.uuid(), LocalUserName.parse("alex", new CifsServerName("SMB_SERVER01"))));
        }

        @ParameterizedTest
        @ValueSource(strings = {"SMB_SERVER01\\drew", "smb_server01\\drew"})
        void accepts_a_new_name_qualified_by_the_local_domain(String raw) {
            assertEquals("SMB_SERVER01\\drew", update(aChange().renamedTo(raw)).name());
        }

        @ParameterizedTest
        @ValueSource(strings = {"alex", "ALEX", "SMB_SERVER01\\Alex"})
        void accepts_its_own_name_in_any_case(String raw) {
            String account = raw.substring(raw.indexOf('\\') + 1);

            assertEquals("SMB_SERVER01\\" + account, update(aChange().renamedTo(raw)).name());
        }

        @Test
        void sets_a_new_password_as_its_hash() {
            update(aChange().withPassword("N3w-secret"));

            LocalUser stored = storedAlex();
            assertEquals(FakeCredentialHasher.expectedFor("N3w-secret"), stored.credential());
            assertEquals("SMB_SERVER01\\alex", stored.name().qualified());
            assertEquals("Alex Brown", stored.fullName());
            assertEquals(1, hasher.uses());
        }

        @Test
        void shows_the_client_neither_the_password_nor_the_credential() {
            LocalUserView view = update(aChange().withPassword("N3w-secret"));

            assertFalse(view.toString().contains("N3w-secret"), view.toString());
            assertFalse(view.toString().contains(FakeCredentialHasher.expectedFor("N3w-secret").value()), view.toString());
        }

        @Test
        void sets_the_full_name() {
            LocalUserView view = update(aChange().withFullName("Alexandra Brown"));

            assertEquals("Alexandra Brown", view.fullName());
            assertEquals("Alexandra Brown", storedAlex().fullName());
            assertEquals("local", storedAlex().description());
        }

        @Test
        void clears_the_full_name_with_an_empty_one() {
            LocalUserView view = update(aChange().withFullName(""));

            assertNull(view.fullName());
            assertNull(storedAlex().fullName());
            assertEquals("local", storedAlex().description());
        }

        @Test
        void sets_the_description() {
            update(aChange().withDescription("sales"));

            assertEquals("sales", storedAlex().description());
            assertEquals("Alex Brown", storedAlex().fullName());
        }

        @Test
        void clears_the_description_with_an_empty_one() {
            update(aChange().withDescription(""));

            assertNull(storedAlex().description());
            assertEquals("Alex Brown", storedAlex().fullName());
        }

        @Test
        void disables_and_enables_the_account() {
            assertTrue(update(aChange().disabled(true)).accountDisabled());
            assertTrue(storedAlex().accountDisabled());

            assertFalse(update(aChange().disabled(false)).accountDisabled());
            assertFalse(storedAlex().accountDisabled());
            assertEquals("Alex Brown", storedAlex().fullName());
        }

        @Test
        void leaves_the_other_users_alone() {
            update(aChange().renamedTo("drew").withPassword("N3w-secret").withFullName("x").disabled(true)
                    .withMembership());

            assertEquals(blake, localUsers.withSid(svm1.uuid(), blake.sid()).orElseThrow());
            assertEquals(casey, localUsers.withSid(svm2.uuid(), casey.sid()).orElseThrow());
            assertTrue(membersOf(group).contains(blake.sid()));
        }
    }

    @Nested
    class Replacing_the_membership {

        @Test
        void joins_the_groups_named_and_leaves_the_others() {
            LocalUserView view = update(aChange().withMembership("team", "BUILTIN\\Users"));

            assertEquals(List.of(new LocalUserView.Membership("BUILTIN\\Users", "S-1-5-32-545"),
                    new LocalUserView.Membership("SMB_SERVER01\\team", DOMAIN_SID + "-1003")), view.membership());
            assertEquals(Set.of(alex.sid()), membersOf(team));
            assertEquals(Set.of(blake.sid()), membersOf(group));
            assertEquals(Set.of(alex.sid(), blake.sid()), membersOf(users));
            assertEquals(Set.of(), membersOf(administrators));
        }

        @Test
        void names_groups_by_sid_and_qualified_name() {
            update(aChange().withMembership(DOMAIN_SID + "-1003", "S-1-5-32-544", "smb_server01\\GROUP"));

            assertEquals(Set.of(alex.sid()), membersOf(team));
            assertEquals(Set.of(alex.sid()), membersOf(administrators));
            assertEquals(Set.of(alex.sid(), blake.sid()), membersOf(group));
            assertEquals(Set.of(blake.sid()), membersOf(users));
        }

        @Test
        void leaves_every_group_with_an_empty_list() {
            LocalUserView view = update(aChange().withMembership());

            assertEquals(List.of(), view.membership());
            assertEquals(Set.of(blake.sid()), membersOf(group));
            assertEquals(Set.of(blake.sid()), membersOf(users));
        }

        @Test
        void keeps_the_groups_when_membership_is_not_given() {
            update(aChange().withDescription("sales"));

            assertEquals(Set.of(alex.sid(), blake.sid()), membersOf(group));
            assertEquals(Set.of(alex.sid(), blake.sid()), membersOf(users));
        }

        @Test
        void is_shown_from_the_groups_side_too() {
            update(aChange().withMembership("team"));

            LocalGroupView teamView = new GetLocalGroup(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers)).get(svm1.uuid().value(), DOMAIN_SID + "-1003");
            assertEquals(List.of(new LocalGroupView.Member("SMB_SERVER01\\alex", ALEX_SID)), teamView.members());
        }

        @ParameterizedTest
        @ValueSource(strings = {"nobody", "BUILTIN\\Nobody", "OTHER\\team", DOMAIN_SID + "-1999", "S-1-5-21-1-2-3-1000", ""})
        void rejects_a_group_the_svm_does_not_have_and_changes_nothing(String name) {
            assertRejected(GROUP_NOT_FOUND, Subject.MEMBERSHIP,
                    () -> update(aChange().withFullName("x").withMembership("team", name)));

            assertAlexUnchanged();
        }
    }

    @Nested
    class Renaming {

        @ParameterizedTest
        @ValueSource(strings = {"blake", "BLAKE", "SMB_SERVER01\\blake", "smb_server01\\Blake"})
        void rejects_the_name_of_another_user_of_the_svm(String raw) {
            assertRejected(USER_RENAME_TARGET_EXISTS, Subject.NAME, () -> update(aChange().renamedTo(raw)));

            assertAlexUnchanged();
            assertEquals(blake, localUsers.withSid(svm1.uuid(), blake.sid()).orElseThrow());
        }

        @Test
        void accepts_the_name_of_a_user_of_another_svm() {
            assertEquals("SMB_SERVER01\\casey", update(aChange().renamedTo("casey")).name());
        }

        @ParameterizedTest
        @ValueSource(strings = {"SMB_SERVER02\\drew", "OTHER\\drew", "BUILTIN\\drew"})
        void rejects_a_name_in_another_domain(String raw) {
            assertRejected(USER_RENAME_CHANGES_DOMAIN, Subject.NAME, () -> update(aChange().renamedTo(raw)));

            assertAlexUnchanged();
        }

        static Stream<Arguments> namesBreakingARule() {
            return Stream.of(
                    Arguments.of(" ", USER_NAME_BLANK),
                    Arguments.of("d".repeat(21), USER_NAME_TOO_LONG),
                    Arguments.of("drew.", USER_NAME_ENDS_WITH_PERIOD),
                    Arguments.of("dr:ew", USER_NAME_HAS_ILLEGAL_CHARACTERS),
                    Arguments.of("smb_server01", USER_NAME_MATCHES_CIFS_SERVER));
        }

        @ParameterizedTest(name = "[{index}] \"{0}\": {1}")
        @MethodSource("namesBreakingARule")
        void applies_the_name_rules_of_a_create(String raw, OntapRejection.Reason reason) {
            assertRejected(reason, Subject.NAME, () -> update(aChange().renamedTo(raw)));

            assertAlexUnchanged();
        }
    }

    @Nested
    class Setting_a_password {

        static Stream<Arguments> weakPasswords() {
            return Stream.of(
                    Arguments.of("Ab1!x", PASSWORD_TOO_SHORT),
                    Arguments.of("My-Alex-1", PASSWORD_CONTAINS_USER_NAME),
                    Arguments.of("abcd1234", PASSWORD_TOO_SIMPLE));
        }

        @ParameterizedTest(name = "[{index}] {1}")
        @MethodSource("weakPasswords")
        void rejects_a_weak_password_and_keeps_the_credential(String password, OntapRejection.Reason reason) {
            assertRejected(reason, Subject.PASSWORD, () -> update(aChange().withPassword(password)));

            assertAlexUnchanged();
        }

        @Test
        void applies_nothing_else_of_a_request_with_a_weak_password() {
            assertRejected(PASSWORD_TOO_SIMPLE, Subject.PASSWORD, () -> update(aChange().renamedTo("drew").withFullName("Drew")
                    .withDescription("x").disabled(true).withMembership("team").withPassword("abcd1234")));

            assertAlexUnchanged();
        }

        @Test
        void checks_the_password_against_the_new_name_of_a_rename() {
            assertRejected(PASSWORD_CONTAINS_USER_NAME, Subject.PASSWORD,
                    () -> update(aChange().renamedTo("drew").withPassword("My-Drew-1")));
            assertAlexUnchanged();

            update(aChange().renamedTo("drew").withPassword("My-Alex-1"));

            assertEquals(FakeCredentialHasher.expectedFor("My-Alex-1"), storedAlex().credential());
            assertEquals("SMB_SERVER01\\drew", storedAlex().name().qualified());
        }
    }

    @Nested
    class Rejecting_texts {

        @Test
        void rejects_a_full_name_of_257_characters() {
            assertRejected(FULL_NAME_TOO_LONG, Subject.FULL_NAME, () -> update(aChange().withFullName("f".repeat(257))));
            assertAlexUnchanged();
        }

        @Test
        void rejects_a_description_of_257_characters() {
            assertRejected(DESCRIPTION_TOO_LONG, Subject.DESCRIPTION, () -> update(aChange().withDescription("d".repeat(257))));
            assertAlexUnchanged();
        }
    }

    @Nested
    class Finding_the_user {

        @Test
        void reads_a_sid_and_a_uuid_written_in_another_case() {
            updateLocalUser.update(svm1.uuid().value().toUpperCase(), ALEX_SID.toLowerCase(),
                    aChange().withDescription("sales").build());

            assertEquals("sales", storedAlex().description());
        }

        @Test
        void rejects_a_sid_no_user_of_the_svm_has() {
            assertRejected(USER_NOT_FOUND, Subject.SID,
                    () -> updateLocalUser.update(svm1.uuid().value(), DOMAIN_SID + "-1999", aChange().disabled(true).build()));
        }

        @Test
        void rejects_the_sid_of_a_group() {
            assertRejected(USER_NOT_FOUND, Subject.SID,
                    () -> updateLocalUser.update(svm1.uuid().value(), DOMAIN_SID + "-1002", aChange().disabled(true).build()));
            assertRejected(USER_NOT_FOUND, Subject.SID,
                    () -> updateLocalUser.update(svm1.uuid().value(), "S-1-5-32-545", aChange().disabled(true).build()));
        }

        @Test
        void does_not_change_a_user_of_another_svm() {
            assertRejected(USER_NOT_FOUND, Subject.SID,
                    () -> updateLocalUser.update(svm1.uuid().value(), "S-1-5-21-1-2-3-1000", aChange().disabled(true).build()));
            assertFalse(localUsers.withSid(svm2.uuid(), casey.sid()).orElseThrow().accountDisabled());
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "alex", "S-1-5-21-x"})
        void rejects_what_is_not_a_sid(String sid) {
            assertRejected(USER_NOT_FOUND, Subject.SID, () -> updateLocalUser.update(svm1.uuid().value(), sid, aChange().build()));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "svm1", "1-2-3-4-5"})
        void rejects_an_unknown_svm(String svmUuid) {
            assertRejected(USER_NOT_FOUND, Subject.SVM_BY_UUID, () -> updateLocalUser.update(svmUuid, ALEX_SID, aChange().build()));
            assertRejected(USER_NOT_FOUND, Subject.SVM_BY_UUID,
                    () -> updateLocalUser.update(SvmUuid.random().value(), ALEX_SID, aChange().build()));
        }

        @Test
        void finds_no_user_on_an_svm_without_a_cifs_server_as_get_does() {
            Svm bare = aDataSvm().named("svm3").withoutCifsServer().withDomainSid(DOMAIN_SID).build();
            svms.add(bare);

            assertRejected(USER_NOT_FOUND, Subject.SID,
                    () -> new GetLocalUser(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers)).get(bare.uuid().value(), ALEX_SID));
            assertRejected(USER_NOT_FOUND, Subject.SID,
                    () -> updateLocalUser.update(bare.uuid().value(), ALEX_SID, aChange().disabled(true).build()));
        }
    }

    @Test
    void lets_the_administrator_be_enabled_and_renamed() {
        LocalUser administrator = aLocalUser().on(svm1).named("Administrator").withRid(500).disabled().build();
        localUsers.add(administrator);

        LocalUserView view = updateLocalUser.update(svm1.uuid().value(), DOMAIN_SID + "-500",
                aChange().disabled(false).renamedTo("root").withPassword("N3w-secret").build());

        assertFalse(view.accountDisabled());
        assertEquals("SMB_SERVER01\\root", view.name());
        assertEquals(FakeCredentialHasher.expectedFor("N3w-secret"),
                localUsers.withSid(svm1.uuid(), administrator.sid()).orElseThrow().credential());
    }
}
