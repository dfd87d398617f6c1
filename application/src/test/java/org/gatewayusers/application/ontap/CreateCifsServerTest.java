package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.CIFS_SERVER_EXISTS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.CIFS_SERVER_NAME_INVALID;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_NOT_DATA;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_UUID_DOES_NOT_MATCH_NAME;
import static org.gatewayusers.domain.ontap.LocalUserBuilder.aLocalUser;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.aDataSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.anAdminSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.application.shared.FakeCredentialHasher;
import org.gatewayusers.domain.ontap.BuiltinGroup;
import org.gatewayusers.domain.ontap.CifsServer;
import org.gatewayusers.domain.ontap.CifsServerName;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.LocalUserBuilder;
import org.gatewayusers.domain.ontap.LocalUserDraftBuilder;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmSelector;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreateCifsServerTest {

    private static final String DOMAIN_SID = "S-1-5-21-256008430-3394229847-3930036330";

    private final Svm svm1 = aDataSvm().named("svm1").withoutCifsServer().withDomainSid(DOMAIN_SID).build();
    private final InMemorySvms svms = new InMemorySvms(svm1);
    private final InMemoryLocalUsers localUsers = new InMemoryLocalUsers();
    private final InMemoryLocalGroups localGroups = new InMemoryLocalGroups();
    private final FakeCredentialHasher hasher = new FakeCredentialHasher();
    private final CreateCifsServer createCifsServer =
            new CreateCifsServer(svms, localUsers, localGroups, hasher, new SecureRandom());

    private Optional<CifsServer> storedServer() {
        return svms.withUuid(svm1.uuid()).orElseThrow().cifsServer();
    }

    private void assertNoUsersNorGroups() {
        assertEquals(List.of(), localUsers.all());
        assertEquals(List.of(), localGroups.all());
        assertEquals(0, hasher.uses());
    }

    private LocalUser administrator() {
        return localUsers.withSid(svm1.uuid(), new Sid(DOMAIN_SID + "-500"))
                .orElseThrow(() -> new AssertionError("no Administrator (RID 500) stored"));
    }

    @Test
    void gives_the_svm_its_cifs_server_stored_in_upper_case() {
        SvmView view = createCifsServer.create(SvmSelector.byName("svm1"), "smb_server01");

        assertEquals("SMB_SERVER01", view.cifsServer());
        assertEquals(Optional.of(new CifsServer(new CifsServerName("SMB_SERVER01"))), storedServer());
        assertEquals("SMB_SERVER01", storedServer().orElseThrow().name().value());
    }

    @Test
    void keeps_the_identity_of_the_svm() {
        SvmView view = createCifsServer.create(SvmSelector.byUuid(svm1.uuid().value()), "SMB_SERVER01");

        assertEquals(svm1.uuid().value(), view.uuid());
        assertEquals("svm1", view.name());
        assertEquals(svm1.domainSid(), svms.withUuid(svm1.uuid()).orElseThrow().domainSid());
        assertEquals(1, svms.count());
    }

    @Test
    void accepts_fifteen_characters() {
        assertEquals("A23456789012345", createCifsServer.create(SvmSelector.byName("svm1"), "a23456789012345").cifsServer());
    }

    @Test
    void rejects_a_name_longer_than_fifteen_characters() {
        assertRejected(CIFS_SERVER_NAME_INVALID, Subject.NAME,
                () -> createCifsServer.create(SvmSelector.byName("svm1"), "A234567890123456"));
        assertEquals(Optional.empty(), storedServer());
        assertNoUsersNorGroups();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "12345", ".SMB", "SMB SERVER", "SMB\\1", "SMB*1", "BUILTIN", "builtin"})
    void rejects_a_name_that_is_not_a_netbios_name(String name) {
        assertRejected(CIFS_SERVER_NAME_INVALID, Subject.NAME, () -> createCifsServer.create(SvmSelector.byName("svm1"), name));
        assertEquals(Optional.empty(), storedServer());
        assertNoUsersNorGroups();
    }

    @Test
    void rejects_a_second_cifs_server_and_keeps_the_first() {
        createCifsServer.create(SvmSelector.byName("svm1"), "SMB_SERVER01");

        assertRejected(CIFS_SERVER_EXISTS, Subject.SVM, () -> createCifsServer.create(SvmSelector.byName("svm1"), "SMB_SERVER02"));
        assertEquals("SMB_SERVER01", storedServer().orElseThrow().name().value());
        assertEquals(1, localUsers.all().size());
        assertEquals(BuiltinGroup.values().length, localGroups.all().size());
        assertEquals("SMB_SERVER01\\Administrator", administrator().name().qualified());
    }

    @Test
    void rejects_a_cifs_server_on_a_svm_that_is_not_a_data_svm() {
        svms.add(anAdminSvm().named("cluster1").build());

        assertRejected(SVM_NOT_DATA, Subject.SVM, () -> createCifsServer.create(SvmSelector.byName("cluster1"), "SMB_SERVER01"));
        assertNoUsersNorGroups();
    }

    @Test
    void rejects_an_unknown_svm() {
        assertRejected(SVM_NOT_FOUND, Subject.SVM_BY_NAME, () -> createCifsServer.create(SvmSelector.byName("svm9"), "SMB_SERVER01"));
        assertRejected(SVM_NOT_FOUND, Subject.SVM_BY_UUID,
                () -> createCifsServer.create(SvmSelector.byUuid(SvmUuid.random().value()), "SMB_SERVER01"));
        assertNoUsersNorGroups();
    }

    @Test
    void rejects_a_uuid_and_a_name_of_different_svms() {
        assertRejected(SVM_UUID_DOES_NOT_MATCH_NAME, Subject.SVM_BY_NAME,
                () -> createCifsServer.create(SvmSelector.of(svm1.uuid().value(), "svm2"), "SMB_SERVER01"));
        assertEquals(Optional.empty(), storedServer());
        assertNoUsersNorGroups();
    }

    // What a new CIFS server brings, as in ONTAP

    @Test
    void brings_the_local_administrator_with_rid_500_disabled() {
        createCifsServer.create(SvmSelector.byName("svm1"), "smb_server01");

        LocalUser administrator = administrator();
        assertEquals("SMB_SERVER01\\Administrator", administrator.name().qualified());
        assertEquals(new Sid(DOMAIN_SID + "-500"), administrator.sid());
        assertEquals(Rid.ADMINISTRATOR, administrator.sid().rid());
        assertTrue(administrator.accountDisabled());
        assertTrue(administrator.isAdministrator());
        assertEquals(List.of(administrator), localUsers.all());
    }

    @Test
    void brings_the_five_builtin_groups_with_their_well_known_sids() {
        createCifsServer.create(SvmSelector.byName("svm1"), "SMB_SERVER01");

        assertEquals(List.of(
                        "BUILTIN\\Administrators S-1-5-32-544",
                        "BUILTIN\\Users S-1-5-32-545",
                        "BUILTIN\\Guests S-1-5-32-546",
                        "BUILTIN\\Power Users S-1-5-32-547",
                        "BUILTIN\\Backup Operators S-1-5-32-551"),
                localGroups.ofSvm(svm1.uuid()).stream().map(group -> group.name().qualified() + " " + group.sid()).toList());
        assertTrue(localGroups.ofSvm(svm1.uuid()).stream().allMatch(group -> group.name().isBuiltin()));
        assertTrue(localGroups.ofSvm(svm1.uuid()).stream().allMatch(group -> group.svm().equals(svm1.uuid())));
    }

    @Test
    void makes_the_administrator_a_member_of_builtin_administrators_only() {
        createCifsServer.create(SvmSelector.byName("svm1"), "SMB_SERVER01");
        Sid administrator = administrator().sid();

        for (BuiltinGroup builtin : BuiltinGroup.values()) {
            LocalGroup group = localGroups.stored(svm1.uuid(), builtin.sid());
            assertEquals(builtin == BuiltinGroup.ADMINISTRATORS ? Set.of(administrator) : Set.of(), group.members(),
                    builtin.name());
        }
    }

    @Test
    void shows_the_administrator_in_builtin_administrators_from_both_sides() {
        createCifsServer.create(SvmSelector.byName("svm1"), "SMB_SERVER01");

        LocalUserView administrator = new GetLocalUser(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers)).get(svm1.uuid().value(), DOMAIN_SID + "-500");
        LocalGroupView administrators = new GetLocalGroup(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers)).get(svm1.uuid().value(), "S-1-5-32-544");

        assertEquals(List.of(new LocalUserView.Membership("BUILTIN\\Administrators", "S-1-5-32-544")), administrator.membership());
        assertEquals(List.of(new LocalGroupView.Member("SMB_SERVER01\\Administrator", DOMAIN_SID + "-500")), administrators.members());
    }

    @Test
    void hashes_an_administrator_password_through_the_port_once() {
        createCifsServer.create(SvmSelector.byName("svm1"), "SMB_SERVER01");

        assertEquals(1, hasher.uses());
        assertEquals(FakeCredentialHasher.SCHEME, administrator().credential().scheme());
    }

    @Test
    void gives_the_administrator_a_credential_nothing_in_the_request_or_the_store_derives() {
        createCifsServer.create(SvmSelector.byName("svm1"), "SMB_SERVER01");
        LocalUser administrator = administrator();

        List<String> known = List.of("", "Administrator", "administrator", "SMB_SERVER01", "SMB_SERVER01\\Administrator",
                "svm1", svm1.uuid().value(), DOMAIN_SID, administrator.sid().value(), String.valueOf(administrator.description()),
                LocalUserDraftBuilder.VALID_PASSWORD, "0".repeat(64), "00".repeat(16), "Password1", "P@ssw0rd");
        for (String text : known) {
            assertNotEquals(FakeCredentialHasher.expectedFor(text), administrator.credential(), "the hash of \"" + text + "\"");
        }
        assertNotEquals(LocalUserBuilder.DEFAULT_CREDENTIAL, administrator.credential());
    }

    @Test
    void gives_the_administrators_of_two_identical_requests_different_credentials() {
        Svm twin = aDataSvm().named("svm1").withUuid(svm1.uuid().value()).withDomainSid(DOMAIN_SID).withoutCifsServer().build();
        InMemoryLocalUsers twinUsers = new InMemoryLocalUsers();
        new CreateCifsServer(new InMemorySvms(twin), twinUsers, new InMemoryLocalGroups(), new FakeCredentialHasher(),
                new SecureRandom()).create(SvmSelector.byName("svm1"), "SMB_SERVER01");

        createCifsServer.create(SvmSelector.byName("svm1"), "SMB_SERVER01");

        LocalUser twinAdministrator = twinUsers.withSid(twin.uuid(), new Sid(DOMAIN_SID + "-500")).orElseThrow();
        assertEquals(twinAdministrator.name(), administrator().name());
        assertEquals(twinAdministrator.sid(), administrator().sid());
        assertNotEquals(twinAdministrator.credential(), administrator().credential());
    }

    @Test
    void leaves_the_users_and_groups_of_other_svms_alone() {
        Svm svm2 = aCifsSvm().named("svm2").withCifsServer("SMB_SERVER02").build();
        svms.add(svm2);
        LocalUser casey = aLocalUser().on(svm2).named("casey").withRid(1000).build();
        localUsers.add(casey);

        createCifsServer.create(SvmSelector.byName("svm1"), "SMB_SERVER01");

        assertEquals(List.of(casey), localUsers.ofSvm(svm2.uuid()));
        assertEquals(List.of(), localGroups.ofSvm(svm2.uuid()));
        assertEquals(1, localUsers.ofSvm(svm1.uuid()).size());
    }
}
