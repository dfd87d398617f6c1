package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * What durable commits cost on the embedded H2: two copies of the build's server, each on a fresh H2 database, one
 * with the shipped setting ({@code WRITE_DELAY=0}: every commit written before it returns), one with H2's own default
 * ({@code WRITE_DELAY=500}: commits written up to half a second later, lost on {@code kill -9}). On each, the same
 * concurrent clients create ONTAP local users, then call {@code GET /api/cluster} (the baseline: authenticated, no
 * database write) for as long; the figure that counts is the ratio of the two in the same server and run.
 *
 * <p>Not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw verify -Dit.test=DurabilityBench -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DurabilityBench {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    private static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
            + "LOCK_TIMEOUT=20000;WRITE_DELAY=";

    private record Figures(String setting, double creates, double baseline, String svm) {

        String row() {
            return String.format("| %-28s | %8.1f | %8.1f | %5.3f |", setting, creates, baseline, creates / baseline);
        }
    }

    @Test
    void durable_commits_against_delayed_ones() {
        LibertyServer durable = LibertyServer.copy("gatewayUsersBenchDurable", Server.httpPort() + 5, Server.httpsPort() + 5,
                Map.of("DB_URL", h2("gatewayUsersBenchDurable", 0)));
        LibertyServer delayed = LibertyServer.copy("gatewayUsersBenchDelayed", Server.httpPort() + 6, Server.httpsPort() + 6,
                Map.of("DB_URL", h2("gatewayUsersBenchDelayed", 500)));
        CompletableFuture.allOf(CompletableFuture.runAsync(durable::startAndAwaitReady),
                CompletableFuture.runAsync(delayed::startAndAwaitReady)).join();
        List<Figures> figures = new ArrayList<>();
        List<String> losses = new ArrayList<>();
        try {
            // one at a time: the two servers share the machine
            figures.add(measure("WRITE_DELAY=0 (shipped)", durable));
            figures.add(measure("WRITE_DELAY=500 (H2 default)", delayed));
            // then what each kept of a burst of creates acknowledged just before a kill -9
            for (int i = 0; i < 2; i++) {
                losses.add(burstThenKill(figures.get(i).setting(), List.of(durable, delayed).get(i), figures.get(i).svm()));
            }
        } finally {
            durable.stopQuietly();
            delayed.stopQuietly();
        }
        System.out.println("\nDurabilityBench: " + CLIENTS + " clients, " + PHASE.toSeconds() + " s per phase, H2 embedded\n"
                + "| setting                      | creates/s | GET /api/cluster/s | ratio |\n"
                + "|---|---|---|---|\n" + String.join("\n", figures.stream().map(Figures::row).toList()) + "\n"
                + String.format("durable / delayed create throughput, each as a ratio to its own baseline: %.2f%n",
                        (figures.get(0).creates() / figures.get(0).baseline()) / (figures.get(1).creates() / figures.get(1).baseline()))
                + String.join("\n", losses));
        figures.forEach(row -> assertTrue(row.creates() > 0 && row.baseline() > 0, row::row));
    }

    private static String h2(String server, int writeDelay) {
        return "jdbc:h2:" + LibertyServer.wlp().resolve("usr/servers").resolve(server).resolve("database/gateway-users")
                + H2_SETTINGS + writeDelay;
    }

    private static Figures measure(String setting, LibertyServer server) {
        OntapClient ontap = OntapClient.admin(server.base());
        String svm = ontap.newSvmWithCifsServer("BENCH1");
        // warm-up, then the phases
        run(Duration.ofSeconds(5), i -> ontap.get("/api/cluster").status() == 200);
        AtomicInteger names = new AtomicInteger();
        double creates = run(PHASE, i -> ontap.post(OntapClient.LOCAL_USERS, Json.createObjectBuilder().add("svm.uuid", svm)
                .add("name", "b" + names.incrementAndGet()).add("password", OntapClient.PASSWORD).build()).status() == 201);
        double baseline = run(PHASE, i -> ontap.get("/api/cluster").status() == 200);
        return new Figures(setting, creates, baseline, svm);
    }

    /** Creates users for two seconds, kills the server with kill -9 at once, starts it, and counts what it kept. */
    private static String burstThenKill(String setting, LibertyServer server, String svm) {
        OntapClient ontap = OntapClient.admin(server.base());
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger names = new AtomicInteger();
        run(Duration.ofSeconds(2), i -> {
            Reply reply = ontap.post(OntapClient.LOCAL_USERS, Json.createObjectBuilder().add("svm.uuid", svm)
                    .add("name", "k" + names.incrementAndGet()).add("password", OntapClient.PASSWORD).build());
            reply.header("Location").filter(location -> reply.status() == 201).ifPresent(acknowledged::add);
            return reply.status() == 201;
        });
        server.kill();
        server.startAndAwaitReady();
        long lost = acknowledged.stream().filter(location -> ontap.get(URI.create(location)).status() != 200).count();
        return String.format("%s: kill -9 right after %d acknowledged creates: %d lost", setting, acknowledged.size(), lost);
    }

    /** Successful calls per second of CLIENTS clients calling as fast as they are answered for this long. */
    private static double run(Duration length, IntPredicate call) {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger succeeded = new AtomicInteger();
        Instant start = Instant.now();
        Instant end = start.plus(length);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            all.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; Instant.now().isBefore(end); i++) {
                    if (call.test(i)) {
                        succeeded.incrementAndGet();
                    }
                }
            }, clients));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        clients.shutdown();
        return succeeded.get() / (Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }
}
