package org.gatewayusers.persistence.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.aFileGateway;
import static org.gatewayusers.domain.sgw.StorageBundleBuilder.aStorageBundle;
import static org.gatewayusers.persistence.sgw.SgwStore.bundles;
import static org.gatewayusers.persistence.sgw.SgwStore.gateways;
import static org.gatewayusers.persistence.sgw.SgwStore.smbUsers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayId;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.SmbUser;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.gatewayusers.domain.sgw.StorageBundle;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SMB users repository on EclipseLink and the migrated schema, in H2. */
class JpaSmbUsersTest {

    private static final CredentialHash NT_HASH = new CredentialHash("NT", "209C6174DA490CAEB422F3FA5A7AE634");

    private final InMemoryDatabase db = InMemoryDatabase.migrated();
    private final StorageBundle bundle = aStorageBundle().build();
    private final Gateway gateway = aFileGateway().in(bundle).named("gw1").build();
    private final Gateway otherGateway = aFileGateway().in(bundle).named("gw2").build();

    JpaSmbUsersTest() {
        db.inTransaction(em -> {
            bundles(em).add(bundle);
            gateways(em).add(gateway);
            gateways(em).add(otherGateway);
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private SmbUser user(Gateway on, String name) {
        return SmbUser.create(on, new SmbUserName(name), NT_HASH);
    }

    private void add(SmbUser user) {
        db.inTransaction(em -> smbUsers(em).add(user));
    }

    private List<String> namesOn(Gateway on, int offset, int limit) {
        return db.fromTransaction(em -> smbUsers(em).ofGateway(on.id(), offset, limit)).stream()
                .map(found -> found.name().value()).toList();
    }

    @Test
    void finds_the_users_whose_names_contain_a_pattern_without_regard_to_case_wildcards_taken_literally() {
        for (String name : java.util.List.of("alex", "Malek", "bob", "a_b", "axb")) {
            add(user(gateway, name));
        }

        java.util.function.Function<String, List<String>> matching = text -> db.fromTransaction(em -> smbUsers(em)
                .matching(gateway.id(), new org.gatewayusers.domain.sgw.SmbUserNamePattern(text), 0, 50)).stream()
                .map(found -> found.name().value()).toList();

        assertEquals(List.of("alex", "Malek"), matching.apply("ALE"));
        assertEquals(List.of("a_b"), matching.apply("_"));
        assertEquals(List.of(), matching.apply("%"));
        assertEquals(2L, (long) db.fromTransaction(em -> smbUsers(em).countMatching(gateway.id(),
                new org.gatewayusers.domain.sgw.SmbUserNamePattern("le"))));
        assertEquals(List.of("Malek"), db.fromTransaction(em -> smbUsers(em).matching(gateway.id(),
                new org.gatewayusers.domain.sgw.SmbUserNamePattern("le"), 1, 5)).stream().map(u -> u.name().value()).toList());
    }

    @Test
    void adds_a_user_and_finds_it_in_any_case_as_it_was() {
        add(user(gateway, "Alex_1"));

        SmbUser found = db.fromTransaction(em -> smbUsers(em).named(gateway.id(), new SmbUserName("ALEX_1"))).orElseThrow();

        assertEquals(gateway.id(), found.gateway());
        assertEquals("Alex_1", found.name().value());
        assertEquals(NT_HASH, found.credential());
    }

    @Test
    void stores_the_nt_hash_and_the_upper_case_key_beside_the_name_as_written() {
        add(user(gateway, "Alex_1"));

        assertEquals(List.of("Alex_1|ALEX_1|NT|209C6174DA490CAEB422F3FA5A7AE634"), db.query(
                "SELECT name || '|' || name_key || '|' || credential_scheme || '|' || credential_hash FROM sgw_smb_user"));
    }

    @Test
    void knows_a_taken_name_in_any_case_and_only_on_its_own_gateway() {
        add(user(gateway, "alex"));

        assertTrue((boolean) db.fromTransaction(em -> smbUsers(em).existsNamed(gateway.id(), new SmbUserName("Alex"))));
        assertFalse((boolean) db.fromTransaction(em -> smbUsers(em).existsNamed(gateway.id(), new SmbUserName("blake"))));
        assertFalse((boolean) db.fromTransaction(em -> smbUsers(em).existsNamed(otherGateway.id(), new SmbUserName("alex"))));
    }

    @Test
    void refuses_a_second_user_of_the_same_name_in_another_case_as_user_exists() {
        add(user(gateway, "alex"));

        SgwRejection rejection = assertThrows(SgwRejection.class, () -> add(user(gateway, "ALEX")));

        assertEquals(SgwRejection.Reason.USER_EXISTS, rejection.reason());
        assertEquals(Subject.SMB_USER_NAME, rejection.subject().orElseThrow());
        assertEquals(List.of("1"), db.query("SELECT COUNT(*) FROM sgw_smb_user"));
    }

    @Test
    void allows_the_same_name_on_another_gateway() {
        add(user(gateway, "alex"));
        add(user(otherGateway, "alex"));

        assertEquals(List.of("2"), db.query("SELECT COUNT(*) FROM sgw_smb_user"));
    }

    @Test
    void refuses_a_user_of_a_gateway_that_is_gone_as_gateway_not_found() {
        Gateway gone = aFileGateway().withId("gw-000eg44nmxbsfwbvq2ab").build();

        SgwRejection rejection = assertThrows(SgwRejection.class, () -> add(user(gone, "alex")));

        assertEquals(SgwRejection.Reason.GATEWAY_NOT_FOUND, rejection.reason());
    }

    @Test
    void lists_a_page_of_the_users_of_a_gateway_by_name_without_regard_to_case() {
        add(user(gateway, "casey"));
        add(user(gateway, "Blake"));
        add(user(gateway, "alex"));
        add(user(gateway, "Dana"));
        add(user(otherGateway, "aaron"));

        assertEquals(List.of("alex", "Blake", "casey", "Dana"), namesOn(gateway, 0, 10));
        assertEquals(List.of("casey"), namesOn(gateway, 2, 1));
        assertEquals(4L, (long) db.fromTransaction(em -> smbUsers(em).countOfGateway(gateway.id())));
        assertEquals(0L, (long) db.fromTransaction(em -> smbUsers(em).countOfGateway(new GatewayId("gw-000eg44nmxbsfwbvq2ab"))));
    }

    @Test
    void removes_a_user() {
        add(user(gateway, "alex"));
        add(user(gateway, "blake"));

        db.inTransaction(em -> smbUsers(em).remove(user(gateway, "ALEX")));

        assertEquals(List.of("blake"), namesOn(gateway, 0, 10));
    }

    @Test
    void removes_every_user_of_one_gateway_only() {
        add(user(gateway, "alex"));
        add(user(gateway, "blake"));
        add(user(otherGateway, "casey"));

        db.inTransaction(em -> smbUsers(em).removeAllOf(gateway.id()));

        assertEquals(List.of(), namesOn(gateway, 0, 10));
        assertEquals(List.of("casey"), namesOn(otherGateway, 0, 10));
    }

    @Test
    void forgets_removed_users_within_the_same_transaction() {
        add(user(gateway, "alex"));

        boolean stillThere = db.fromTransaction(em -> {
            smbUsers(em).named(gateway.id(), new SmbUserName("alex")).orElseThrow();
            smbUsers(em).removeAllOf(gateway.id());
            return smbUsers(em).existsNamed(gateway.id(), new SmbUserName("alex"));
        });

        assertFalse(stillThere);
    }
}
