package org.gatewayusers.domain.smartag;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.gatewayusers.domain.shared.Password;
import org.junit.jupiter.api.Test;

class ClientPasswordGeneratorTest {

    @Test
    void every_generated_password_obeys_the_password_rules() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 2_000; i++) {
            Password password = ClientPasswordGenerator.generate(random);
            assertDoesNotThrow(() -> SagPasswordRules.check(password), password.reveal());
        }
    }

    @Test
    void has_sixteen_characters_with_an_upper_case_letter_a_lower_case_letter_and_a_digit() {
        String plaintext = ClientPasswordGenerator.generate(new SecureRandom()).reveal();

        assertEquals(16, plaintext.length());
        assertTrue(plaintext.chars().anyMatch(Character::isUpperCase), plaintext);
        assertTrue(plaintext.chars().anyMatch(Character::isLowerCase), plaintext);
        assertTrue(plaintext.chars().anyMatch(Character::isDigit), plaintext);
    }

    @Test
    void draws_a_new_password_each_time() {
        SecureRandom random = new SecureRandom();
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            drawn.add(ClientPasswordGenerator.generate(random).reveal());
        }
        assertEquals(500, drawn.size());
    }

    @Test
    void never_prints_itself() {
        Password password = ClientPasswordGenerator.generate(new SplittableRandom(1));

        assertTrue(!password.toString().contains(password.reveal()), password.toString());
    }
}
