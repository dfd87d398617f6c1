package org.gatewayusers.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An NT hash is password-equivalent for SMB, so a credential hash is masked like a password. */
class CredentialHashTest {

    private static final String NT_HASH = "8846F7EAEE8FB117AD06BDD830B7586C";

    @Test
    void shows_its_scheme_but_masks_its_value_when_printed() {
        CredentialHash hash = new CredentialHash("NT", NT_HASH);

        assertFalse(hash.toString().contains(NT_HASH), hash.toString());
        assertFalse(hash.toString().contains(NT_HASH.toLowerCase(java.util.Locale.ROOT)), hash.toString());
        assertTrue(hash.toString().contains("NT"), hash.toString());
        assertTrue(hash.toString().contains("****"), hash.toString());
    }

    @Test
    void keeps_its_value_for_the_store() {
        assertEquals(NT_HASH, new CredentialHash("NT", NT_HASH).value());
        assertEquals("NT", new CredentialHash("NT", NT_HASH).scheme());
    }

    @ParameterizedTest(name = "[{index}] scheme=\"{0}\" value=\"{1}\"")
    @CsvSource({"'', abc", "' ', abc", "NT, ''", "NT, '  '"})
    void needs_a_scheme_and_a_value(String scheme, String value) {
        assertThrows(IllegalArgumentException.class, () -> new CredentialHash(scheme, value));
    }

    @Test
    void cannot_be_made_from_nothing() {
        assertThrows(NullPointerException.class, () -> new CredentialHash(null, NT_HASH));
        assertThrows(NullPointerException.class, () -> new CredentialHash("NT", null));
    }
}
