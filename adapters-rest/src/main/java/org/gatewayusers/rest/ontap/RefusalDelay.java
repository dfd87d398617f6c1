package org.gatewayusers.rest.ontap;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Slows the answer to a login refused without any password check (a locked account, an address past its failures),
 * so that a client flooding such refusals gets a few answers a second instead of as many as the server can give.
 * The pause costs a waiting thread and no CPU; at most {@code maxWaiting} answers wait at once, any further one is
 * given at once, so that the pause can never hold every thread of the server.
 */
public final class RefusalDelay {

    private final Duration delay;
    private final Semaphore waiting;

    public RefusalDelay(Duration delay, int maxWaiting) {
        if (delay.isNegative() || maxWaiting < 0) {
            throw new IllegalArgumentException("a refusal delay cannot be negative");
        }
        this.delay = delay;
        this.waiting = new Semaphore(maxWaiting);
    }

    public Duration delay() {
        return delay;
    }

    /** Waits the delay, unless it is zero or too many refusals wait already. */
    void pause() {
        if (delay.isZero() || !waiting.tryAcquire()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            waiting.release();
        }
    }
}
