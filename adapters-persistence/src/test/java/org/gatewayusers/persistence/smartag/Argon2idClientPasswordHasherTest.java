package org.gatewayusers.persistence.smartag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import org.gatewayusers.application.shared.Settings;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.shared.Password;
import org.gatewayusers.persistence.smartag.Argon2idClientPasswordHasher.Cost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Argon2id through BouncyCastle, as PHC strings. The reference value is the one the reference implementation
 * (phc-winner-argon2) gives for "password" and the salt "somesalt" with m=65536, t=2, p=1.
 */
class Argon2idClientPasswordHasherTest {

    private static final String REFERENCE =
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
    private static final Cost CHEAP = new Cost(64, 1, 1);

    private final Argon2idClientPasswordHasher hasher = new Argon2idClientPasswordHasher(CHEAP, new SecureRandom());

    @Test
    void gives_the_reference_implementations_hash() {
        Argon2idClientPasswordHasher reference =
                new Argon2idClientPasswordHasher(new Cost(65_536, 2, 1), new SecureRandom());

        CredentialHash hash = reference.hash(Password.of("password"), "somesalt".getBytes(StandardCharsets.US_ASCII));

        assertEquals(new CredentialHash("ARGON2ID", REFERENCE), hash);
    }

    @Test
    void verifies_a_hash_of_the_reference_implementation_with_the_cost_written_in_it() {
        CredentialHash reference = new CredentialHash("ARGON2ID", REFERENCE);

        assertTrue(hasher.matches(Password.of("password"), reference));
        assertFalse(hasher.matches(Password.of("Password"), reference));
    }

    @Test
    void writes_a_phc_string_with_its_cost_a_16_byte_salt_and_a_32_byte_tag() {
        CredentialHash hash = hasher.hash(Password.of("duuf1234"));

        assertEquals("ARGON2ID", hash.scheme());
        assertTrue(hash.value().matches("\\$argon2id\\$v=19\\$m=64,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"),
                hash.value());
    }

    @Test
    void verifies_its_own_hashes() {
        CredentialHash hash = hasher.hash(Password.of("duuf1234"));

        assertTrue(hasher.matches(Password.of("duuf1234"), hash));
        assertFalse(hasher.matches(Password.of("duuf12345"), hash));
        assertFalse(hasher.matches(Password.of(""), hash));
    }

    @Test
    void salts_each_hash_anew() {
        assertNotEquals(hasher.hash(Password.of("duuf1234")), hasher.hash(Password.of("duuf1234")));
    }

    @Test
    void a_hash_made_at_another_cost_still_verifies() {
        CredentialHash older = new Argon2idClientPasswordHasher(new Cost(32, 2, 2), new SecureRandom())
                .hash(Password.of("duuf1234"));

        assertTrue(hasher.matches(Password.of("duuf1234"), older));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-hash", "$argon2i$v=19$m=64,t=1,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=16$m=64,t=1,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=1,t=1,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=64,t=0,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=99999999,t=1,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"})
    void a_malformed_or_foreign_hash_matches_nothing(String value) {
        if (value.isEmpty()) {
            assertFalse(hasher.matches(Password.of("password"), new CredentialHash("ARGON2ID", "x")));
            return;
        }
        assertFalse(hasher.matches(Password.of("password"), new CredentialHash("ARGON2ID", value)));
    }

    @Test
    void a_hash_of_another_scheme_matches_nothing() {
        assertFalse(hasher.matches(Password.of("password"), new CredentialHash("NT", "8846F7EAEE8FB117AD06BDD830B7586C")));
    }

    @Test
    void never_carries_the_plaintext_and_masks_itself_when_printed() {
        CredentialHash hash = hasher.hash(Password.of("duuf1234duuf1234"));

        assertFalse(hash.value().contains("duuf1234"));
        assertFalse(hash.toString().contains(hash.value()));
    }

    // The cost, from the settings

    @Test
    void takes_owasps_minimum_when_nothing_is_set() {
        assertEquals(new Cost(19_456, 2, 1), Cost.from(settings(Map.of())));
        assertEquals(Cost.DEFAULT, Cost.from(new Settings(name -> Optional.of(" "))));
    }

    @Test
    void reads_the_cost_from_the_settings() {
        Map<String, String> environment = Map.of("ARGON2_MEMORY_KIB", "65536", "ARGON2_ITERATIONS", " 3 ",
                "ARGON2_PARALLELISM", "4");

        assertEquals(new Cost(65_536, 3, 4), Cost.from(settings(environment)));
    }

    @Test
    void refuses_a_cost_that_is_not_a_number_or_out_of_bounds() {
        assertThrows(IllegalStateException.class,
                () -> Cost.from(settings(Map.of("ARGON2_MEMORY_KIB", "lots"))));
        assertThrows(IllegalArgumentException.class,
                () -> Cost.from(settings(Map.of("ARGON2_ITERATIONS", "0"))));
        assertThrows(IllegalArgumentException.class,
                () -> Cost.from(settings(Map.of("ARGON2_PARALLELISM", "0"))));
        assertThrows(IllegalArgumentException.class, () -> new Cost(15, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Cost(8 * 1024 * 1024, 1, 1));
    }

    @Test
    void the_hasher_cdi_builds_reads_the_settings() {
        Settings settings = settings(Map.of("ARGON2_ITERATIONS", "3"));
        assertEquals(new Cost(19_456, 3, 1), new Argon2idClientPasswordHasher(settings).cost());
    }

    private static Settings settings(Map<String, String> values) {
        return new Settings(name -> Optional.ofNullable(values.get(name)));
    }
}
