package org.gatewayusers.application.ontap;

import static org.gatewayusers.application.ontap.CreateLocalUserCommandBuilder.aCreateLocalUserCommand;
import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aBuiltinGroup;
import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aLocalGroup;
import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.CIFS_SERVER_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.DESCRIPTION_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.FULL_NAME_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_CONTAINS_USER_NAME;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_TOO_SHORT;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_TOO_SIMPLE;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_NOT_DATA;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_UUID_DOES_NOT_MATCH_NAME;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.UNKNOWN_LOCAL_DOMAIN;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_EXISTS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_BLANK;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_ENDS_WITH_PERIOD;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_HAS_ILLEGAL_CHARACTERS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_MATCHES_CIFS_SERVER;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_TOO_LONG;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.aDataSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.anAdminSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.gatewayusers.application.shared.FakeCredentialHasher;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.BuiltinGroup;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.LocalUserName;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmSelector;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreateLocalUserTest {

    private static final String DOMAIN_SID = "S-1-5-21-256008430-3394229847-3930036330";
    private static final String PASSWORD = "Secr3t-pw";

    private final Svm svm1 = aCifsSvm().named("svm1").withCifsServer("SMB_SERVER01").withDomainSid(DOMAIN_SID).build();
    private final InMemorySvms svms = new InMemorySvms(svm1);
    private final InMemoryLocalUsers localUsers = new InMemoryLocalUsers();
    private final InMemoryLocalGroups localGroups = new InMemoryLocalGroups();
    private final InMemoryRids rids = new InMemoryRids();
    private final FakeCredentialHasher hasher = new FakeCredentialHasher();
    private final CreateLocalUser createLocalUser = new CreateLocalUser(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers), rids, hasher);

    private String svm1Uuid() {
        return svm1.uuid().value();
    }

    private LocalUser stored(String account) {
        return localUsers.named(svm1.uuid(), LocalUserName.parse(account, svm1.requireAcceptsLocalUsers().localDomain()))
                .orElseThrow(() -> new AssertionError("no user " + account + " stored"));
    }

    // Success

    @Test
    void stores_a_short_name_qualified_by_the_local_domain() {
        LocalUserView view = createLocalUser.create(aCreateLocalUserCommand().named("alex").build());

        assertEquals("SMB_SERVER01\\alex", view.name());
        assertEquals("SMB_SERVER01\\alex", stored("alex").name().qualified());
    }

    @Test
    void accepts_a_name_qualified_by_the_local_domain_in_any_case() {
        LocalUserView view = createLocalUser.create(aCreateLocalUserCommand().named("smb_server01\\alex").build());

        assertEquals("SMB_SERVER01\\alex", view.name());
    }

    @Test
    void gives_the_first_user_the_svm_domain_sid_and_rid_1000() {
        LocalUserView view = createLocalUser.create(aCreateLocalUserCommand().named("alex").build());

        assertEquals(DOMAIN_SID + "-1000", view.sid());
        assertEquals(new Sid(DOMAIN_SID + "-1000"), stored("alex").sid());
    }

    @Test
    void gives_the_second_user_rid_1001() {
        createLocalUser.create(aCreateLocalUserCommand().named("alex").build());
        LocalUserView second = createLocalUser.create(aCreateLocalUserCommand().named("blake").build());

        assertEquals(DOMAIN_SID + "-1001", second.sid());
    }

    @Test
    void counts_rids_per_svm() {
        Svm svm2 = aCifsSvm().named("svm2").withCifsServer("SMB_SERVER02").withDomainSid("S-1-5-21-1-2-3").build();
        svms.add(svm2);
        createLocalUser.create(aCreateLocalUserCommand().onSvmNamed("svm1").named("alex").build());

        LocalUserView onSvm2 = createLocalUser.create(aCreateLocalUserCommand().onSvmNamed("svm2").named("alex").build());

        assertEquals("S-1-5-21-1-2-3-1000", onSvm2.sid());
        assertEquals("SMB_SERVER02\\alex", onSvm2.name());
    }

    @Test
    void stores_the_hashers_output_as_credential_and_never_the_password() {
        createLocalUser.create(aCreateLocalUserCommand().named("alex").withPassword(PASSWORD).build());

        LocalUser user = stored("alex");
        assertEquals(FakeCredentialHasher.expectedFor(PASSWORD), user.credential());
        assertFalse(user.credential().value().contains(PASSWORD));
        assertEquals(1, hasher.uses());
    }

    @Test
    void shows_the_client_neither_the_password_nor_the_credential() {
        LocalUserView view = createLocalUser.create(aCreateLocalUserCommand().named("alex").withPassword(PASSWORD).build());

        assertFalse(view.toString().contains(PASSWORD), view.toString());
        assertFalse(view.toString().contains(FakeCredentialHasher.expectedFor(PASSWORD).value()), view.toString());
    }

    @Test
    void leaves_the_account_enabled_by_default() {
        LocalUserView view = createLocalUser.create(aCreateLocalUserCommand().named("alex").build());

        assertFalse(view.accountDisabled());
        assertFalse(stored("alex").accountDisabled());
    }

    @Test
    void disables_the_account_when_asked() {
        LocalUserView view = createLocalUser.create(aCreateLocalUserCommand().named("alex").disabled().build());

        assertTrue(view.accountDisabled());
        assertTrue(stored("alex").accountDisabled());
    }

    @Test
    void keeps_the_full_name_and_the_description() {
        LocalUserView view = createLocalUser.create(aCreateLocalUserCommand().named("alex").withFullName("user name")
                .withDescription("This is local user.").build());

        assertEquals("user name", view.fullName());
        assertEquals("This is local user.", view.description());
        assertEquals("user name", stored("alex").fullName());
        assertEquals("This is local user.", stored("alex").description());
    }

    @Test
    void names_the_svm_in_the_result_and_no_groups() {
        LocalUserView view = createLocalUser.create(aCreateLocalUserCommand().named("alex").build());

        assertEquals(svm1Uuid(), view.svmUuid());
        assertEquals("svm1", view.svmName());
        assertEquals(List.of(), view.membership());
    }

    @Test
    void finds_the_svm_by_uuid() {
        createLocalUser.create(aCreateLocalUserCommand().onSvmWithUuid(svm1Uuid()).named("alex").build());

        assertEquals(1, localUsers.of(svm1.uuid()).size());
    }

    @Test
    void finds_the_svm_by_uuid_in_upper_case() {
        createLocalUser.create(aCreateLocalUserCommand().onSvmWithUuid(svm1Uuid().toUpperCase()).named("alex").build());

        assertEquals(1, localUsers.of(svm1.uuid()).size());
    }

    @Test
    void finds_the_svm_by_uuid_and_name_when_they_agree() {
        createLocalUser.create(aCreateLocalUserCommand().onSvm(svm1Uuid(), "svm1").named("alex").build());

        assertEquals(1, localUsers.of(svm1.uuid()).size());
    }

    // Rejections reach the caller

    @Test
    void rejects_an_unknown_svm_name() {
        assertRejected(SVM_NOT_FOUND, Subject.SVM_BY_NAME,
                () -> createLocalUser.create(aCreateLocalUserCommand().onSvmNamed("svm9").build()));
        assertEquals(List.of(), localUsers.all());
    }

    @Test
    void rejects_an_unknown_svm_uuid() {
        assertRejected(SVM_NOT_FOUND, Subject.SVM_BY_UUID,
                () -> createLocalUser.create(aCreateLocalUserCommand().onSvmWithUuid(SvmUuid.random().value()).build()));
        assertEquals(List.of(), localUsers.all());
    }

    @ParameterizedTest
    @ValueSource(strings = {"svm1", "not-a-uuid", "1-2-3-4-5", "02c9e252-41be-11e9-81d5"})
    void rejects_a_uuid_that_is_not_a_uuid_as_an_unknown_svm(String uuid) {
        assertRejected(SVM_NOT_FOUND, Subject.SVM_BY_UUID,
                () -> createLocalUser.create(aCreateLocalUserCommand().onSvmWithUuid(uuid).build()));
    }

    @Test
    void rejects_an_unknown_uuid_even_with_a_known_name() {
        assertRejected(SVM_NOT_FOUND, Subject.SVM_BY_UUID,
                () -> createLocalUser.create(aCreateLocalUserCommand().onSvm(SvmUuid.random().value(), "svm1").build()));
    }

    @Test
    void rejects_a_uuid_and_a_name_of_different_svms() {
        svms.add(aCifsSvm().named("svm2").build());

        assertRejected(SVM_UUID_DOES_NOT_MATCH_NAME, Subject.SVM_BY_NAME,
                () -> createLocalUser.create(aCreateLocalUserCommand().onSvm(svm1Uuid(), "svm2").build()));
        assertEquals(List.of(), localUsers.all());
    }

    @Test
    void rejects_a_uuid_with_a_name_no_svm_has() {
        assertRejected(SVM_UUID_DOES_NOT_MATCH_NAME, Subject.SVM_BY_NAME,
                () -> createLocalUser.create(aCreateLocalUserCommand().onSvm(svm1Uuid(), "svm9").build()));
    }

    @Test
    void rejects_a_svm_that_is_not_a_data_svm() {
        svms.add(anAdminSvm().named("cluster1").withCifsServer("CLUSTER1").build());

        assertRejected(SVM_NOT_DATA, Subject.SVM, () -> createLocalUser.create(aCreateLocalUserCommand().onSvmNamed("cluster1").build()));
        assertEquals(List.of(), localUsers.all());
    }

    @Test
    void rejects_a_svm_without_a_cifs_server() {
        svms.add(aDataSvm().named("svm2").withoutCifsServer().build());

        assertRejected(CIFS_SERVER_MISSING, Subject.SVM,
                () -> createLocalUser.create(aCreateLocalUserCommand().onSvmNamed("svm2").build()));
        assertEquals(List.of(), localUsers.all());
    }

    @ParameterizedTest
    @ValueSource(strings = {"alex", "ALEX", "Alex", "SMB_SERVER01\\alex", "smb_server01\\ALEX"})
    void rejects_a_name_that_exists_on_the_svm_in_any_case_or_form(String again) {
        createLocalUser.create(aCreateLocalUserCommand().named("alex").build());

        assertRejected(USER_EXISTS, Subject.NAME, () -> createLocalUser.create(aCreateLocalUserCommand().named(again).build()));
        assertEquals(1, localUsers.all().size());
        assertEquals("SMB_SERVER01\\alex", localUsers.all().get(0).name().qualified());
    }

    @Test
    void accepts_a_name_that_exists_only_on_another_svm() {
        svms.add(aCifsSvm().named("svm2").withCifsServer("SMB_SERVER02").build());
        createLocalUser.create(aCreateLocalUserCommand().onSvmNamed("svm2").named("alex").build());

        createLocalUser.create(aCreateLocalUserCommand().onSvmNamed("svm1").named("alex").build());

        assertEquals(2, localUsers.all().size());
    }

    @Test
    void rejects_a_name_the_store_finds_taken_even_when_a_look_up_did_not() {
        LocalUsers checkedBeforeTheOtherCreate = new LocalUsers() {
            @Override
            public boolean existsNamed(SvmUuid svm, LocalUserName name) {
                return false;
            }

            @Override
            public void add(LocalUser user) {
                localUsers.add(user);
            }

            @Override
            public Optional<LocalUser> withSid(SvmUuid svm, Sid sid) {
                return localUsers.withSid(svm, sid);
            }

            @Override
            public Optional<LocalUser> named(SvmUuid svm, LocalUserName name) {
                return localUsers.named(svm, name);
            }

            @Override
            public long removeAllOf(SvmUuid svm) {
                return localUsers.removeAllOf(svm);
            }

            @Override
            public List<LocalUser> find(RecordQuery<LocalUserField> query) {
                return localUsers.find(query);
            }

            @Override
            public long count(RecordQuery<LocalUserField> query) {
                return localUsers.count(query);
            }

            @Override
            public long changeAll(RecordQuery<LocalUserField> query, PlainLocalUserChanges changes) {
                return localUsers.changeAll(query, changes);
            }

            @Override
            public long removeAll(RecordQuery<LocalUserField> query) {
                return localUsers.removeAll(query);
            }

            @Override
            public void update(LocalUser user) {
                localUsers.update(user);
            }

            @Override
            public void remove(LocalUser user) {
                localUsers.remove(user);
            }
        };
        CreateLocalUser racing = new CreateLocalUser(svms, checkedBeforeTheOtherCreate, localGroups, new InMemoryMemberships(localGroups, checkedBeforeTheOtherCreate), new InMemoryRids(), hasher);
        racing.create(aCreateLocalUserCommand().named("alex").build());

        assertRejected(USER_EXISTS, Subject.NAME, () -> racing.create(aCreateLocalUserCommand().named("ALEX").build()));
        assertEquals(1, localUsers.all().size());
    }

    static Stream<Arguments> requestsBreakingARule() {
        return Stream.of(
                Arguments.of(aCreateLocalUserCommand().named(null), USER_NAME_MISSING, Subject.NAME),
                Arguments.of(aCreateLocalUserCommand().named(" "), USER_NAME_BLANK, Subject.NAME),
                Arguments.of(aCreateLocalUserCommand().named("a".repeat(21)), USER_NAME_TOO_LONG, Subject.NAME),
                Arguments.of(aCreateLocalUserCommand().named("alex."), USER_NAME_ENDS_WITH_PERIOD, Subject.NAME),
                Arguments.of(aCreateLocalUserCommand().named("al;ex"), USER_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME),
                Arguments.of(aCreateLocalUserCommand().named("smb_server01"), USER_NAME_MATCHES_CIFS_SERVER, Subject.NAME),
                Arguments.of(aCreateLocalUserCommand().named("OTHER\\alex"), UNKNOWN_LOCAL_DOMAIN, Subject.NAME),
                Arguments.of(aCreateLocalUserCommand().withFullName("f".repeat(257)), FULL_NAME_TOO_LONG, Subject.FULL_NAME),
                Arguments.of(aCreateLocalUserCommand().withDescription("d".repeat(257)), DESCRIPTION_TOO_LONG, Subject.DESCRIPTION),
                Arguments.of(aCreateLocalUserCommand().withPassword(null), PASSWORD_MISSING, Subject.PASSWORD),
                Arguments.of(aCreateLocalUserCommand().withPassword("Ab1!x"), PASSWORD_TOO_SHORT, Subject.PASSWORD),
                Arguments.of(aCreateLocalUserCommand().named("alex").withPassword("1-Alex-2"), PASSWORD_CONTAINS_USER_NAME, Subject.PASSWORD),
                Arguments.of(aCreateLocalUserCommand().withPassword("abcdefgh"), PASSWORD_TOO_SIMPLE, Subject.PASSWORD),
                Arguments.of(aCreateLocalUserCommand().memberOf("SMB_SERVER01\\group"), GROUP_NOT_FOUND, Subject.MEMBERSHIP));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("requestsBreakingARule")
    void a_rejected_create_reaches_the_caller_and_stores_nothing(CreateLocalUserCommandBuilder request,
            OntapRejection.Reason reason, Subject subject) {
        assertRejected(reason, subject, () -> createLocalUser.create(request.build()));

        assertEquals(List.of(), localUsers.all());
        assertEquals(0, hasher.uses());
    }

    @Test
    void a_rejected_create_does_not_use_up_a_rid() {
        assertRejected(PASSWORD_TOO_SIMPLE, Subject.PASSWORD,
                () -> createLocalUser.create(aCreateLocalUserCommand().named("alex").withPassword("abcdefgh").build()));

        assertEquals(DOMAIN_SID + "-1000", createLocalUser.create(aCreateLocalUserCommand().named("alex").build()).sid());
    }

    @Test
    void creates_a_user_on_an_svm_made_by_the_other_use_cases() {
        InMemorySvms cluster = new InMemorySvms();
        new CreateSvm(cluster, new SplittableRandom(42)).create("vs1");
        new CreateCifsServer(cluster, localUsers, localGroups, hasher, new SecureRandom()).create(SvmSelector.byName("vs1"), "smb01");
        Svm vs1 = cluster.named("vs1").orElseThrow();

        LocalUserView view = new CreateLocalUser(cluster, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers), new InMemoryRids(), hasher)
                .create(aCreateLocalUserCommand().onSvmNamed("vs1").named("alex").memberOf("BUILTIN\\Users").build());

        assertEquals("SMB01\\alex", view.name());
        assertEquals(vs1.domainSid().value() + "-1000", view.sid());
        assertEquals(vs1.uuid().value(), view.svmUuid());
        assertEquals(List.of(new LocalUserView.Membership("BUILTIN\\Users", "S-1-5-32-545")), view.membership());
    }

    @Test
    void rejects_the_name_of_the_administrator_a_cifs_server_brings() {
        InMemorySvms cluster = new InMemorySvms();
        new CreateSvm(cluster, new SplittableRandom(42)).create("vs1");
        new CreateCifsServer(cluster, localUsers, localGroups, hasher, new SecureRandom()).create(SvmSelector.byName("vs1"), "smb01");

        assertRejected(USER_EXISTS, Subject.NAME, () -> new CreateLocalUser(cluster, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers), new InMemoryRids(), hasher)
                .create(aCreateLocalUserCommand().onSvmNamed("vs1").named("administrator").build()));
        assertEquals(1, localUsers.all().size());
    }

    @Nested
    class Joining_groups {

        private final Svm svm2 = aCifsSvm().named("svm2").withCifsServer("SMB_SERVER02").withDomainSid("S-1-5-21-1-2-3").build();
        private final LocalGroup users = aBuiltinGroup(BuiltinGroup.USERS).on(svm1).build();
        private final LocalGroup administrators = aBuiltinGroup(BuiltinGroup.ADMINISTRATORS).on(svm1).build();
        private final LocalGroup group = aLocalGroup().on(svm1).named("group").withRid(1500).build();
        private final LocalGroup team = aLocalGroup().on(svm1).named("Team").withRid(1501).build();
        private final LocalGroup groupOfSvm2 = aLocalGroup().on(svm2).named("other").withRid(1500).build();

        Joining_groups() {
            svms.add(svm2);
            List.of(users, administrators, group, team, groupOfSvm2).forEach(localGroups::add);
        }

        private Set<Sid> membersOf(LocalGroup of) {
            return localGroups.stored(of.svm(), of.sid()).members();
        }

        @ParameterizedTest
        @ValueSource(strings = {"group", "GROUP", "SMB_SERVER01\\group", "smb_server01\\Group"})
        void joins_a_group_named_by_its_short_or_qualified_name_in_any_case(String name) {
            LocalUserView view = createLocalUser.create(aCreateLocalUserCommand().named("alex").memberOf(name).build());

            assertEquals(List.of(new LocalUserView.Membership("SMB_SERVER01\\group", group.sid().value())), view.membership());
            assertEquals(Set.of(stored("alex").sid()), membersOf(group));
            assertEquals(Set.of(), membersOf(team));
        }

        @ParameterizedTest
        @ValueSource(strings = {"BUILTIN\\Users", "builtin\\users"})
        void joins_a_builtin_group(String name) {
            LocalUserView view = createLocalUser.create(aCreateLocalUserCommand().named("alex").memberOf(name).build());

            assertEquals(List.of(new LocalUserView.Membership("BUILTIN\\Users", "S-1-5-32-545")), view.membership());
            assertEquals(Set.of(stored("alex").sid()), membersOf(users));
            assertEquals(Set.of(), membersOf(administrators));
        }

        @ParameterizedTest
        @ValueSource(strings = {DOMAIN_SID + "-1500", "s-1-5-21-256008430-3394229847-3930036330-1500"})
        void joins_a_group_named_by_its_sid(String sid) {
            LocalUserView view = createLocalUser.create(aCreateLocalUserCommand().named("alex").memberOf(sid).build());

            assertEquals(List.of(new LocalUserView.Membership("SMB_SERVER01\\group", DOMAIN_SID + "-1500")), view.membership());
            assertEquals(Set.of(stored("alex").sid()), membersOf(group));
        }

        @Test
        void joins_a_builtin_group_named_by_its_well_known_sid() {
            createLocalUser.create(aCreateLocalUserCommand().named("alex").memberOf("S-1-5-32-544").build());

            assertEquals(Set.of(stored("alex").sid()), membersOf(administrators));
        }

        @Test
        void joins_several_groups_shown_in_name_order() {
            LocalUserView view = createLocalUser.create(aCreateLocalUserCommand().named("alex")
                    .memberOf("Team").memberOf("BUILTIN\\Users").memberOf(group.sid().value()).build());

            assertEquals(List.of("BUILTIN\\Users", "SMB_SERVER01\\group", "SMB_SERVER01\\Team"),
                    view.membership().stream().map(LocalUserView.Membership::name).toList());
            Sid alex = stored("alex").sid();
            assertEquals(Set.of(alex), membersOf(users));
            assertEquals(Set.of(alex), membersOf(group));
            assertEquals(Set.of(alex), membersOf(team));
        }

        @Test
        void joins_a_group_named_twice_once() {
            LocalUserView view = createLocalUser.create(aCreateLocalUserCommand().named("alex")
                    .memberOf("group").memberOf(group.sid().value()).build());

            assertEquals(1, view.membership().size());
            assertEquals(Set.of(stored("alex").sid()), membersOf(group));
        }

        @Test
        void keeps_the_members_a_group_had() {
            LocalUserView alex = createLocalUser.create(aCreateLocalUserCommand().named("alex").memberOf("group").build());
            LocalUserView blake = createLocalUser.create(aCreateLocalUserCommand().named("blake").memberOf("group").build());

            assertEquals(Set.of(new Sid(alex.sid()), new Sid(blake.sid())), membersOf(group));
        }

        @ParameterizedTest
        @ValueSource(strings = {"nobody", "SMB_SERVER01\\nobody", "BUILTIN\\Nobody", "OTHER\\group", "SMB_SERVER02\\other",
                "other", DOMAIN_SID + "-1999", "S-1-5-21-1-2-3-1500", "S-1-5-32-999", "", " ", "gr*up", "BUILTIN\\"})
        void rejects_a_group_the_svm_does_not_have_and_stores_nothing(String name) {
            OntapRejection rejection = assertRejected(GROUP_NOT_FOUND, Subject.MEMBERSHIP,
                    () -> createLocalUser.create(aCreateLocalUserCommand().named("alex").memberOf("group").memberOf(name).build()));

            assertTrue(rejection.getMessage().endsWith(": " + name), rejection.getMessage());
            assertEquals(List.of(), localUsers.all());
            assertEquals(Set.of(), membersOf(group));
            assertEquals(0, hasher.uses());
            assertEquals(DOMAIN_SID + "-1000", createLocalUser.create(aCreateLocalUserCommand().named("alex").build()).sid());
        }
    }
}
