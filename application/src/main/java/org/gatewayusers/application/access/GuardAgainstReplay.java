package org.gatewayusers.application.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.domain.access.ReplayWindow;

/**
 * Lets a signed request through once: its {@code Timestamp} must be within the window of now, and its
 * {@code SignatureNonce} not used by the same key within the window. Call it after the signature has been checked,
 * so that only a genuine request uses up a nonce. Nonces no longer remembered are purged now and then (at most
 * once a {@link #PURGE_INTERVAL} per server; correctness never depends on it).
 */
public final class GuardAgainstReplay {

    static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

    private final SignatureNonces nonces;
    private final Clock clock;
    private final ReplayWindow window;
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    public GuardAgainstReplay(SignatureNonces nonces, Clock clock, ReplayWindow window) {
        this.nonces = Objects.requireNonNull(nonces, "nonces");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.window = Objects.requireNonNull(window, "window");
    }

    public Freshness check(String accessKeyId, Instant signedAt, String nonce) {
        Instant now = clock.now();
        if (!window.admits(signedAt, now)) {
            return Freshness.EXPIRED;
        }
        purgeNowAndThen(now);
        return nonces.claim(accessKeyId, nonce, now, window.rememberUntil(signedAt, now)) ? Freshness.FRESH
                : Freshness.NONCE_USED;
    }

    private void purgeNowAndThen(Instant now) {
        Instant due = nextPurge.get();
        if (!now.isBefore(due) && nextPurge.compareAndSet(due, now.plus(PURGE_INTERVAL))) {
            nonces.forgetExpired(now);
        }
    }
}
