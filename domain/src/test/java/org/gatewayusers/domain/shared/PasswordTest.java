package org.gatewayusers.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordTest {

    @ParameterizedTest
    @ValueSource(strings = {"Secr3t-pw", "hunter2", "Tr0ub4dor&3", "a\\b\"c", "Pass[word]1"})
    void never_shows_the_password_when_printed(String plaintext) {
        Password password = Password.of(plaintext);

        assertFalse(password.toString().contains(plaintext), password.toString());
        assertFalse(String.valueOf(password).contains(plaintext));
        assertFalse(("password=" + password).contains(plaintext));
        assertEquals("Password[****]", password.toString());
    }

    @Test
    void reveals_the_plaintext_to_policies_and_hashers() {
        assertEquals("Secr3t-pw", Password.of("Secr3t-pw").reveal());
    }

    @Test
    void counts_its_length_in_characters() {
        assertEquals(6, Password.of("Ab1!x\uD835\uDC9C").length());
    }

    @Test
    void equals_a_password_of_the_same_plaintext_only() {
        assertEquals(Password.of("Secr3t-pw"), Password.of("Secr3t-pw"));
        assertEquals(Password.of("Secr3t-pw").hashCode(), Password.of("Secr3t-pw").hashCode());
        assertNotEquals(Password.of("Secr3t-pw"), Password.of("secr3t-pw"));
    }

    @Test
    void cannot_be_made_from_nothing() {
        assertThrows(NullPointerException.class, () -> Password.of(null));
    }
}
