package org.gatewayusers.rest.ontap;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The pause before a refusal made without a password check: its length, none when zero, and its bound. */
class RefusalDelayTest {

    private static long millis(Runnable action) {
        long started = System.nanoTime();
        action.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Test
    void waits_the_delay() {
        assertTrue(millis(new RefusalDelay(Duration.ofMillis(200), 4)::pause) >= 190);
    }

    @Test
    void a_zero_delay_or_a_full_bound_answers_at_once() {
        assertTrue(millis(new RefusalDelay(Duration.ZERO, 4)::pause) < 100);
        assertTrue(millis(new RefusalDelay(Duration.ofSeconds(30), 0)::pause) < 100);
    }

    @Test
    void refuses_a_negative_delay() {
        assertThrows(IllegalArgumentException.class, () -> new RefusalDelay(Duration.ofMillis(-1), 1));
    }
}
