package org.gatewayusers.domain.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How far a signed request's {@code Timestamp} may be from the server's time (either way), and so how long its
 * {@code SignatureNonce} must be remembered: a request is refused once its time is out of the window, and its nonce
 * is refused again until then.
 */
public record ReplayWindow(Duration tolerance) {

    /** The vendor's window: 15 minutes either way. */
    public static final ReplayWindow FIFTEEN_MINUTES = new ReplayWindow(Duration.ofMinutes(15));

    public ReplayWindow {
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalArgumentException("a replay window is longer than nothing");
        }
    }

    /** Whether a request signed at {@code signedAt} is on time at {@code now}; the bounds are inside. */
    public boolean admits(Instant signedAt, Instant now) {
        return Duration.between(signedAt, now).abs().compareTo(tolerance) <= 0;
    }

    /**
     * Until when a nonce seen {@code now} on a request signed at {@code signedAt} must be refused: as long as the
     * request itself would be on time, and no less than the window after it was seen.
     */
    public Instant rememberUntil(Instant signedAt, Instant now) {
        Instant later = signedAt.isAfter(now) ? signedAt : now;
        return later.plus(tolerance);
    }
}
