package org.gatewayusers.persistence.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.shared.Password;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PBKDF2-HMAC-SHA256 for the accounts that log in: salted, slow, UTF-8, and checked against the RFC's vectors. */
class Pbkdf2AccountPasswordHasherTest {

    /** Few iterations: the count is stored with each hash, so the checks below hold for any. */
    private final Pbkdf2AccountPasswordHasher hasher = new Pbkdf2AccountPasswordHasher(1000);

    @Test
    void a_hash_matches_its_password_only() {
        CredentialHash hash = hasher.hash(Password.of("Pässwörd-Ωmega-密码-1"));

        assertTrue(hasher.matches(Password.of("Pässwörd-Ωmega-密码-1"), hash));
        assertFalse(hasher.matches(Password.of("Passwörd-Ωmega-密码-1"), hash));
        assertFalse(hasher.matches(Password.of(""), hash));
    }

    @Test
    void the_same_password_hashes_differently_each_time_and_never_holds_it() {
        CredentialHash first = hasher.hash(Password.of("netapp1!"));
        CredentialHash second = hasher.hash(Password.of("netapp1!"));

        assertNotEquals(first, second, "a random salt each time");
        assertEquals(Pbkdf2AccountPasswordHasher.SCHEME, first.scheme());
        assertTrue(first.value().matches("1000\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+"), first.value());
        assertFalse(first.value().contains("netapp1!"));
    }

    @Test
    void uses_600000_iterations_by_default() {
        assertEquals(600_000, Pbkdf2AccountPasswordHasher.ITERATIONS);
    }

    /** RFC 7914, section 11: PBKDF2-HMAC-SHA256 ("passwd", "salt", 1 iteration, 64 bytes), first 32 bytes. */
    @Test
    void derives_the_key_of_the_published_test_vector() {
        String salt = java.util.Base64.getEncoder().encodeToString("salt".getBytes());
        String key = java.util.Base64.getEncoder().encodeToString(HexFormat.of()
                .parseHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"));
        assertTrue(hasher.matches(Password.of("passwd"), new CredentialHash("PBKDF2-SHA256", "1$" + salt + "$" + key)));
    }

    /** Hashes stored before the JDK's PBKDF2 replaced BouncyCastle's still match: the same UTF-8 bytes, the same key. */
    @ParameterizedTest
    @ValueSource(strings = {"", "netapp1!", "Pässwörd-Ωmega-密码-1", "emoji 😀 and tab\t"})
    void a_hash_made_by_bouncycastle_still_matches(String password) {
        byte[] salt = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
        PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
        generator.init(password.getBytes(StandardCharsets.UTF_8), salt, 1000);
        byte[] key = ((KeyParameter) generator.generateDerivedMacParameters(256)).getKey();
        Base64.Encoder base64 = Base64.getEncoder();
        CredentialHash stored = new CredentialHash("PBKDF2-SHA256",
                "1000$" + base64.encodeToString(salt) + "$" + base64.encodeToString(key));

        assertTrue(hasher.matches(Password.of(password), stored));
        assertFalse(hasher.matches(Password.of(password + "x"), stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1000", "x$y$z", "0$c2FsdA==$a2V5", "99999999$c2FsdA==$a2V5", "1000$not base64!$a2V5"})
    void a_malformed_stored_hash_matches_nothing(String value) {
        assertFalse(hasher.matches(Password.of("passwd"), new CredentialHash("PBKDF2-SHA256", value.isEmpty() ? "-" : value)));
    }

    @Test
    void a_hash_of_another_scheme_matches_nothing() {
        assertFalse(hasher.matches(Password.of("passwd"), new CredentialHash("NT", "8846F7EAEE8FB117AD06BDD830B7586C")));
    }
}
