package org.gatewayusers.persistence.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.shared.Password;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The expected hashes were computed outside Java: {@code iconv -t UTF-16LE | openssl dgst -md4}. */
class NtHashCredentialHasherTest {

    private final NtHashCredentialHasher hasher = new NtHashCredentialHasher();

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            ''        | 31D6CFE0D16AE931B73C59D7E0C089C0
            password  | 8846F7EAEE8FB117AD06BDD830B7586C
            Password  | A4F49C406510BDCAB6824EE7C30FD852
            123456    | 32ED87BDB5FDC5E9CBA88547376818D4
            P@ssw0rd  | E19CCF75EE54E06B06A5907AF13CEF42
            """)
    void gives_the_well_known_nt_hash_of_an_ascii_password(String plaintext, String ntHash) {
        assertEquals(ntHash, hasher.hash(Password.of(plaintext)).value());
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            pässwörd     | 0553152250AC01ADB4213CB9938663E4
            Ünïcødé€     | 8B4A54637C40C7B7ABCE194036755112
            密码Mima1     | 19FBC3FDA94C9F4CC8CAAE5D8680110E
            \uD834\uDD1Emusic1 | 51AEF4B1056AD0253ED5FA103B9DA807
            """)
    void hashes_a_non_ascii_password_as_utf_16_little_endian(String plaintext, String ntHash) {
        assertEquals(ntHash, hasher.hash(Password.of(plaintext)).value());
    }

    @Test
    void does_not_hash_the_utf_8_bytes_of_a_non_ascii_password() {
        // MD4 over the UTF-8 bytes of "pässwörd", which a careless implementation would produce
        assertNotEquals("84C1A6A379EAD788B7832B658CE73DA8", hasher.hash(Password.of("pässwörd")).value());
    }

    @Test
    void labels_the_hash_with_the_nt_scheme() {
        CredentialHash hash = hasher.hash(Password.of("password"));

        assertEquals("NT", hash.scheme());
        assertEquals(NtHashCredentialHasher.SCHEME, hash.scheme());
    }

    @Test
    void writes_the_digest_as_32_upper_case_hex_digits() {
        String value = hasher.hash(Password.of("Zebra-42-correct")).value();

        assertTrue(value.matches("[0-9A-F]{32}"), value);
    }

    @Test
    void gives_the_same_hash_for_the_same_password_every_time() {
        assertEquals(hasher.hash(Password.of("S3cret!pw")), hasher.hash(Password.of("S3cret!pw")));
    }

    @Test
    void tells_passwords_apart_that_differ_only_in_case() {
        assertNotEquals(hasher.hash(Password.of("Password1")).value(), hasher.hash(Password.of("password1")).value());
    }

    @Test
    void never_carries_the_plaintext_in_the_result() {
        String plaintext = "ABCDEF0123";
        CredentialHash hash = hasher.hash(Password.of(plaintext));

        assertFalse(hash.value().contains(plaintext), hash.value());
        assertFalse(hash.toString().contains(plaintext), hash.toString());
    }

    @Test
    void masks_the_hash_when_printed() {
        CredentialHash hash = hasher.hash(Password.of("password"));

        assertFalse(hash.toString().contains(hash.value()), hash.toString());
        assertTrue(hash.toString().contains("****"), hash.toString());
    }
}
