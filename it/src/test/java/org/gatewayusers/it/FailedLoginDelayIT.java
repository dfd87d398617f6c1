package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * A refused ONTAP login gets its 401 only after {@code ONTAP_FAILED_LOGIN_DELAY} (1 s by default), while verified
 * credentials are answered at once, also while 100 refused requests wait at the same moment (they hold no thread).
 * The guesses come from a loopback address of their own, so that their failures throttle no other test's address.
 */
class FailedLoginDelayIT {

    private static final Duration DELAY = Duration.ofSeconds(1);
    private static final String PROBE = "/api/cluster";

    @Test
    void a_wrong_password_is_answered_after_the_delay_and_a_right_one_at_once() {
        FromAddress guesser = new FromAddress("127.0.0.70", Server.base());
        verifiedOnce(guesser);
        long started = System.nanoTime();
        FromAddress.Answer refused = guesser.get(PROBE, FromAddress.basic(OntapClient.uniqueName("nobody"), "Wrong-1"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(401, refused.status(), refused.body());
        assertTrue(refused.body().contains("\"code\""), "ONTAP's error body: " + refused.body());
        assertTrue(took.compareTo(DELAY.minusMillis(50)) >= 0, "answered after " + took.toMillis() + " ms");

        started = System.nanoTime();
        FromAddress.Answer verified = guesser.get(PROBE, FromAddress.basic(OntapClient.READONLY, OntapClient.READONLY_PASSWORD));
        assertEquals(200, verified.status(), verified.body());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(DELAY) < 0, "verified credentials wait for nothing");
    }

    @Test
    void a_hundred_refusals_waiting_at_once_do_not_hold_up_a_verified_client() throws Exception {
        FromAddress guesser = new FromAddress("127.0.0.71", Server.base());
        FromAddress verifiedClient = new FromAddress("127.0.0.72", Server.base());
        verifiedOnce(verifiedClient);
        ExecutorService clients = Executors.newFixedThreadPool(100);
        try {
            List<CompletableFuture<FromAddress.Answer>> guesses = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String name = OntapClient.uniqueName("nobody" + i);
                guesses.add(CompletableFuture.supplyAsync(() -> guesser.get(PROBE, FromAddress.basic(name, "Wrong-1")), clients));
            }
            Thread.sleep(300);
            long started = System.nanoTime();
            FromAddress.Answer verified = verifiedClient.get(PROBE, FromAddress.basic(OntapClient.READONLY, OntapClient.READONLY_PASSWORD));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(200, verified.status(), verified.body());
            for (CompletableFuture<FromAddress.Answer> guess : guesses) {
                assertEquals(401, guess.get().status());
            }
            assertTrue(took.compareTo(DELAY) < 0, "the verified client waited " + took.toMillis() + " ms");
        } finally {
            clients.shutdownNow();
        }
    }

    /** Credentials the server has checked once are remembered (30 s): what is timed here is not their first check. */
    private static void verifiedOnce(FromAddress client) {
        assertEquals(200, client.get(PROBE, FromAddress.basic(OntapClient.READONLY, OntapClient.READONLY_PASSWORD)).status());
    }
}
