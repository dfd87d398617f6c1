package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aBuiltinGroup;
import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aLocalGroup;
import static org.gatewayusers.domain.ontap.LocalUserBuilder.aLocalUser;
import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.BUILTIN_GROUP_IS_FIXED;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NOT_FOUND;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.domain.ontap.BuiltinGroup;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code DELETE /api/protocols/cifs/local-groups/{svm.uuid}/{sid}}. */
class DeleteLocalGroupTest {

    private static final String DOMAIN_SID = "S-1-5-21-256008430-3394229847-3930036330";
    private static final String GROUP_SID = DOMAIN_SID + "-1002";

    private final Svm svm1 = aCifsSvm().named("svm1").withCifsServer("SMB_SERVER01").withDomainSid(DOMAIN_SID).build();
    private final Svm svm2 = aCifsSvm().named("svm2").withCifsServer("SMB_SERVER02").withDomainSid("S-1-5-21-1-2-3").build();
    private final LocalUser alex = aLocalUser().on(svm1).named("alex").withRid(1000).build();
    private final LocalUser blake = aLocalUser().on(svm1).named("blake").withRid(1001).build();
    private final LocalGroup group = aLocalGroup().on(svm1).named("group").withRid(1002).withMember(alex).withMember(blake).build();
    private final LocalGroup team = aLocalGroup().on(svm1).named("team").withRid(1003).withMember(alex).build();
    private final LocalGroup groupOfSvm2 = aLocalGroup().on(svm2).named("group").withRid(1002).build();
    private final InMemorySvms svms = new InMemorySvms(svm1, svm2);
    private final InMemoryLocalUsers localUsers = new InMemoryLocalUsers(alex, blake);
    private final InMemoryLocalGroups localGroups = new InMemoryLocalGroups(group, team, groupOfSvm2);
    private final DeleteLocalGroup deleteLocalGroup = new DeleteLocalGroup(svms, localUsers, localGroups);

    @Test
    void removes_the_group() {
        deleteLocalGroup.delete(svm1.uuid().value(), GROUP_SID);

        assertEquals(List.of(team), localGroups.ofSvm(svm1.uuid()));
        assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> new GetLocalGroup(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers)).get(svm1.uuid().value(), GROUP_SID));
    }

    @Test
    void keeps_its_members_as_users_in_their_other_groups() {
        deleteLocalGroup.delete(svm1.uuid().value(), GROUP_SID);

        assertEquals(List.of(alex, blake), localUsers.ofSvm(svm1.uuid()));
        assertEquals(Set.of(alex.sid()), localGroups.stored(svm1.uuid(), team.sid()).members());
        LocalUserView alexView = new GetLocalUser(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers)).get(svm1.uuid().value(), alex.sid().value());
        assertEquals(List.of(new LocalUserView.Membership("SMB_SERVER01\\team", DOMAIN_SID + "-1003")), alexView.membership());
    }

    @Test
    void leaves_the_group_of_the_same_sid_on_another_svm() {
        deleteLocalGroup.delete(svm1.uuid().value(), GROUP_SID);

        assertEquals(List.of(groupOfSvm2), localGroups.ofSvm(svm2.uuid()));
    }

    @ParameterizedTest
    @EnumSource(BuiltinGroup.class)
    void refuses_to_delete_a_builtin_group(BuiltinGroup builtin) {
        Arrays.stream(BuiltinGroup.values()).forEach(each -> localGroups.add(aBuiltinGroup(each).on(svm1).build()));

        assertRejected(BUILTIN_GROUP_IS_FIXED, Subject.NAME, () -> deleteLocalGroup.delete(svm1.uuid().value(), builtin.sid().value()));
        assertEquals(Optional.of(builtin.groupName()), localGroups.withSid(svm1.uuid(), builtin.sid()).map(LocalGroup::name));
        assertEquals(7, localGroups.ofSvm(svm1.uuid()).size());
    }

    @Test
    void rejects_a_second_delete() {
        deleteLocalGroup.delete(svm1.uuid().value(), GROUP_SID);

        assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> deleteLocalGroup.delete(svm1.uuid().value(), GROUP_SID));
    }

    @Test
    void rejects_the_sid_of_a_user() {
        assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> deleteLocalGroup.delete(svm1.uuid().value(), alex.sid().value()));
        assertEquals(2, localUsers.ofSvm(svm1.uuid()).size());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "group", "S-1-5-21-x", "S-1-5-21-256008430-3394229847-3930036330-1999"})
    void rejects_a_sid_no_group_of_the_svm_has(String sid) {
        assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> deleteLocalGroup.delete(svm1.uuid().value(), sid));
        assertEquals(3, localGroups.all().size());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "svm1", "1-2-3-4-5"})
    void rejects_an_unknown_svm(String svmUuid) {
        assertRejected(GROUP_NOT_FOUND, Subject.SVM_BY_UUID, () -> deleteLocalGroup.delete(svmUuid, GROUP_SID));
        assertRejected(GROUP_NOT_FOUND, Subject.SVM_BY_UUID, () -> deleteLocalGroup.delete(SvmUuid.random().value(), GROUP_SID));
        assertEquals(3, localGroups.all().size());
    }
}
