package org.gatewayusers.persistence.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Used nonces in the shared table: the primary key refuses a second use, on EclipseLink and H2. */
class JpaSignatureNoncesTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");
    private static final Instant UNTIL = NOW.plus(Duration.ofMinutes(15));

    private final InMemoryDatabase db = InMemoryDatabase.migrated();

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private static JpaSignatureNonces nonces(EntityManager em) {
        JpaSignatureNonces nonces = new JpaSignatureNonces();
        nonces.em = em;
        return nonces;
    }

    /** Claims in a transaction of its own, as a request does; a refused claim leaves its transaction to roll back. */
    private boolean claim(String key, String nonce, Instant now, Instant until) {
        boolean[] claimed = new boolean[1];
        try {
            db.inTransaction(em -> claimed[0] = nonces(em).claim(key, nonce, now, until));
        } catch (RuntimeException rolledBack) {
            if (claimed[0]) {
                throw rolledBack;
            }
        }
        return claimed[0];
    }

    @Test
    void claims_a_new_nonce_and_remembers_it_until_its_time() {
        assertTrue(claim("ak", "n-1", NOW, UNTIL));

        assertEquals(List.of("ak|n-1|" + UNTIL.getEpochSecond()),
                db.query("SELECT access_key_id || '|' || nonce || '|' || remember_until FROM signature_nonce"));
    }

    @Test
    void refuses_a_nonce_claimed_before_by_the_unique_key_of_the_table() {
        assertTrue(claim("ak", "n-1", NOW, UNTIL));

        assertFalse(claim("ak", "n-1", NOW.plusSeconds(60), UNTIL.plusSeconds(60)));
        assertEquals(List.of("1"), db.query("SELECT COUNT(*) FROM signature_nonce"));
    }

    @Test
    void takes_the_same_nonce_from_another_key() {
        assertTrue(claim("ak", "n-1", NOW, UNTIL));

        assertTrue(claim("other", "n-1", NOW, UNTIL));
    }

    @Test
    void takes_a_nonce_again_once_it_is_no_longer_remembered() {
        assertTrue(claim("ak", "n-1", NOW, UNTIL));

        assertFalse(claim("ak", "n-1", UNTIL.minusSeconds(1), UNTIL.plusSeconds(900)));
        assertTrue(claim("ak", "n-1", UNTIL, UNTIL.plusSeconds(900)));
        assertEquals(List.of(String.valueOf(UNTIL.plusSeconds(900).getEpochSecond())),
                db.query("SELECT remember_until FROM signature_nonce"));
    }

    @Test
    void forgets_only_the_nonces_past_their_time() {
        claim("ak", "old", NOW, NOW.plusSeconds(10));
        claim("ak", "new", NOW, UNTIL);

        int forgotten = db.fromTransaction(em -> nonces(em).forgetExpired(NOW.plusSeconds(10)));

        assertEquals(1, forgotten);
        assertEquals(List.of("new"), db.query("SELECT nonce FROM signature_nonce"));
    }

    @Test
    void keeps_a_nonce_of_the_longest_form_a_client_may_send() {
        String uuidNonce = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
        String longest = "n".repeat(255);

        assertTrue(claim("ak", uuidNonce, NOW, UNTIL));
        assertTrue(claim("ak", longest, NOW, UNTIL));
        assertFalse(claim("ak", longest, NOW, UNTIL));
    }
}
