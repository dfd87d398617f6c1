package org.gatewayusers.persistence.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.gatewayusers.application.shared.Settings;
import org.gatewayusers.domain.access.AccessDecision;
import org.gatewayusers.domain.access.AccessKey;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Operators' keys as SQL seeds them, read on EclipseLink and the migrated schema in H2. */
class JpaAccessKeysTest {

    private static final String OPS_SECRET = "ops-secret-value";

    private final InMemoryDatabase db = InMemoryDatabase.migrated();

    @TempDir
    Path directory;

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private JpaAccessKeys keys(EntityManager em) {
        JpaAccessKeys keys = new JpaAccessKeys();
        keys.em = em;
        keys.configured = ConfiguredAccessKeys.from(new Settings(name -> Optional.empty()), directory);
        return keys;
    }

    private void sql(String statement, Object... parameters) {
        db.inTransaction(em -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    private void seedOperatorKey() {
        sql("INSERT INTO access_key (id, secret, account_id, enabled) VALUES ('ops-key', ?, '1000000000000001', TRUE)", OPS_SECRET);
        sql("INSERT INTO access_key_policy (access_key_id, policy_name, document) VALUES ('ops-key', 'a-sgw-users', ?)",
                "{\"Version\": \"1\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"hcs-sgw:*GatewaySMBUser*\","
                        + " \"Resource\": \"acs:hcs-sgw:*:1000000000000001:gateway/*\"}]}");
        sql("INSERT INTO access_key_policy (access_key_id, policy_name, document) VALUES ('ops-key', 'b-no-deletes', ?)",
                "{\"Version\": \"1\", \"Statement\": [{\"Effect\": \"Deny\", \"Action\": \"hcs-sgw:Delete*\", \"Resource\": \"*\"}]}");
    }

    private Optional<AccessKey> find(String id) {
        return db.fromTransaction(em -> keys(em).withId(id));
    }

    @Test
    void finds_an_operator_key_seeded_by_sql_with_every_policy_bound_to_it() {
        seedOperatorKey();

        AccessKey key = find("ops-key").orElseThrow();

        assertEquals(OPS_SECRET, key.secret().reveal());
        assertEquals("1000000000000001", key.accountId());
        assertTrue(key.enabled());
        assertEquals(2, key.permissions().policies().size());
        String gateway = "acs:hcs-sgw:cn-shanghai:1000000000000001:gateway/gw-1";
        assertEquals(AccessDecision.ALLOWED, key.decide("hcs-sgw:CreateGatewaySMBUser", gateway));
        assertEquals(AccessDecision.DENIED_EXPLICITLY, key.decide("hcs-sgw:DeleteGatewaySMBUser", gateway));
        assertEquals(AccessDecision.NOT_ALLOWED, key.decide("hcs-sgw:CreateGatewaySMBUser",
                "acs:hcs-sgw:cn-shanghai:2000000000000002:gateway/gw-1"));
    }

    @Test
    void finds_a_disabled_key_as_disabled() {
        sql("INSERT INTO access_key (id, secret, account_id, enabled) VALUES ('off-key', 's', '1', FALSE)");

        assertFalse(find("off-key").orElseThrow().enabled());
    }

    @Test
    void a_key_without_policies_may_do_nothing() {
        sql("INSERT INTO access_key (id, secret, account_id, enabled) VALUES ('bare-key', 's', '1', TRUE)");

        assertEquals(AccessDecision.NOT_ALLOWED, find("bare-key").orElseThrow().decide("hcs-sgw:DescribeTasks", "*"));
    }

    @Test
    void finds_nothing_for_an_unknown_key() {
        seedOperatorKey();

        assertTrue(find("nobody").isEmpty());
        assertTrue(find("OPS-KEY").isEmpty());
    }

    @Test
    void finds_the_demo_key_of_the_configuration_before_the_table() {
        sql("INSERT INTO access_key (id, secret, account_id, enabled) VALUES ('demo-access-key', 'stored', '1', FALSE)");

        AccessKey demo = find("demo-access-key").orElseThrow();

        assertEquals("demo-access-secret", demo.secret().reveal());
        assertTrue(demo.enabled());
    }

    @Test
    void refuses_a_key_whose_stored_policy_cannot_be_read_naming_key_and_policy_but_no_secret() {
        seedOperatorKey();
        sql("INSERT INTO access_key_policy (access_key_id, policy_name, document) VALUES ('ops-key', 'c-broken', ?)",
                "{\"Version\": \"1\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\", \"Condition\": {}}]}");

        IllegalStateException fault = assertThrows(IllegalStateException.class, () -> find("ops-key"));

        assertTrue(fault.getMessage().contains("'c-broken'") && fault.getMessage().contains("'ops-key'"), fault.getMessage());
        assertTrue(fault.getMessage().contains("Statement[0].Condition"), fault.getMessage());
        assertFalse(fault.getMessage().contains(OPS_SECRET), fault.getMessage());
    }

    @Test
    void drops_the_policies_of_a_deleted_key() {
        seedOperatorKey();

        sql("DELETE FROM access_key WHERE id = 'ops-key'");

        assertEquals("0", db.query("SELECT COUNT(*) FROM access_key_policy").get(0));
    }

    @Test
    void refuses_a_policy_of_a_key_that_does_not_exist() {
        assertThrows(RuntimeException.class, () -> sql(
                "INSERT INTO access_key_policy (access_key_id, policy_name, document) VALUES ('nobody', 'p', '{}')"));
    }

    @Test
    void refuses_a_key_with_an_empty_secret_or_a_blank_id() {
        assertThrows(RuntimeException.class, () -> sql("INSERT INTO access_key (id, secret, account_id, enabled) VALUES ('k', '', '1', TRUE)"));
        assertThrows(RuntimeException.class, () -> sql("INSERT INTO access_key (id, secret, account_id, enabled) VALUES (' ', 's', '1', TRUE)"));
    }
}
