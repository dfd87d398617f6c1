package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Wrong passwords cannot take the service down: 16 clients, each from an address of its own, send wrong Basic
 * passwords as fast as they can (half to an existing account, half to names that do not exist), while a client with
 * verified credentials keeps reading. Its median latency under the flood, against its median on the idle server in
 * the same run, must stay within 3x (the target); the figures are printed.
 */
class OntapLoginFloodIT {

    private static final int FLOODERS = 16;
    private static final int SAMPLES = Integer.getInteger("it.flood.samples", 200);
    private static final double MAX_RATIO = 3.0;
    private static final String PROBE = "/api/cluster";

    private final OntapClient admin = new OntapClient();

    @Test
    void a_verified_client_keeps_getting_200_within_3x_its_idle_latency_while_16_clients_send_wrong_passwords()
            throws Exception {
        String victim = uniqueName("victim");
        admin.post("/api/security/accounts", Json.createObjectBuilder().add("name", victim)
                .add("password", "Victim-pass-1" + uniqueName("")).add("role", "readonly").build()).assertStatus(201);
        for (int i = 0; i < 50; i++) {
            admin.get(PROBE).assertStatus(200);
        }
        long[] idle = sample();

        AtomicBoolean flooding = new AtomicBoolean(true);
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong sent = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(FLOODERS);
        List<Future<?>> flood = new ArrayList<>();
        for (int i = 0; i < FLOODERS; i++) {
            FromAddress attacker = new FromAddress("127.0.0." + (20 + i), Server.base());
            boolean toTheVictim = i % 2 == 0;
            flood.add(pool.submit(() -> {
                for (long n = 0; flooding.get(); n++) {
                    String name = toTheVictim ? victim : "nobody_" + uniqueName("");
                    int status = attacker.get(PROBE, FromAddress.basic(name, "Guess-" + n)).status();
                    statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                    sent.incrementAndGet();
                }
                return null;
            }));
        }
        long floodStarted = System.nanoTime();
        Thread.sleep(1_000);
        long[] flooded;
        try {
            flooded = sample();
        } finally {
            flooding.set(false);
            for (Future<?> each : flood) {
                each.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();
        }
        double floodSeconds = (System.nanoTime() - floodStarted) / 1e9;

        double idleMedian = median(idle);
        double floodedMedian = median(flooded);
        double ratio = floodedMedian / idleMedian;
        System.out.printf("%nONTAP login flood: %d clients with wrong passwords, %d requests of a verified client each phase%n",
                FLOODERS, SAMPLES);
        System.out.println("| phase | median ms | p90 ms | max ms | ratio to idle (median) |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf("| idle | %.2f | %.2f | %.2f | 1.00 |%n", idleMedian, percentile(idle, 0.9), max(idle));
        System.out.printf("| 16 clients sending wrong passwords | %.2f | %.2f | %.2f | %.2f |%n", floodedMedian,
                percentile(flooded, 0.9), max(flooded), ratio);
        System.out.printf("wrong-password requests: %d in %.1f s (%.0f/s), all answered: %s%n", sent.get(), floodSeconds,
                sent.get() / floodSeconds, statuses);

        assertEquals(java.util.Set.of(401), statuses.keySet(), "every guess is refused with a 401: " + statuses);
        assertTrue(admin.getJson("/api/security/accounts/1cd8a442-86d1-11e0-ae1c-123478563412/" + victim)
                .getBoolean("locked"), "the account guessed at is locked");
        assertTrue(ratio <= MAX_RATIO, String.format("median %.2f ms under the flood is %.2fx the idle %.2f ms",
                floodedMedian, ratio, idleMedian));
        admin.delete("/api/security/accounts/1cd8a442-86d1-11e0-ae1c-123478563412/" + victim).assertStatus(200);
    }

    /** The verified client's latencies in milliseconds; each answer must be a 200. */
    private long[] sample() {
        long[] nanos = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long started = System.nanoTime();
            Reply reply = admin.get(PROBE);
            nanos[i] = System.nanoTime() - started;
            assertEquals(200, reply.status(), () -> "the verified client was refused: " + reply.body());
        }
        return nanos;
    }

    private static double median(long[] nanos) {
        return percentile(nanos, 0.5);
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }
}
