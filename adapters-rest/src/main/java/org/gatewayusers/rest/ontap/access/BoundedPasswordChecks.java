package org.gatewayusers.rest.ontap.access;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.gatewayusers.application.access.PasswordCheckSlots;

/**
 * At most {@code slots} slow password checks at once for strangers, each waiting at most {@code wait} for a slot (a
 * flood is refused, never queued); and as many again, with a longer wait, for credentials this server verified
 * before, so that a flood of strangers never locks out the callers it already knows.
 */
final class BoundedPasswordChecks implements PasswordCheckSlots {

    /** How long credentials verified before may wait for one of their own slots. */
    static final Duration KNOWN_WAIT = Duration.ofSeconds(10);

    private final Semaphore strangers;
    private final Semaphore known;
    private final long waitNanos;
    private final int slots;

    BoundedPasswordChecks(int slots, Duration wait) {
        if (slots < 1) {
            throw new IllegalArgumentException("at least one password check must be able to run");
        }
        this.slots = slots;
        this.strangers = new Semaphore(slots, true);
        this.known = new Semaphore(slots, true);
        this.waitNanos = wait.toNanos();
    }

    /** The default: every core but one for checks (at least one), so that a core stays free for everything else. */
    static int defaultSlots(int cores) {
        return Math.max(1, cores - 1);
    }

    int slots() {
        return slots;
    }

    @Override
    public <T> Optional<T> run(boolean knownCaller, Supplier<T> check) {
        Semaphore semaphore = knownCaller ? known : strangers;
        long wait = knownCaller ? KNOWN_WAIT.toNanos() : waitNanos;
        try {
            if (!semaphore.tryAcquire(wait, TimeUnit.NANOSECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(check.get());
        } finally {
            semaphore.release();
        }
    }
}
