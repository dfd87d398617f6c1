package org.gatewayusers.application.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.domain.access.ReplayWindow;
import org.junit.jupiter.api.Test;

class GuardAgainstReplayTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");
    private final FixedClock clock = FixedClock.at(NOW);
    private final InMemorySignatureNonces nonces = new InMemorySignatureNonces();
    private final GuardAgainstReplay guard = new GuardAgainstReplay(nonces, clock, ReplayWindow.FIFTEEN_MINUTES);

    @Test
    void lets_a_request_on_time_with_a_new_nonce_through() {
        assertEquals(Freshness.FRESH, guard.check("ak", NOW.minusSeconds(5), "n-1"));
    }

    @Test
    void refuses_a_nonce_the_key_used_within_15_minutes() {
        guard.check("ak", NOW, "n-1");
        clock.advance(Duration.ofMinutes(14));

        assertEquals(Freshness.NONCE_USED, guard.check("ak", clock.now(), "n-1"));
    }

    @Test
    void takes_the_same_nonce_from_another_key() {
        guard.check("ak", NOW, "n-1");

        assertEquals(Freshness.FRESH, guard.check("other", NOW, "n-1"));
    }

    @Test
    void takes_a_nonce_again_once_the_window_has_passed() {
        guard.check("ak", NOW, "n-1");
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertEquals(Freshness.FRESH, guard.check("ak", clock.now(), "n-1"));
    }

    @Test
    void refuses_a_replay_of_a_request_signed_ahead_of_time_as_long_as_it_is_on_time() {
        Instant ahead = NOW.plus(Duration.ofMinutes(14));
        guard.check("ak", ahead, "n-1");
        clock.advance(Duration.ofMinutes(28));

        assertEquals(Freshness.NONCE_USED, guard.check("ak", ahead, "n-1"));
    }

    @Test
    void refuses_a_request_signed_more_than_15_minutes_ago_or_ahead_without_using_its_nonce() {
        assertEquals(Freshness.EXPIRED, guard.check("ak", NOW.minus(Duration.ofMinutes(16)), "n-1"));
        assertEquals(Freshness.EXPIRED, guard.check("ak", NOW.plus(Duration.ofMinutes(16)), "n-1"));
        assertEquals(0, nonces.size());
        assertEquals(Freshness.FRESH, guard.check("ak", NOW, "n-1"));
    }

    @Test
    void an_expired_replay_is_expired_before_it_is_a_replay() {
        guard.check("ak", NOW, "n-1");
        clock.advance(Duration.ofMinutes(16));

        assertEquals(Freshness.EXPIRED, guard.check("ak", NOW, "n-1"));
    }

    @Test
    void purges_forgotten_nonces_at_most_once_a_minute() {
        guard.check("ak", NOW, "n-1");
        guard.check("ak", NOW, "n-2");
        assertEquals(1, nonces.purges());

        clock.advance(Duration.ofMinutes(16));
        guard.check("ak", clock.now(), "n-3");

        assertEquals(2, nonces.purges());
        assertEquals(1, nonces.size());
    }
}
