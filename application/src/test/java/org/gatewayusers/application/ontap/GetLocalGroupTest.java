package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aBuiltinGroup;
import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aLocalGroup;
import static org.gatewayusers.domain.ontap.LocalUserBuilder.aLocalUser;
import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NOT_FOUND;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.aDataSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

/** {@code GET /api/protocols/cifs/local-groups/{svm.uuid}/{sid}}. */
class GetLocalGroupTest {

    private static final String DOMAIN_SID = "S-1-5-21-256008430-3394229847-3930036330";

    private final Svm svm1 = aCifsSvm().named("svm1").withCifsServer("SMB_SERVER01").withDomainSid(DOMAIN_SID).build();
    private final Svm svm2 = aCifsSvm().named("svm2").withCifsServer("SMB_SERVER02").withDomainSid("S-1-5-21-1-2-3").build();
    private final LocalUser alex = aLocalUser().on(svm1).named("alex").withRid(1000).build();
    private final LocalUser blake = aLocalUser().on(svm1).named("Blake").withRid(1001).build();
    private final LocalUser casey = aLocalUser().on(svm2).named("casey").withRid(1000).build();
    private final InMemorySvms svms = new InMemorySvms(svm1, svm2);
    private final InMemoryLocalUsers localUsers = new InMemoryLocalUsers(alex, blake, casey);
    private final InMemoryLocalGroups localGroups = new InMemoryLocalGroups(
            aLocalGroup().on(svm1).named("group").withRid(1002).withDescription("sales").withMember(blake).withMember(alex).build(),
            aLocalGroup().on(svm1).named("empty").withRid(1003).build(),
            aBuiltinGroup(BuiltinGroup.USERS).on(svm1).withMember(alex).build(),
            aBuiltinGroup(BuiltinGroup.USERS).on(svm2).withMember(casey).build());
    private final GetLocalGroup getLocalGroup = new GetLocalGroup(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers));

    @Test
    void reads_a_group_by_svm_uuid_and_sid() {
        LocalGroupView view = getLocalGroup.get(svm1.uuid().value(), DOMAIN_SID + "-1002");

        assertEquals("SMB_SERVER01\\group", view.name());
        assertEquals(DOMAIN_SID + "-1002", view.sid());
        assertEquals("sales", view.description());
        assertEquals(svm1.uuid().value(), view.svmUuid());
        assertEquals("svm1", view.svmName());
    }

    @Test
    void lists_the_members_by_name_in_any_case_order() {
        assertEquals(List.of(new LocalGroupView.Member("SMB_SERVER01\\alex", DOMAIN_SID + "-1000"),
                        new LocalGroupView.Member("SMB_SERVER01\\Blake", DOMAIN_SID + "-1001")),
                getLocalGroup.get(svm1.uuid().value(), DOMAIN_SID + "-1002").members());
    }

    @Test
    void reads_a_group_without_members_or_description() {
        LocalGroupView view = getLocalGroup.get(svm1.uuid().value(), DOMAIN_SID + "-1003");

        assertEquals(List.of(), view.members());
        assertNull(view.description());
    }

    @Test
    void reads_the_builtin_group_of_the_svm_in_the_path_by_its_well_known_sid() {
        LocalGroupView onSvm1 = getLocalGroup.get(svm1.uuid().value(), "S-1-5-32-545");
        LocalGroupView onSvm2 = getLocalGroup.get(svm2.uuid().value(), "S-1-5-32-545");

        assertEquals("BUILTIN\\Users", onSvm1.name());
        assertEquals(List.of(new LocalGroupView.Member("SMB_SERVER01\\alex", DOMAIN_SID + "-1000")), onSvm1.members());
        assertEquals(List.of(new LocalGroupView.Member("SMB_SERVER02\\casey", "S-1-5-21-1-2-3-1000")), onSvm2.members());
        assertEquals("svm2", onSvm2.svmName());
    }

    @Test
    void reads_a_sid_and_a_uuid_written_in_another_case() {
        assertEquals("SMB_SERVER01\\group",
                getLocalGroup.get(svm1.uuid().value().toUpperCase(), "s-1-5-21-256008430-3394229847-3930036330-1002").name());
    }

    @Test
    void rejects_a_sid_no_group_of_the_svm_has() {
        assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> getLocalGroup.get(svm1.uuid().value(), DOMAIN_SID + "-1999"));
        assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> getLocalGroup.get(svm1.uuid().value(), "S-1-5-32-544"));
    }

    @Test
    void rejects_the_sid_of_a_user() {
        assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> getLocalGroup.get(svm1.uuid().value(), DOMAIN_SID + "-1000"));
    }

    @Test
    void does_not_show_a_group_of_another_svm() {
        assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> getLocalGroup.get(svm2.uuid().value(), DOMAIN_SID + "-1002"));
    }

    @Test
    void finds_no_group_on_an_svm_without_a_cifs_server() {
        Svm bare = aDataSvm().named("svm3").withoutCifsServer().build();
        svms.add(bare);

        assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> getLocalGroup.get(bare.uuid().value(), "S-1-5-32-545"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "group", "1002", "S-1-5-21-x"})
    void rejects_what_is_not_a_sid(String sid) {
        assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> getLocalGroup.get(svm1.uuid().value(), sid));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "svm1", "1-2-3-4-5"})
    void rejects_an_unknown_svm(String svmUuid) {
        assertRejected(GROUP_NOT_FOUND, Subject.SVM_BY_UUID, () -> getLocalGroup.get(svmUuid, DOMAIN_SID + "-1002"));
        assertRejected(GROUP_NOT_FOUND, Subject.SVM_BY_UUID, () -> getLocalGroup.get(SvmUuid.random().value(), DOMAIN_SID + "-1002"));
    }
}
