package org.gatewayusers.application.ontap;

import static org.gatewayusers.application.ontap.CreateLocalGroupCommandBuilder.aCreateLocalGroupCommand;
import static org.gatewayusers.application.ontap.CreateLocalUserCommandBuilder.aCreateLocalUserCommand;
import static org.gatewayusers.domain.ontap.LocalUserBuilder.aLocalUser;
import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.CIFS_SERVER_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.DESCRIPTION_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_EXISTS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_IN_BUILTIN_DOMAIN;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NAME_BLANK;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NAME_HAS_ILLEGAL_CHARACTERS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NAME_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NAME_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.MEMBER_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_NOT_DATA;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_UUID_DOES_NOT_MATCH_NAME;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.UNKNOWN_LOCAL_DOMAIN;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.aDataSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.anAdminSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.gatewayusers.application.shared.FakeCredentialHasher;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.CifsServerName;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalGroupName;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmSelector;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/protocols/cifs/local-groups}, rule by rule and code by code. */
class CreateLocalGroupTest {

    private static final String DOMAIN_SID = "S-1-5-21-256008430-3394229847-3930036330";

    private final Svm svm1 = aCifsSvm().named("svm1").withCifsServer("SMB_SERVER01").withDomainSid(DOMAIN_SID).build();
    /** Stored with RIDs below the counter's first, so the groups created here can take 1000 and up. */
    private final LocalUser alex = aLocalUser().on(svm1).named("alex").withRid(900).build();
    private final LocalUser blake = aLocalUser().on(svm1).named("blake").withRid(901).build();
    private final InMemorySvms svms = new InMemorySvms(svm1);
    private final InMemoryLocalUsers localUsers = new InMemoryLocalUsers(alex, blake);
    private final InMemoryLocalGroups localGroups = new InMemoryLocalGroups();
    private final InMemoryRids rids = new InMemoryRids();
    private final CreateLocalGroup createLocalGroup = new CreateLocalGroup(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers), rids);

    private LocalGroup stored(String name) {
        return localGroups.named(svm1.uuid(), LocalGroupName.parse(name, new CifsServerName("SMB_SERVER01")))
                .orElseThrow(() -> new AssertionError("no group " + name + " stored"));
    }

    // Success

    @Test
    void stores_a_short_name_qualified_by_the_local_domain() {
        LocalGroupView view = createLocalGroup.create(aCreateLocalGroupCommand().named("group").build());

        assertEquals("SMB_SERVER01\\group", view.name());
        assertEquals("SMB_SERVER01\\group", stored("group").name().qualified());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMB_SERVER01\\group", "smb_server01\\group"})
    void accepts_a_name_qualified_by_the_local_domain_in_any_case(String raw) {
        assertEquals("SMB_SERVER01\\group", createLocalGroup.create(aCreateLocalGroupCommand().named(raw).build()).name());
    }

    @Test
    void gives_the_group_the_svm_domain_sid_and_the_next_rid() {
        LocalGroupView view = createLocalGroup.create(aCreateLocalGroupCommand().named("group").build());

        assertEquals(DOMAIN_SID + "-1000", view.sid());
        assertEquals(new Sid(DOMAIN_SID + "-1000"), stored("group").sid());
    }

    @Test
    void takes_rids_from_the_same_counter_as_users() {
        CreateLocalUser createLocalUser = new CreateLocalUser(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers), rids, new FakeCredentialHasher());

        LocalUserView casey = createLocalUser.create(aCreateLocalUserCommand().named("casey").build());
        LocalGroupView group = createLocalGroup.create(aCreateLocalGroupCommand().named("group").build());
        LocalUserView drew = createLocalUser.create(aCreateLocalUserCommand().named("drew").build());
        LocalGroupView team = createLocalGroup.create(aCreateLocalGroupCommand().named("team").build());

        assertEquals(List.of(DOMAIN_SID + "-1000", DOMAIN_SID + "-1001", DOMAIN_SID + "-1002", DOMAIN_SID + "-1003"),
                List.of(casey.sid(), group.sid(), drew.sid(), team.sid()));
    }

    @Test
    void keeps_the_description_and_names_the_svm() {
        LocalGroupView view = createLocalGroup.create(aCreateLocalGroupCommand().named("group").withDescription("sales").build());

        assertEquals("sales", view.description());
        assertEquals("sales", stored("group").description());
        assertEquals(svm1.uuid().value(), view.svmUuid());
        assertEquals("svm1", view.svmName());
    }

    @Test
    void stores_no_description_for_an_empty_one() {
        createLocalGroup.create(aCreateLocalGroupCommand().named("group").withDescription("").build());

        assertNull(stored("group").description());
    }

    @Test
    void starts_without_members_unless_given() {
        LocalGroupView view = createLocalGroup.create(aCreateLocalGroupCommand().named("group").build());

        assertEquals(List.of(), view.members());
        assertEquals(Set.of(), stored("group").members());
    }

    @Test
    void takes_first_members_by_name_or_sid() {
        LocalGroupView view = createLocalGroup.create(aCreateLocalGroupCommand().named("group")
                .withMember("SMB_SERVER01\\blake").withMember(alex.sid().value()).build());

        assertEquals(List.of(new LocalGroupView.Member("SMB_SERVER01\\alex", alex.sid().value()),
                new LocalGroupView.Member("SMB_SERVER01\\blake", blake.sid().value())), view.members());
        assertEquals(Set.of(alex.sid(), blake.sid()), stored("group").members());
    }

    @Test
    void shows_the_new_group_in_its_members_membership() {
        LocalGroupView group = createLocalGroup.create(aCreateLocalGroupCommand().named("group").withMember("alex").build());

        LocalUserView alexView = new GetLocalUser(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers)).get(svm1.uuid().value(), alex.sid().value());
        assertEquals(List.of(new LocalUserView.Membership("SMB_SERVER01\\group", group.sid())), alexView.membership());
    }

    @Test
    void finds_the_svm_by_uuid_or_by_both() {
        createLocalGroup.create(aCreateLocalGroupCommand().onSvmWithUuid(svm1.uuid().value().toUpperCase()).named("group").build());
        createLocalGroup.create(aCreateLocalGroupCommand().onSvm(svm1.uuid().value(), "svm1").named("team").build());

        assertEquals(2, localGroups.ofSvm(svm1.uuid()).size());
    }

    @Test
    void accepts_a_name_that_exists_only_on_another_svm() {
        svms.add(aCifsSvm().named("svm2").withCifsServer("SMB_SERVER02").withDomainSid("S-1-5-21-1-2-3").build());
        createLocalGroup.create(aCreateLocalGroupCommand().onSvmNamed("svm2").named("group").build());

        createLocalGroup.create(aCreateLocalGroupCommand().onSvmNamed("svm1").named("group").build());

        assertEquals(2, localGroups.all().size());
    }

    @Test
    void creates_a_group_on_a_cifs_server_made_by_the_other_use_cases() {
        InMemorySvms cluster = new InMemorySvms();
        new CreateSvm(cluster, new SecureRandom()).create("vs1");
        new CreateCifsServer(cluster, localUsers, localGroups, new FakeCredentialHasher(), new SecureRandom())
                .create(SvmSelector.byName("vs1"), "smb01");

        LocalGroupView view = new CreateLocalGroup(cluster, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers), new InMemoryRids())
                .create(aCreateLocalGroupCommand().onSvmNamed("vs1").named("admins").withMember("administrator").build());

        Svm vs1 = cluster.named("vs1").orElseThrow();
        assertEquals("SMB01\\admins", view.name());
        assertEquals(vs1.domainSid().value() + "-1000", view.sid());
        assertEquals(List.of(new LocalGroupView.Member("SMB01\\Administrator", vs1.domainSid().value() + "-500")), view.members());
        assertEquals(6, localGroups.ofSvm(vs1.uuid()).size());
    }

    // 655717: the group exists (409)

    @ParameterizedTest
    @ValueSource(strings = {"group", "GROUP", "Group", "SMB_SERVER01\\group", "smb_server01\\GROUP"})
    void rejects_a_name_that_exists_on_the_svm_in_any_case_or_form(String again) {
        createLocalGroup.create(aCreateLocalGroupCommand().named("group").build());

        assertRejected(GROUP_EXISTS, Subject.NAME, () -> createLocalGroup.create(aCreateLocalGroupCommand().named(again).build()));
        assertEquals(1, localGroups.all().size());
        assertEquals("SMB_SERVER01\\group", localGroups.all().get(0).name().qualified());
    }

    @Test
    void reports_an_existing_name_before_an_unknown_member() {
        createLocalGroup.create(aCreateLocalGroupCommand().named("group").build());

        assertRejected(GROUP_EXISTS, Subject.NAME,
                () -> createLocalGroup.create(aCreateLocalGroupCommand().named("group").withMember("nobody").build()));
    }

    @Test
    void rejects_a_name_taken_between_the_check_and_the_store() {
        LocalGroups checkedBeforeTheOtherCreate = new LocalGroups() {
            @Override
            public boolean existsNamed(SvmUuid svm, LocalGroupName name) {
                return false;
            }

            @Override
            public void add(LocalGroup group) {
                localGroups.add(group);
            }

            @Override
            public Optional<LocalGroup> withSid(SvmUuid svm, Sid sid) {
                return localGroups.withSid(svm, sid);
            }

            @Override
            public Optional<LocalGroup> named(SvmUuid svm, LocalGroupName name) {
                return localGroups.named(svm, name);
            }

            @Override
            public long removeAllOf(SvmUuid svm) {
                return localGroups.removeAllOf(svm);
            }

            @Override
            public List<LocalGroup> find(RecordQuery<LocalGroupField> query) {
                return localGroups.find(query);
            }

            @Override
            public long count(RecordQuery<LocalGroupField> query) {
                return localGroups.count(query);
            }

            @Override
            public void update(LocalGroup group) {
                localGroups.update(group);
            }

            @Override
            public void remove(LocalGroup group) {
                localGroups.remove(group);
            }
        };
        CreateLocalGroup racing = new CreateLocalGroup(svms, localUsers, checkedBeforeTheOtherCreate, new InMemoryMemberships(localGroups, localUsers), new InMemoryRids());
        racing.create(aCreateLocalGroupCommand().named("group").build());

        assertRejected(GROUP_EXISTS, Subject.NAME, () -> racing.create(aCreateLocalGroupCommand().named("GROUP").build()));
        assertEquals(1, localGroups.all().size());
    }

    // Every other POST error of the family page

    static Stream<Arguments> requestsBreakingARule() {
        return Stream.of(
                // 262278: the name is required
                Arguments.of(aCreateLocalGroupCommand().named(null), GROUP_NAME_MISSING, Subject.NAME),
                // 655661: at most 256 characters (and the description too)
                Arguments.of(aCreateLocalGroupCommand().named("g".repeat(257)), GROUP_NAME_TOO_LONG, Subject.NAME),
                Arguments.of(aCreateLocalGroupCommand().named("SMB_SERVER01\\" + "g".repeat(257)), GROUP_NAME_TOO_LONG, Subject.NAME),
                Arguments.of(aCreateLocalGroupCommand().withDescription("d".repeat(257)), DESCRIPTION_TOO_LONG, Subject.DESCRIPTION),
                // 655668: illegal characters
                Arguments.of(aCreateLocalGroupCommand().named("gr;oup"), GROUP_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME),
                Arguments.of(aCreateLocalGroupCommand().named("gr\u0007oup"), GROUP_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME),
                Arguments.of(aCreateLocalGroupCommand().named("SMB_SERVER01\\gr\\oup"), GROUP_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME),
                // 655675: a domain that is not the local one
                Arguments.of(aCreateLocalGroupCommand().named("OTHER\\group"), UNKNOWN_LOCAL_DOMAIN, Subject.NAME),
                Arguments.of(aCreateLocalGroupCommand().named("\\group"), UNKNOWN_LOCAL_DOMAIN, Subject.NAME),
                // 655677: the BUILTIN domain
                Arguments.of(aCreateLocalGroupCommand().named("BUILTIN\\group"), GROUP_IN_BUILTIN_DOMAIN, Subject.NAME),
                Arguments.of(aCreateLocalGroupCommand().named("builtin\\Users"), GROUP_IN_BUILTIN_DOMAIN, Subject.NAME),
                // 655682: blank
                Arguments.of(aCreateLocalGroupCommand().named(""), GROUP_NAME_BLANK, Subject.NAME),
                Arguments.of(aCreateLocalGroupCommand().named("  "), GROUP_NAME_BLANK, Subject.NAME),
                Arguments.of(aCreateLocalGroupCommand().named("SMB_SERVER01\\"), GROUP_NAME_BLANK, Subject.NAME),
                // members must be users of the SVM
                Arguments.of(aCreateLocalGroupCommand().withMember("alex").withMember("nobody"), MEMBER_NOT_FOUND, Subject.NAME),
                Arguments.of(aCreateLocalGroupCommand().withMember("S-1-5-21-1-2-3-1000"), MEMBER_NOT_FOUND, Subject.NAME),
                // 2621706: the UUID and the name of different SVMs; and no SVM at all
                Arguments.of(aCreateLocalGroupCommand().onSvmNamed("svm9"), SVM_NOT_FOUND, Subject.SVM_BY_NAME),
                Arguments.of(aCreateLocalGroupCommand().onSvmWithUuid(SvmUuid.random().value()), SVM_NOT_FOUND, Subject.SVM_BY_UUID),
                Arguments.of(aCreateLocalGroupCommand().onSvmWithUuid("not-a-uuid"), SVM_NOT_FOUND, Subject.SVM_BY_UUID));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("requestsBreakingARule")
    void a_rejected_create_reaches_the_caller_and_stores_nothing(CreateLocalGroupCommandBuilder request,
            OntapRejection.Reason reason, Subject subject) {
        assertRejected(reason, subject, () -> createLocalGroup.create(request.build()));

        assertEquals(List.of(), localGroups.all());
    }

    @Test
    void accepts_a_name_of_256_characters() {
        String longest = "g".repeat(256);

        assertEquals("SMB_SERVER01\\" + longest, createLocalGroup.create(aCreateLocalGroupCommand().named(longest).build()).name());
    }

    @Test
    void rejects_a_uuid_and_a_name_of_different_svms() {
        svms.add(aCifsSvm().named("svm2").withCifsServer("SMB_SERVER02").build());

        assertRejected(SVM_UUID_DOES_NOT_MATCH_NAME, Subject.SVM_BY_NAME,
                () -> createLocalGroup.create(aCreateLocalGroupCommand().onSvm(svm1.uuid().value(), "svm2").build()));
        assertEquals(List.of(), localGroups.all());
    }

    @Test
    void rejects_an_svm_without_a_cifs_server() {
        svms.add(aDataSvm().named("svm2").withoutCifsServer().build());

        assertRejected(CIFS_SERVER_MISSING, Subject.SVM,
                () -> createLocalGroup.create(aCreateLocalGroupCommand().onSvmNamed("svm2").build()));
        assertEquals(List.of(), localGroups.all());
    }

    @Test
    void rejects_an_svm_that_is_not_a_data_svm() {
        svms.add(anAdminSvm().named("cluster1").withCifsServer("CLUSTER1").build());

        assertRejected(SVM_NOT_DATA, Subject.SVM, () -> createLocalGroup.create(aCreateLocalGroupCommand().onSvmNamed("cluster1").build()));
        assertEquals(List.of(), localGroups.all());
    }

    @Test
    void reports_a_missing_cifs_server_before_a_missing_name() {
        svms.add(aDataSvm().named("svm2").withoutCifsServer().build());

        assertRejected(CIFS_SERVER_MISSING, Subject.SVM,
                () -> createLocalGroup.create(aCreateLocalGroupCommand().onSvmNamed("svm2").named(null).build()));
    }

    @Test
    void a_name_rejected_by_the_rules_does_not_use_up_a_rid() {
        assertRejected(GROUP_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME,
                () -> createLocalGroup.create(aCreateLocalGroupCommand().named("gr*up").build()));
        assertRejected(GROUP_IN_BUILTIN_DOMAIN, Subject.NAME,
                () -> createLocalGroup.create(aCreateLocalGroupCommand().named("BUILTIN\\group").build()));

        assertEquals(DOMAIN_SID + "-1000", createLocalGroup.create(aCreateLocalGroupCommand().named("group").build()).sid());
    }
}
