package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 16 clients, each from a loopback address of its own, send wrong Basic passwords as fast as they can (half to an
 * existing account, half to names that do not exist) while a client with verified credentials reads; the latencies
 * of that client on the idle server and under the flood, in one run. Every answer of the verified client must be a
 * 200 and every guess a 401.
 */
final class LoginFlood {

    static final int FLOODERS = 16;
    private static final String PROBE = "/api/cluster";
    private static final String ACCOUNTS = "/api/security/accounts/1cd8a442-86d1-11e0-ae1c-123478563412/";

    /** The verified client's latencies (ms) idle and flooded, and what the flood got. */
    record Figures(long[] idle, long[] flooded, long guesses, double floodSeconds) {

        double idleMedian() {
            return percentile(idle, 0.5);
        }

        double floodedMedian() {
            return percentile(flooded, 0.5);
        }

        double ratio() {
            return floodedMedian() / idleMedian();
        }

        /** The figures as the README's table. */
        String table() {
            return String.format("| phase | median ms | p90 ms | max ms | ratio to idle (median) |%n|---|---|---|---|---|%n"
                    + "| idle | %.2f | %.2f | %.2f | 1.00 |%n| 16 clients sending wrong passwords | %.2f | %.2f | %.2f | %.2f |%n"
                    + "(%d requests of the verified client per phase; %d wrong-password requests in %.1f s, every one a 401)%n",
                    idleMedian(), percentile(idle, 0.9), max(idle), floodedMedian(), percentile(flooded, 0.9), max(flooded),
                    ratio(), idle.length, guesses, floodSeconds);
        }
    }

    private LoginFlood() {
    }

    static Figures run(OntapClient verified, int samples, String firstFloodAddress) throws Exception {
        OntapClient admin = new OntapClient();
        String victim = uniqueName("victim");
        admin.post("/api/security/accounts", Json.createObjectBuilder().add("name", victim)
                .add("password", "Victim-pass-1" + uniqueName("")).add("role", "readonly").build()).assertStatus(201);
        sample(verified, 30);
        long[] idle = sample(verified, samples);

        AtomicBoolean flooding = new AtomicBoolean(true);
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong guesses = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(FLOODERS);
        List<Future<?>> flood = new ArrayList<>();
        String[] octets = firstFloodAddress.split("\\.");
        int first = Integer.parseInt(octets[3]);
        for (int i = 0; i < FLOODERS; i++) {
            FromAddress attacker = new FromAddress(octets[0] + "." + octets[1] + "." + octets[2] + "." + (first + i), Server.base());
            String nobody = "nobody_" + i + "_" + uniqueName("");
            boolean toTheVictim = i % 2 == 0;
            flood.add(pool.submit(() -> {
                for (long n = 0; flooding.get(); n++) {
                    String name = toTheVictim ? victim : nobody + n;
                    int status = attacker.get(PROBE, FromAddress.basic(name, "Guess-" + n)).status();
                    statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                    guesses.incrementAndGet();
                }
                return null;
            }));
        }
        long started = System.nanoTime();
        long[] flooded;
        try {
            Thread.sleep(1_000);
            flooded = sample(verified, samples);
        } finally {
            flooding.set(false);
            for (Future<?> each : flood) {
                each.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();
        }
        Figures figures = new Figures(idle, flooded, guesses.get(), (System.nanoTime() - started) / 1e9);
        System.out.printf("%nONTAP login flood (%d clients with wrong passwords):%n%s", FLOODERS, figures.table());
        assertEquals(Set.of(401), statuses.keySet(), "every guess is refused with a 401: " + statuses);
        // locked only if enough of its guesses were checked: most are refused before, by their address's limit
        System.out.println("the account guessed at is " + (admin.getJson(ACCOUNTS + victim).getBoolean("locked")
                ? "locked" : "not locked (its guesses were refused by their addresses' limit before enough were checked)"));
        admin.delete(ACCOUNTS + victim).assertStatus(200);
        return figures;
    }

    /**
     * The client's latencies in nanoseconds, over HTTP/1.1 with keep-alive (no h2c upgrade, which Open Liberty has
     * been seen to stall under load); each answer must be a 200.
     */
    private static long[] sample(OntapClient client, int samples) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = client.request(PROBE).GET().build();
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long started = System.nanoTime();
            HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - started;
            assertEquals(200, reply.statusCode(), () -> "the verified client was refused: " + reply.body());
        }
        return nanos;
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
