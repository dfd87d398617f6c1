package org.gatewayusers.application.ontap;

import static org.gatewayusers.application.ontap.CreateLocalGroupCommandBuilder.aCreateLocalGroupCommand;
import static org.gatewayusers.application.ontap.CreateLocalUserCommandBuilder.aCreateLocalUserCommand;
import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PATH_ENTRY_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_NOT_DATA;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NOT_FOUND;
import static org.gatewayusers.domain.ontap.SvmBuilder.aDataSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.anAdminSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.application.shared.FakeCredentialHasher;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmSelector;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code DELETE /api/protocols/cifs/services/{svm.uuid}}: the local users and groups go with the server. */
class DeleteCifsServerTest {

    private static final String DOMAIN_SID = "S-1-5-21-256008430-3394229847-3930036330";

    private final Svm svm1 = aDataSvm().named("svm1").withoutCifsServer().withDomainSid(DOMAIN_SID).build();
    private final Svm svm2 = aDataSvm().named("svm2").withoutCifsServer().withDomainSid("S-1-5-21-1-2-3").build();
    private final InMemorySvms svms = new InMemorySvms(svm1, svm2);
    private final InMemoryLocalUsers localUsers = new InMemoryLocalUsers();
    private final InMemoryLocalGroups localGroups = new InMemoryLocalGroups();
    private final InMemoryRids rids = new InMemoryRids();
    private final FakeCredentialHasher hasher = new FakeCredentialHasher();
    private final CreateCifsServer createCifsServer = new CreateCifsServer(svms, localUsers, localGroups, hasher, new SecureRandom());
    private final CreateLocalUser createLocalUser = new CreateLocalUser(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers), rids, hasher);
    private final CreateLocalGroup createLocalGroup = new CreateLocalGroup(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers), rids);
    private final DeleteCifsServer deleteCifsServer = new DeleteCifsServer(svms, localUsers, localGroups);

    @BeforeEach
    void two_svms_with_cifs_servers_users_and_groups() {
        for (String svm : List.of("svm1", "svm2")) {
            createCifsServer.create(SvmSelector.byName(svm), svm.equals("svm1") ? "SMB_SERVER01" : "SMB_SERVER02");
            createLocalUser.create(aCreateLocalUserCommand().onSvmNamed(svm).named("alex").memberOf("BUILTIN\\Users").build());
            createLocalGroup.create(aCreateLocalGroupCommand().onSvmNamed(svm).named("group").withMember("alex").build());
        }
    }

    @Test
    void removes_the_cifs_server_of_the_svm() {
        deleteCifsServer.delete(svm1.uuid().value());

        Svm stored = svms.withUuid(svm1.uuid()).orElseThrow();
        assertEquals(Optional.empty(), stored.cifsServer());
        assertEquals(svm1.domainSid(), stored.domainSid());
        assertEquals("svm1", stored.name().value());
    }

    @Test
    void removes_every_local_user_of_the_svm_the_administrator_too() {
        assertEquals(2, localUsers.ofSvm(svm1.uuid()).size());

        deleteCifsServer.delete(svm1.uuid().value());

        assertEquals(List.of(), localUsers.ofSvm(svm1.uuid()));
        assertRejected(USER_NOT_FOUND, Subject.SID,
                () -> new GetLocalUser(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers)).get(svm1.uuid().value(), DOMAIN_SID + "-500"));
    }

    @Test
    void removes_every_local_group_of_the_svm_the_builtin_ones_too() {
        assertEquals(6, localGroups.ofSvm(svm1.uuid()).size());

        deleteCifsServer.delete(svm1.uuid().value());

        assertEquals(List.of(), localGroups.ofSvm(svm1.uuid()));
    }

    @Test
    void leaves_the_other_svms_alone() {
        List<LocalUser> usersOfSvm2 = localUsers.ofSvm(svm2.uuid());
        List<LocalGroup> groupsOfSvm2 = localGroups.ofSvm(svm2.uuid());

        deleteCifsServer.delete(svm1.uuid().value());

        assertEquals(usersOfSvm2, localUsers.ofSvm(svm2.uuid()));
        assertEquals(groupsOfSvm2, localGroups.ofSvm(svm2.uuid()));
        assertTrue(svms.withUuid(svm2.uuid()).orElseThrow().cifsServer().isPresent());
    }

    @Test
    void lets_a_new_cifs_server_start_afresh() {
        deleteCifsServer.delete(svm1.uuid().value());

        createCifsServer.create(SvmSelector.byName("svm1"), "SMB_SERVER09");

        assertEquals(List.of("SMB_SERVER09\\Administrator"),
                localUsers.ofSvm(svm1.uuid()).stream().map(user -> user.name().qualified()).toList());
        assertEquals(5, localGroups.ofSvm(svm1.uuid()).size());
        LocalUser administrator = localUsers.ofSvm(svm1.uuid()).get(0);
        assertTrue(localGroups.ofSvm(svm1.uuid()).stream()
                .allMatch(group -> group.members().equals(group.sid().value().equals("S-1-5-32-544")
                        ? Set.of(administrator.sid()) : Set.of())));
        assertEquals("SMB_SERVER09\\alex",
                createLocalUser.create(aCreateLocalUserCommand().onSvmNamed("svm1").named("alex").build()).name());
    }

    @Test
    void lets_the_svm_be_deleted_afterwards() {
        deleteCifsServer.delete(svm1.uuid().value());

        new DeleteSvm(svms, localUsers, localGroups).delete(svm1.uuid().value());

        assertEquals(Optional.empty(), svms.withUuid(svm1.uuid()));
    }

    @Test
    void finds_no_cifs_server_on_an_svm_without_one() {
        deleteCifsServer.delete(svm1.uuid().value());

        assertRejected(PATH_ENTRY_NOT_FOUND, Subject.SVM_BY_UUID, () -> deleteCifsServer.delete(svm1.uuid().value()));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "svm1", "1-2-3-4-5"})
    void finds_no_svm_for_what_is_not_a_uuid(String svmUuid) {
        assertRejected(PATH_ENTRY_NOT_FOUND, Subject.SVM_BY_UUID, () -> deleteCifsServer.delete(svmUuid));
        assertEquals(4, localUsers.all().size());
    }

    @Test
    void finds_no_svm_for_an_unknown_uuid() {
        assertRejected(PATH_ENTRY_NOT_FOUND, Subject.SVM_BY_UUID, () -> deleteCifsServer.delete(SvmUuid.random().value()));
        assertEquals(12, localGroups.all().size());
    }

    @Test
    void refuses_the_cifs_server_of_the_admin_svm() {
        Svm admin = anAdminSvm().named("cluster1").withCifsServer("CLUSTER1").build();
        svms.add(admin);

        assertRejected(SVM_NOT_DATA, Subject.SVM, () -> deleteCifsServer.delete(admin.uuid().value()));
        assertTrue(svms.withUuid(admin.uuid()).orElseThrow().cifsServer().isPresent());
    }
}
