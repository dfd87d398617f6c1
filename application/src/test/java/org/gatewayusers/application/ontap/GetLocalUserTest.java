package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aBuiltinGroup;
import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aLocalGroup;
import static org.gatewayusers.domain.ontap.LocalUserBuilder.aLocalUser;
import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NOT_FOUND;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatewayusers.domain.ontap.BuiltinGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/protocols/cifs/local-users/{svm.uuid}/{sid}}. */
class GetLocalUserTest {

    private static final String DOMAIN_SID = "S-1-5-21-256008430-3394229847-3930036330";

    private final Svm svm1 = aCifsSvm().named("svm1").withCifsServer("SMB_SERVER01").withDomainSid(DOMAIN_SID).build();
    private final Svm svm2 = aCifsSvm().named("svm2").withCifsServer("SMB_SERVER02").withDomainSid("S-1-5-21-1-2-3").build();
    private final LocalUser alex = aLocalUser().on(svm1).named("alex").withRid(1000).withFullName("Alex Brown")
            .withDescription("local").build();
    private final InMemoryLocalUsers localUsers = new InMemoryLocalUsers(
            alex,
            aLocalUser().on(svm1).named("blake").withRid(1001).disabled().build(),
            aLocalUser().on(svm2).named("casey").withRid(1000).build());
    private final InMemoryLocalGroups localGroups = new InMemoryLocalGroups(
            aLocalGroup().on(svm1).named("group").withRid(1002).withMember(alex).build());
    private final GetLocalUser getLocalUser = new GetLocalUser(new InMemorySvms(svm1, svm2), localUsers, localGroups,
            new InMemoryMemberships(localGroups, localUsers));

    @Test
    void reads_a_user_by_svm_uuid_and_sid() {
        LocalUserView view = getLocalUser.get(svm1.uuid().value(), DOMAIN_SID + "-1000");

        assertEquals("SMB_SERVER01\\alex", view.name());
        assertEquals(DOMAIN_SID + "-1000", view.sid());
        assertEquals("Alex Brown", view.fullName());
        assertEquals("local", view.description());
        assertFalse(view.accountDisabled());
        assertEquals(svm1.uuid().value(), view.svmUuid());
        assertEquals("svm1", view.svmName());
    }

    @Test
    void lists_the_groups_of_the_user() {
        LocalUserView view = getLocalUser.get(svm1.uuid().value(), DOMAIN_SID + "-1000");

        assertEquals(List.of(new LocalUserView.Membership("SMB_SERVER01\\group", DOMAIN_SID + "-1002")), view.membership());
    }

    @Test
    void lists_builtin_and_local_groups_in_name_order() {
        localGroups.add(aBuiltinGroup(BuiltinGroup.USERS).on(svm1).withMember(alex).build());
        localGroups.add(aLocalGroup().on(svm1).named("admins").withRid(1003).withMember(alex).build());

        assertEquals(List.of(
                        new LocalUserView.Membership("BUILTIN\\Users", "S-1-5-32-545"),
                        new LocalUserView.Membership("SMB_SERVER01\\admins", DOMAIN_SID + "-1003"),
                        new LocalUserView.Membership("SMB_SERVER01\\group", DOMAIN_SID + "-1002")),
                getLocalUser.get(svm1.uuid().value(), DOMAIN_SID + "-1000").membership());
    }

    @Test
    void lists_no_groups_for_a_user_in_none() {
        assertEquals(List.of(), getLocalUser.get(svm1.uuid().value(), DOMAIN_SID + "-1001").membership());
    }

    @Test
    void does_not_list_a_group_of_another_svm_with_the_same_sid() {
        localGroups.add(aLocalGroup().on(svm2).named("group2").withRid(1002).withMember(alex.sid()).build());

        assertEquals(List.of(new LocalUserView.Membership("SMB_SERVER01\\group", DOMAIN_SID + "-1002")),
                getLocalUser.get(svm1.uuid().value(), DOMAIN_SID + "-1000").membership());
    }

    @Test
    void reads_whether_the_account_is_disabled() {
        assertTrue(getLocalUser.get(svm1.uuid().value(), DOMAIN_SID + "-1001").accountDisabled());
    }

    @Test
    void reads_a_sid_and_a_uuid_written_in_another_case() {
        LocalUserView view = getLocalUser.get(svm1.uuid().value().toUpperCase(), "s-1-5-21-256008430-3394229847-3930036330-1001");

        assertEquals("SMB_SERVER01\\blake", view.name());
    }

    @Test
    void rejects_a_sid_no_user_of_the_svm_has() {
        assertRejected(USER_NOT_FOUND, Subject.SID, () -> getLocalUser.get(svm1.uuid().value(), DOMAIN_SID + "-1999"));
    }

    @Test
    void does_not_show_a_user_of_another_svm() {
        assertRejected(USER_NOT_FOUND, Subject.SID, () -> getLocalUser.get(svm1.uuid().value(), "S-1-5-21-1-2-3-1000"));
        assertEquals("SMB_SERVER02\\casey", getLocalUser.get(svm2.uuid().value(), "S-1-5-21-1-2-3-1000").name());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "alex", "1000", "S-1-5-21-x"})
    void rejects_what_is_not_a_sid(String sid) {
        assertRejected(USER_NOT_FOUND, Subject.SID, () -> getLocalUser.get(svm1.uuid().value(), sid));
    }

    @Test
    void rejects_an_unknown_svm() {
        assertRejected(USER_NOT_FOUND, Subject.SVM_BY_UUID, () -> getLocalUser.get(SvmUuid.random().value(), DOMAIN_SID + "-1000"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "svm1", "1-2-3-4-5"})
    void rejects_what_is_not_an_svm_uuid(String svmUuid) {
        assertRejected(USER_NOT_FOUND, Subject.SVM_BY_UUID, () -> getLocalUser.get(svmUuid, DOMAIN_SID + "-1000"));
    }
}
