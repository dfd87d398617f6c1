package org.gatewayusers.persistence.access;

import static org.gatewayusers.persistence.access.AccessStore.accounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.application.access.ApiAccountField;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.access.AccessRejection;
import org.gatewayusers.domain.access.ApiAccount;
import org.gatewayusers.domain.access.ApiAccountName;
import org.gatewayusers.domain.access.ApiRole;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stored ONTAP API accounts on EclipseLink and the migrated schema (V6), in H2. */
class JpaApiAccountsTest {

    private static final CredentialHash HASH = new CredentialHash("PBKDF2-SHA256", "600000$c2FsdA==$a2V5");
    private final InMemoryDatabase db = InMemoryDatabase.migrated();

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private static ApiAccount account(String name, ApiRole role) {
        return ApiAccount.register(new ApiAccountName(name), role, HASH);
    }

    @Test
    void stores_an_account_and_reads_it_back_with_its_role_and_hash() {
        db.inTransaction(em -> accounts(em).add(account("bjørn", ApiRole.READONLY)));

        ApiAccount read = db.fromTransaction(em -> accounts(em).named(new ApiAccountName("bjørn"))).orElseThrow();

        assertEquals("bjørn", read.name().value());
        assertEquals(ApiRole.READONLY, read.role());
        assertEquals(HASH, read.credential());
        assertEquals(List.of("readonly"), db.query("SELECT role_name FROM ontap_api_account"));
    }

    @Test
    void refuses_a_second_account_of_the_same_name_as_account_exists() {
        db.inTransaction(em -> accounts(em).add(account("ops", ApiRole.ADMIN)));

        AccessRejection rejection = assertThrows(AccessRejection.class,
                () -> db.inTransaction(em -> accounts(em).add(account("ops", ApiRole.READONLY))));

        assertEquals(AccessRejection.Reason.ACCOUNT_EXISTS, rejection.reason());
    }

    @Test
    void lists_by_name_updates_and_removes() {
        db.inTransaction(em -> accounts(em).add(account("zed", ApiRole.ADMIN)));
        db.inTransaction(em -> accounts(em).add(account("amy", ApiRole.READONLY)));
        assertEquals(List.of("amy", "zed"),
                db.fromTransaction(em -> accounts(em).find(new RecordQuery<>(List.of(),
                        List.of(new RecordQuery.SortKey<>(ApiAccountField.NAME, false)), null, 10), Instant.now())).stream().map(a -> a.name().value()).toList());

        CredentialHash other = new CredentialHash("PBKDF2-SHA256", "600000$b3RoZXI=$a2V5Mg==");
        db.inTransaction(em -> accounts(em).update(account("amy", ApiRole.READONLY).withRole(ApiRole.ADMIN).withCredential(other)));
        ApiAccount amy = db.fromTransaction(em -> accounts(em).named(new ApiAccountName("amy"))).orElseThrow();
        assertEquals(ApiRole.ADMIN, amy.role());
        assertEquals(other, amy.credential());

        db.inTransaction(em -> accounts(em).remove(amy));
        assertEquals(Optional.empty(), db.fromTransaction(em -> accounts(em).named(new ApiAccountName("amy"))));
    }

    @Test
    void the_schema_refuses_an_unknown_role() {
        assertThrows(RuntimeException.class, () -> db.inTransaction(em -> em.createNativeQuery(
                "INSERT INTO ontap_api_account (name, role_name, credential_scheme, credential_hash) VALUES ('x', 'root', 's', 'h')")
                .executeUpdate()));
        assertTrue(db.query("SELECT name FROM ontap_api_account").isEmpty());
    }
}
