package org.gatewayusers.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplayWindowTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");
    private final ReplayWindow window = ReplayWindow.FIFTEEN_MINUTES;

    @Test
    void admits_a_request_signed_up_to_15_minutes_before_or_after_now() {
        assertTrue(window.admits(NOW, NOW));
        assertTrue(window.admits(NOW.minus(Duration.ofMinutes(15)), NOW));
        assertTrue(window.admits(NOW.plus(Duration.ofMinutes(15)), NOW));
    }

    @Test
    void refuses_a_request_signed_more_than_15_minutes_away() {
        assertFalse(window.admits(NOW.minus(Duration.ofMinutes(15)).minusSeconds(1), NOW));
        assertFalse(window.admits(NOW.plus(Duration.ofMinutes(15)).plusSeconds(1), NOW));
    }

    @Test
    void remembers_a_nonce_15_minutes_after_it_was_seen() {
        assertEquals(NOW.plus(Duration.ofMinutes(15)), window.rememberUntil(NOW.minusSeconds(600), NOW));
    }

    @Test
    void remembers_a_nonce_as_long_as_a_request_signed_ahead_of_time_stays_on_time() {
        Instant ahead = NOW.plusSeconds(600);

        assertEquals(ahead.plus(Duration.ofMinutes(15)), window.rememberUntil(ahead, NOW));
    }

    @Test
    void is_longer_than_nothing() {
        assertThrows(IllegalArgumentException.class, () -> new ReplayWindow(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new ReplayWindow(Duration.ofSeconds(-1)));
    }
}
