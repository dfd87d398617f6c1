package org.gatewayusers.application.ontap;

import static org.gatewayusers.application.ontap.CreateLocalUserCommandBuilder.aCreateLocalUserCommand;
import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aBuiltinGroup;
import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aLocalGroup;
import static org.gatewayusers.domain.ontap.LocalUserBuilder.aLocalUser;
import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.ADMINISTRATOR_CANNOT_BE_DELETED;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NOT_FOUND;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.application.shared.FakeCredentialHasher;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.BuiltinGroup;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmSelector;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code DELETE /api/protocols/cifs/local-users/{svm.uuid}/{sid}}. */
class DeleteLocalUserTest {

    private static final String DOMAIN_SID = "S-1-5-21-256008430-3394229847-3930036330";

    private final Svm svm1 = aCifsSvm().named("svm1").withCifsServer("SMB_SERVER01").withDomainSid(DOMAIN_SID).build();
    private final Svm svm2 = aCifsSvm().named("svm2").withCifsServer("SMB_SERVER02").withDomainSid("S-1-5-21-1-2-3").build();
    private final LocalUser administrator = aLocalUser().on(svm1).named("Administrator").withRid(500).disabled().build();
    private final LocalUser alex = aLocalUser().on(svm1).named("alex").withRid(1000).build();
    private final LocalUser blake = aLocalUser().on(svm1).named("blake").withRid(1001).build();
    private final LocalUser casey = aLocalUser().on(svm2).named("casey").withRid(1000).build();
    private final LocalGroup administrators =
            aBuiltinGroup(BuiltinGroup.ADMINISTRATORS).on(svm1).withMember(administrator).withMember(alex).build();
    private final LocalGroup users = aBuiltinGroup(BuiltinGroup.USERS).on(svm1).withMember(alex).withMember(blake).build();
    private final LocalGroup group = aLocalGroup().on(svm1).named("group").withRid(1002).withMember(alex).build();
    private final LocalGroup team = aLocalGroup().on(svm1).named("team").withRid(1003).withMember(blake).build();

    private final InMemorySvms svms = new InMemorySvms(svm1, svm2);
    private final InMemoryLocalUsers localUsers = new InMemoryLocalUsers(administrator, alex, blake, casey);
    private final InMemoryLocalGroups localGroups = new InMemoryLocalGroups(administrators, users, group, team);
    private final DeleteLocalUser deleteLocalUser = new DeleteLocalUser(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers));

    private Set<Sid> membersOf(LocalGroup of) {
        return localGroups.stored(of.svm(), of.sid()).members();
    }

    @Test
    void removes_the_user() {
        deleteLocalUser.delete(svm1.uuid().value(), DOMAIN_SID + "-1000");

        assertEquals(Optional.empty(), localUsers.withSid(svm1.uuid(), alex.sid()));
        assertEquals(List.of(administrator, blake), localUsers.ofSvm(svm1.uuid()));
        assertRejected(USER_NOT_FOUND, Subject.SID,
                () -> new GetLocalUser(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers)).get(svm1.uuid().value(), DOMAIN_SID + "-1000"));
    }

    @Test
    void removes_the_user_from_every_group_and_keeps_the_other_members() {
        deleteLocalUser.delete(svm1.uuid().value(), DOMAIN_SID + "-1000");

        assertEquals(Set.of(administrator.sid()), membersOf(administrators));
        assertEquals(Set.of(blake.sid()), membersOf(users));
        assertEquals(Set.of(), membersOf(group));
        assertEquals(Set.of(blake.sid()), membersOf(team));
        assertEquals(4, localGroups.ofSvm(svm1.uuid()).size());
    }

    @Test
    void leaves_no_trace_in_the_groups_views() {
        deleteLocalUser.delete(svm1.uuid().value(), DOMAIN_SID + "-1000");

        RecordQuery<LocalGroupField> groupsOfSvm1 = new RecordQuery<>(List.of(new RecordQuery.Filter<>(
                LocalGroupField.SVM_UUID, List.of(new RecordQuery.Alternative(false, RecordQuery.Operator.EQUAL,
                        svm1.uuid().value())))), List.of(new RecordQuery.SortKey<>(LocalGroupField.SID, false)), null, 100);
        List<LocalGroupView> views = new ListLocalGroups(svms, localUsers, localGroups,
                new InMemoryMemberships(localGroups, localUsers)).page(groupsOfSvm1, true).records();
        assertTrue(views.stream().flatMap(view -> view.members().stream()).noneMatch(member -> member.sid().equals(DOMAIN_SID + "-1000")));
    }

    @Test
    void refuses_to_delete_the_administrator() {
        assertRejected(ADMINISTRATOR_CANNOT_BE_DELETED, Subject.SID, () -> deleteLocalUser.delete(svm1.uuid().value(), DOMAIN_SID + "-500"));

        assertEquals(Optional.of(administrator), localUsers.withSid(svm1.uuid(), administrator.sid()));
        assertEquals(Set.of(administrator.sid(), alex.sid()), membersOf(administrators));
    }

    @Test
    void refuses_to_delete_the_administrator_a_cifs_server_brought_even_renamed() {
        Svm svm3 = aCifsSvm().named("svm3").withoutCifsServer().withDomainSid("S-1-5-21-7-8-9").build();
        svms.add(svm3);
        new CreateCifsServer(svms, localUsers, localGroups, new FakeCredentialHasher(), new SecureRandom())
                .create(SvmSelector.byName("svm3"), "SMB_SERVER03");
        new UpdateLocalUser(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers), new FakeCredentialHasher())
                .update(svm3.uuid().value(), "S-1-5-21-7-8-9-500", LocalUserChangesBuilder.aChange().renamedTo("root").build());

        assertRejected(ADMINISTRATOR_CANNOT_BE_DELETED, Subject.SID, () -> deleteLocalUser.delete(svm3.uuid().value(), "S-1-5-21-7-8-9-500"));
        assertEquals(1, localUsers.ofSvm(svm3.uuid()).size());
    }

    @Test
    void leaves_the_users_of_other_svms_alone() {
        deleteLocalUser.delete(svm1.uuid().value(), DOMAIN_SID + "-1000");

        assertEquals(List.of(casey), localUsers.ofSvm(svm2.uuid()));
    }

    @Test
    void rejects_a_user_of_another_svm() {
        assertRejected(USER_NOT_FOUND, Subject.SID, () -> deleteLocalUser.delete(svm1.uuid().value(), "S-1-5-21-1-2-3-1000"));
        assertEquals(List.of(casey), localUsers.ofSvm(svm2.uuid()));
    }

    @Test
    void rejects_a_second_delete() {
        deleteLocalUser.delete(svm1.uuid().value(), DOMAIN_SID + "-1000");

        assertRejected(USER_NOT_FOUND, Subject.SID, () -> deleteLocalUser.delete(svm1.uuid().value(), DOMAIN_SID + "-1000"));
    }

    @Test
    void rejects_the_sid_of_a_group() {
        assertRejected(USER_NOT_FOUND, Subject.SID, () -> deleteLocalUser.delete(svm1.uuid().value(), DOMAIN_SID + "-1002"));
        assertEquals(4, localGroups.ofSvm(svm1.uuid()).size());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "alex", "S-1-5-21-x"})
    void rejects_what_is_not_a_sid(String sid) {
        assertRejected(USER_NOT_FOUND, Subject.SID, () -> deleteLocalUser.delete(svm1.uuid().value(), sid));
        assertEquals(4, localUsers.all().size());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "svm1", "1-2-3-4-5"})
    void rejects_an_unknown_svm(String svmUuid) {
        assertRejected(USER_NOT_FOUND, Subject.SVM_BY_UUID, () -> deleteLocalUser.delete(svmUuid, DOMAIN_SID + "-1000"));
        assertRejected(USER_NOT_FOUND, Subject.SVM_BY_UUID, () -> deleteLocalUser.delete(SvmUuid.random().value(), DOMAIN_SID + "-1000"));
        assertEquals(4, localUsers.all().size());
    }

    @Test
    void frees_the_name_but_not_the_rid() {
        Svm svm3 = aCifsSvm().named("svm3").withCifsServer("SMB_SERVER03").withDomainSid("S-1-5-21-4-5-6").build();
        svms.add(svm3);
        CreateLocalUser createLocalUser =
                new CreateLocalUser(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers), new InMemoryRids(), new FakeCredentialHasher());
        LocalUserView drew = createLocalUser.create(aCreateLocalUserCommand().onSvmNamed("svm3").named("drew").build());

        deleteLocalUser.delete(svm3.uuid().value(), drew.sid());
        LocalUserView again = createLocalUser.create(aCreateLocalUserCommand().onSvmNamed("svm3").named("drew").build());

        assertEquals("SMB_SERVER03\\drew", again.name());
        assertEquals("S-1-5-21-4-5-6-1001", again.sid());
        assertEquals(List.of(), again.membership());
    }
}
