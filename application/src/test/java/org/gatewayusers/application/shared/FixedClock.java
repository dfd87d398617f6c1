package org.gatewayusers.application.shared;

import java.time.Duration;
import java.time.Instant;

/** A clock for tests: it shows the time it was set to, until a test moves it on. */
public final class FixedClock implements Clock {

    private Instant now;

    private FixedClock(Instant now) {
        this.now = now;
    }

    public static FixedClock at(String isoInstant) {
        return new FixedClock(Instant.parse(isoInstant));
    }

    public static FixedClock at(Instant now) {
        return new FixedClock(now);
    }

    @Override
    public Instant now() {
        return now;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant time) {
        now = time;
    }
}
