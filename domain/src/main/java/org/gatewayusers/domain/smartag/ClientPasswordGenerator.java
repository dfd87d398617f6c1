package org.gatewayusers.domain.smartag;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.gatewayusers.domain.shared.Password;

/**
 * Draws the password of a client user the service names itself: 16 characters that obey {@link SagPasswordRules},
 * with at least one upper-case letter, one lower-case letter and one digit. Give it a secure random generator.
 */
public final class ClientPasswordGenerator {

    public static final int LENGTH = 16;
    static final String FIRST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static final String REST = FIRST + "_@-";

    private ClientPasswordGenerator() {
    }

    public static Password generate(RandomGenerator random) {
        while (true) {
            char[] drawn = new char[LENGTH];
            drawn[0] = FIRST.charAt(random.nextInt(FIRST.length()));
            for (int i = 1; i < LENGTH; i++) {
                drawn[i] = REST.charAt(random.nextInt(REST.length()));
            }
            String candidate = new String(drawn);
            Arrays.fill(drawn, '\0');
            if (candidate.chars().anyMatch(c -> c >= 'A' && c <= 'Z') && candidate.chars().anyMatch(c -> c >= 'a' && c <= 'z')
                    && candidate.chars().anyMatch(c -> c >= '0' && c <= '9')) {
                return Password.of(candidate);
            }
        }
    }
}
