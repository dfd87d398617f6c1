package org.gatewayusers.rest.ontap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bound on password checks: so many at once, a stranger refused after a short wait, known callers apart. */
class BoundedPasswordChecksTest {

    private final BoundedPasswordChecks checks = new BoundedPasswordChecks(2, Duration.ofMillis(50));

    @Test
    void by_default_every_core_but_one_and_at_least_one() {
        assertEquals(1, BoundedPasswordChecks.defaultSlots(1));
        assertEquals(1, BoundedPasswordChecks.defaultSlots(2));
        assertEquals(7, BoundedPasswordChecks.defaultSlots(8));
        assertThrows(IllegalArgumentException.class, () -> new BoundedPasswordChecks(0, Duration.ZERO));
    }

    @Test
    void runs_a_check_in_a_free_slot() {
        assertEquals(Optional.of(true), checks.run(false, () -> true));
    }

    @Test
    void with_every_slot_busy_a_stranger_is_refused_after_the_wait_and_a_known_caller_still_runs() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(2);
        AtomicInteger atOnce = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CompletableFuture<?>[] busy = new CompletableFuture<?>[2];
        for (int i = 0; i < busy.length; i++) {
            busy[i] = CompletableFuture.runAsync(() -> checks.run(false, () -> {
                most.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
                running.countDown();
                await(release);
                atOnce.decrementAndGet();
                return true;
            }));
        }
        assertTrue(running.await(10, TimeUnit.SECONDS));

        long started = System.nanoTime();
        assertEquals(Optional.empty(), checks.run(false, () -> true));
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(waitedMillis >= 40 && waitedMillis < 5_000, "waited " + waitedMillis + " ms");

        assertEquals(Optional.of("known"), checks.run(true, () -> "known"));
        release.countDown();
        CompletableFuture.allOf(busy).get(10, TimeUnit.SECONDS);
        assertEquals(2, most.get());
        assertEquals(Optional.of(true), checks.run(false, () -> true), "slots are given back");
    }

    @Test
    void a_slot_is_given_back_when_a_check_fails() {
        for (int i = 0; i < 5; i++) {
            assertThrows(IllegalStateException.class, () -> checks.run(false, () -> {
                throw new IllegalStateException("broken hash");
            }));
        }
        assertEquals(Optional.of(1), checks.run(false, () -> 1));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
