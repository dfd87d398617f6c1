package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The benchmark of issue 9 ({@code -Pbench}, never in the default run): SVMs of 1,000, 100,000 and 1,000,000 local
 * users, seeded with bulk SQL straight into the server's database, then measured over HTTP against the real server:
 * a first page, the 50th {@code _links.next} page, a look-up by name, a look-up by SID, a filtered count, creates at
 * 16 connections next to {@code GET /api/cluster} at 16 connections on the same server in the same run; then 16
 * mixed clients (create, list, get, patch, delete) for 60 s on the 1,000,000-user SVM. Prints one table. Each SVM
 * also holds groups (one of every 100 users, at least 1,000; each user a member of one) and a group "everyone" of
 * all its users, seeded the same way, for a page of groups, a 50th page of groups, a group look-up by name, a first
 * and a 50th page of the members of "everyone", and a user's record with its {@code membership}.
 */
class CollectionQueryBench {

    private static final int[] SIZES = sizes();
    private static final int SAMPLES = Integer.getInteger("bench.samples", 200);
    private static final int CONNECTIONS = 16;
    private static final Duration CONCURRENT_RUN = Duration.ofSeconds(Long.getLong("bench.concurrent.seconds", 10));
    /**
     * Creates and {@code GET /api/cluster} take turns this many times, each for {@link #CONCURRENT_RUN}, so that what
     * else a shared machine does weighs on both alike; the table sums the turns.
     */
    private static final int CONCURRENT_ROUNDS = Integer.getInteger("bench.concurrent.rounds", 3);
    /** The mixed run's requests, by the number each client draws. */
    private static final List<String> MIXED_REQUESTS = List.of("create", "list name=user0N* (a tenth of the SVM)",
            "get by name with fields=*", "patch", "delete");
    private static final Duration MIXED_RUN = Duration.ofSeconds(Long.getLong("bench.mixed.seconds", 60));
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString((OntapClient.ADMIN + ":" + OntapClient.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final String NT_HASH = "8846F7EAEE8FB117AD06BDD830B7586C";
    /** Seeded groups take RIDs 50001 and on, the one of every user 50000: below the users' 100001 and on. */
    private static final int EVERYONE_RID = 50_000;

    /** HTTP/1.1 as curl and Ansible speak it: one request at a time per connection, 16 connections. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(CONNECTIONS * 2)).build();
    private final OntapClient ontap = new OntapClient();
    private final List<String> out = Collections.synchronizedList(new ArrayList<>());

    private static int[] sizes() {
        return Stream.of(System.getProperty("bench.sizes", "1000,100000,1000000").split(","))
                .mapToInt(size -> Integer.parseInt(size.trim())).toArray();
    }

    private record Svm(String uuid, String cifs, String domainSid, int users, int groups) {

        /** The group every user of the SVM is a member of. */
        String everyoneSid() {
            return domainSid + "-" + EVERYONE_RID;
        }
    }

    private record Timing(double medianMs, double p99Ms) {
    }

    private record Rate(double perSecond, double p99Ms, int errors) {

        /** The turns of one kind of request as one: all their requests over all their time. */
        static Rate of(List<Run> runs) {
            List<Long> sorted = new ArrayList<>();
            runs.forEach(run -> sorted.addAll(run.latencies()));
            Collections.sort(sorted);
            double seconds = runs.stream().mapToDouble(Run::seconds).sum();
            return new Rate(sorted.size() / seconds, percentile(sorted, 99), runs.stream().mapToInt(Run::errors).sum());
        }
    }

    /** One turn at 16 connections: each request's latency, the turn's length and the requests that failed. */
    private record Run(List<Long> latencies, double seconds, int errors) {

        double perSecond() {
            return latencies.size() / seconds;
        }
    }

    @Test
    void collection_queries_cost_the_same_at_every_size() throws Exception {
        awaitTheApplication();
        String url = System.getProperty("bench.db.url");
        log("database: " + url.replaceAll("password=[^;&]*", "password=****"));
        log("seeding: bulk SQL (INSERT ... SELECT ... FROM generate_series) straight into the server's database;"
                + " SVMs and CIFS servers through the ONTAP API; users, then groups (size/100, at least 1,000) with"
                + " each user in one, and a group \"everyone\" of all users");
        Map<Integer, Svm> svms = new LinkedHashMap<>();
        for (int size : SIZES) {
            long started = System.nanoTime();
            Svm svm = seed(size);
            svms.put(size, svm);
            log(String.format(Locale.ROOT, "seeded %,d users on SVM %s in %.1f s", size, svm.uuid(),
                    (System.nanoTime() - started) / 1e9));
        }
        // the requests of every size, sampled in turns (one of each size after the other), so that what else the
        // machine does at a moment weighs on every size alike
        Map<Integer, Map<String, IntFunction<String>>> requests = new LinkedHashMap<>();
        for (int size : SIZES) {
            Svm svm = svms.get(size);
            Map<String, IntFunction<String>> row = new LinkedHashMap<>();
            String first = OntapClient.LOCAL_USERS + "?svm.uuid=" + svm.uuid() + "&max_records=20";
            row.put("first page", i -> first);
            String fiftieth = fiftiethPage(first);
            row.put("50th next page", i -> fiftieth);
            row.put("look-up by name", i -> OntapClient.LOCAL_USERS + "?svm.uuid=" + svm.uuid() + "&name="
                    + userName(random(size)) + "&fields=sid,name");
            row.put("look-up by sid", i -> OntapClient.LOCAL_USERS + "?svm.uuid=" + svm.uuid() + "&sid="
                    + svm.domainSid() + "-" + (100_000 + random(size)) + "&fields=sid,name");
            row.put("filtered count", i -> OntapClient.LOCAL_USERS + "?svm.uuid=" + svm.uuid()
                    + "&name=user00001*&return_records=false");
            String groups = OntapClient.LOCAL_GROUPS + "?svm.uuid=" + svm.uuid() + "&max_records=20";
            row.put("groups: first page", i -> groups);
            String groups50 = fiftiethPage(groups);
            row.put("groups: 50th next page", i -> groups50);
            row.put("group look-up by name", i -> OntapClient.LOCAL_GROUPS + "?svm.uuid=" + svm.uuid() + "&name="
                    + groupName(1 + ThreadLocalRandom.current().nextInt(svm.groups())) + "&fields=sid,name");
            String members = OntapClient.LOCAL_GROUPS + "/" + svm.uuid() + "/" + svm.everyoneSid()
                    + "/members?max_records=20";
            row.put("members: first page", i -> members);
            // "everyone" of 1,000 users has 50 pages of 20: its 50th page, the 49th next
            String members50 = followNext(members, 49);
            row.put("members: 50th page", i -> members50);
            row.put("user with membership", i -> OntapClient.LOCAL_USERS + "?svm.uuid=" + svm.uuid() + "&name="
                    + userName(random(size)) + "&fields=name,membership");
            requests.put(size, row);
        }
        Map<Integer, Map<String, Timing>> timings = time(requests);
        Map<Integer, Rate> creates = new LinkedHashMap<>();
        Map<Integer, Rate> clusters = new LinkedHashMap<>();
        for (int size : SIZES) {
            Svm svm = svms.get(size);
            timings.get(size).forEach((request, timing) -> log(String.format(Locale.ROOT,
                    "%,d users, %s: median %.2f ms, p99 %.2f ms", size, request, timing.medianMs(), timing.p99Ms())));
            AtomicInteger serial = new AtomicInteger();
            List<Run> clusterRuns = new ArrayList<>();
            List<Run> createRuns = new ArrayList<>();
            for (int round = 1; round <= CONCURRENT_ROUNDS; round++) {
                clusterRuns.add(concurrently(worker -> get("/api/cluster")));
                createRuns.add(concurrently(worker -> post(OntapClient.LOCAL_USERS, Json.createObjectBuilder()
                        .add("svm", Json.createObjectBuilder().add("uuid", svm.uuid()))
                        .add("name", "c" + size + "x" + serial.incrementAndGet())
                        .add("password", OntapClient.PASSWORD).build().toString())));
                Run cluster = clusterRuns.get(round - 1);
                Run create = createRuns.get(round - 1);
                log(String.format(Locale.ROOT, "%,d users, turn %d at 16 connections: GET /api/cluster %.1f/s, creates"
                        + " %.1f/s (%.2fx); load average %s", size, round, cluster.perSecond(), create.perSecond(),
                        create.perSecond() / cluster.perSecond(), loadAverage()));
            }
            clusters.put(size, Rate.of(clusterRuns));
            creates.put(size, Rate.of(createRuns));
        }
        printTable(timings, creates, clusters);
        Runnable mixedRunVerdict = mixed(svms.get(SIZES[SIZES.length - 1]));
        bulk(svms);
        Path report = Path.of(System.getProperty("bench.report", "target/bench-report.txt"));
        Files.writeString(report, String.join("\n", out) + "\n");
        mixedRunVerdict.run();
    }

    /** The page reached by following {@code _links.next} the given number of times from the first. */
    private String fiftiethPage(String first) {
        return followNext(first, 50);
    }

    private String followNext(String first, int times) {
        String next = first;
        for (int page = 1; page <= times; page++) {
            HttpResponse<String> response = get(next);
            check(response);
            next = json(response).getJsonObject("_links").getJsonObject("next").getString("href");
        }
        return next;
    }

    private void printTable(Map<Integer, Map<String, Timing>> timings, Map<Integer, Rate> creates,
            Map<Integer, Rate> clusters) {
        int smallest = SIZES[0];
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "| %-23s |", "request"));
        StringBuilder rule = new StringBuilder("|-------------------------|");
        for (int size : SIZES) {
            header.append(String.format(Locale.ROOT, " %,9d users: median ms | p99 ms |", size));
            rule.append("---------------------------:|---------:|");
        }
        header.append(" median ratio largest/smallest |");
        rule.append("---:|");
        log("");
        log(header.toString());
        log(rule.toString());
        for (String request : timings.get(smallest).keySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %-23s |", request));
            for (int size : SIZES) {
                Timing timing = timings.get(size).get(request);
                line.append(String.format(Locale.ROOT, " %26.2f | %8.2f |", timing.medianMs(), timing.p99Ms()));
            }
            double ratio = timings.get(SIZES[SIZES.length - 1]).get(request).medianMs()
                    / timings.get(smallest).get(request).medianMs();
            line.append(String.format(Locale.ROOT, " %.2fx |", ratio));
            log(line.toString());
        }
        log("");
        log(String.format(Locale.ROOT, "| %-12s | %-26s | %-10s | %-10s | %-26s | %-10s | %-14s |", "SVM users",
                "creates/s (16 connections)", "p99 ms", "errors", "GET /api/cluster/s (16)", "p99 ms",
                "creates/cluster"));
        log("|-------------:|---------------------------:|-----------:|-----------:|---------------------------:|"
                + "-----------:|---------------:|");
        for (int size : SIZES) {
            Rate create = creates.get(size);
            Rate cluster = clusters.get(size);
            log(String.format(Locale.ROOT, "| %,12d | %26.1f | %10.2f | %10d | %26.1f | %10.2f | %13.2fx |", size,
                    create.perSecond(), create.p99Ms(), create.errors(), cluster.perSecond(), cluster.p99Ms(),
                    create.perSecond() / cluster.perSecond()));
        }
        assertEquals(0, creates.values().stream().mapToInt(Rate::errors).sum(), "creates answered with errors");
    }

    /** 16 clients for the mixed run: create, list, get, patch, delete, on the largest SVM; returns its verdict. */
    private Runnable mixed(Svm svm) throws Exception {
        AtomicLong requests = new AtomicLong();
        AtomicLong serverErrors = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        Map<String, AtomicLong> failuresByRequest = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + MIXED_RUN.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
        for (int c = 0; c < CONNECTIONS; c++) {
            int client = c;
            clients.submit(() -> {
                List<String> mine = new ArrayList<>();
                int serial = 0;
                while (System.nanoTime() < deadline) {
                    int op = ThreadLocalRandom.current().nextInt(5);
                    String request = MIXED_REQUESTS.get(op == 0 || mine.isEmpty() ? 0 : op);
                    long started = System.nanoTime();
                    HttpResponse<String> response;
                    try {
                        if (op == 0 || mine.isEmpty()) {
                            String name = "m" + client + "x" + (++serial);
                            response = post(OntapClient.LOCAL_USERS + "?return_records=true", Json.createObjectBuilder()
                                    .add("svm", Json.createObjectBuilder().add("uuid", svm.uuid()))
                                    .add("name", name).add("password", OntapClient.PASSWORD).build().toString());
                            if (response.statusCode() == 201) {
                                mine.add(json(response).getJsonArray("records").getJsonObject(0).getString("sid"));
                            }
                        } else if (op == 1) {
                            response = get(OntapClient.LOCAL_USERS + "?svm.uuid=" + svm.uuid()
                                    + "&max_records=20&name=user0" + ThreadLocalRandom.current().nextInt(10) + "*");
                        } else if (op == 2) {
                            response = get(OntapClient.LOCAL_USERS + "?svm.uuid=" + svm.uuid() + "&name="
                                    + userName(random(svm.users())) + "&fields=*");
                        } else if (op == 3) {
                            response = send(HttpRequest.newBuilder(uri(OntapClient.LOCAL_USERS + "/" + svm.uuid() + "/"
                                    + mine.get(mine.size() - 1))).method("PATCH", HttpRequest.BodyPublishers.ofString(
                                    "{\"description\":\"patched " + serial + "\"}")));
                        } else {
                            response = send(HttpRequest.newBuilder(uri(OntapClient.LOCAL_USERS + "/" + svm.uuid() + "/"
                                    + mine.remove(mine.size() - 1))).DELETE());
                        }
                        requests.incrementAndGet();
                        latencies.add(System.nanoTime() - started);
                        if (response.statusCode() >= 500) {
                            serverErrors.incrementAndGet();
                        }
                    } catch (Exception timeoutOrIo) {
                        failures.incrementAndGet();
                        failuresByRequest.computeIfAbsent(request, name -> new AtomicLong()).incrementAndGet();
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        assertTrue(clients.awaitTermination(MIXED_RUN.toSeconds() + 120, TimeUnit.SECONDS));
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        log("");
        log(String.format(Locale.ROOT, "mixed run: %d clients for %d s on %,d users (server heap capped with -Xmx%s):"
                        + " %,d requests, %.1f/s, median %.2f ms, p99 %.2f ms, 5xx: %d, timeouts or I/O errors: %d",
                CONNECTIONS, MIXED_RUN.toSeconds(), svm.users(), System.getProperty("bench.heap", "?"), requests.get(),
                requests.get() / (double) MIXED_RUN.toSeconds(), percentile(sorted, 50), percentile(sorted, 99),
                serverErrors.get(), failures.get()));
        if (!failuresByRequest.isEmpty()) {
            log("timeouts or I/O errors by request: " + new TreeMap<>(failuresByRequest));
        }
        Path log = Path.of(System.getProperty("liberty.wlp.dir", "target/liberty/wlp"), "usr", "servers",
                System.getProperty("liberty.server.name", "gatewayUsers"), "logs", "messages.log");
        boolean outOfMemory = Files.exists(log) && Files.readString(log).contains("OutOfMemoryError");
        log("server log " + log + (outOfMemory ? " HOLDS an OutOfMemoryError" : ": no OutOfMemoryError"));
        // judged after the bulk operations, so that a failed mixed run still reports them
        return () -> {
            assertEquals(0, serverErrors.get(), "5xx in the mixed run");
            assertEquals(0, failures.get(), "timeouts in the mixed run");
            assertTrue(!outOfMemory, "OutOfMemoryError in the server log");
        };
    }

    /**
     * The bulk operations, once per size (they change what they measure): a {@code PATCH} and a {@code DELETE} by
     * query of the same 100 users at every size ({@code name=user00001*}), then the deletion of the SVM's CIFS
     * server, which takes every user, group and membership of the SVM with it (a count that grows with the size).
     */
    private void bulk(Map<Integer, Svm> svms) {
        log("");
        log("bulk operations, once per size (ms):");
        log("| request | " + String.join(" | ", Arrays.stream(SIZES).mapToObj(size -> String.format(Locale.ROOT,
                "%,d users", size)).toList()) + " |");
        log("|---|" + "---:|".repeat(SIZES.length));
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (int size : SIZES) {
            Svm svm = svms.get(size);
            String matching = OntapClient.LOCAL_USERS + "?svm.uuid=" + svm.uuid() + "&name=user00001*";
            rows.computeIfAbsent("PATCH by query (100 users)", row -> new ArrayList<>()).add(timed(() -> send(
                    HttpRequest.newBuilder(uri(matching)).method("PATCH",
                            HttpRequest.BodyPublishers.ofString("{\"description\":\"bulk\"}"))), 100));
            rows.computeIfAbsent("DELETE by query (100 users)", row -> new ArrayList<>()).add(timed(() -> send(
                    HttpRequest.newBuilder(uri(matching)).DELETE()), 100));
            rows.computeIfAbsent("DELETE the CIFS server (all users, groups, memberships)",
                    row -> new ArrayList<>()).add(timed(() -> send(HttpRequest.newBuilder(
                            uri("/api/protocols/cifs/services/" + svm.uuid())).DELETE(), Duration.ofMinutes(10)), -1));
        }
        rows.forEach((request, cells) -> log("| " + request + " | " + String.join(" | ", cells) + " |"));
    }

    /** One request's time in ms; it must answer 200, and touch {@code expected} records when that is not -1. */
    private String timed(Supplier<HttpResponse<String>> request, int expected) {
        long started = System.nanoTime();
        HttpResponse<String> response = request.get();
        double ms = (System.nanoTime() - started) / 1e6;
        assertEquals(200, response.statusCode(), response.body());
        if (expected >= 0) {
            assertEquals(expected, json(response).getInt("num_records"), response.body());
        }
        return String.format(Locale.ROOT, "%.1f", ms);
    }

    /** The server is up before its application is: wait (at most 5 minutes) until the API answers. */
    private void awaitTheApplication() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get("/api/cluster").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the connection is refused or times out while the application starts
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("the application did not start within 5 minutes");
    }

    // ---- seeding

    private Svm seed(int size) throws Exception {
        String cifs = ("B" + Integer.toString(size, 36) + Long.toString(System.nanoTime() % 1_000_000, 36))
                .toUpperCase(Locale.ROOT);
        String uuid = ontap.newSvmWithCifsServer(cifs);
        String administratorSid = ontap.records(OntapClient.LOCAL_USERS + "?svm.uuid=" + uuid
                + "&name=Administrator&fields=sid").get(0).getString("sid");
        String domainSid = administratorSid.substring(0, administratorSid.lastIndexOf('-'));
        int groups = Math.max(1_000, size / 100);
        long started = System.nanoTime();
        String url = System.getProperty("bench.db.url");
        boolean postgres = url.startsWith("jdbc:postgresql:");
        // generate_series: PostgreSQL's, and H2's too
        String series = "generate_series(1, " + size + ") AS g(x)";
        String x = "g.x";
        String padded = "LPAD(CAST(" + x + " AS VARCHAR), 7, '0')";
        try (Connection db = DriverManager.getConnection(url, System.getProperty("bench.db.user"),
                System.getProperty("bench.db.password"))) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO cifs_local_user (svm_uuid, sid, rid, name,"
                    + " name_key, short_key, full_name, description, account_disabled, credential_scheme, credential_hash)"
                    + " SELECT ?, ? || CAST(100000 + " + x + " AS VARCHAR), 100000 + " + x + ", ? || " + padded + ","
                    + " ? || " + padded + ", 'USER' || " + padded + ", 'User ' || " + padded + ", NULL,"
                    + " MOD(" + x + ", 10) = 0, 'NT', ? FROM " + series)) {
                insert.setString(1, uuid);
                insert.setString(2, domainSid + "-");
                insert.setString(3, cifs + "\\user");
                insert.setString(4, cifs + "\\USER");
                insert.setString(5, NT_HASH);
                assertEquals(size, insert.executeUpdate());
            }
            long usersSeeded = System.nanoTime();
            log(String.format(Locale.ROOT, "seeded %,d users in %.1f s", size, (usersSeeded - started) / 1e9));
            // groups: one of every 100 users, at least 1,000 (so that a 50th page of 20 exists), each user a member
            // of one of them (user x of group (x - 1) mod G + 1), and "everyone", of which every user is a member
            String groupPadded = "LPAD(CAST(" + x + " AS VARCHAR), 7, '0')";
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO cifs_local_group (svm_uuid, sid, name,"
                    + " name_key, short_key, description) SELECT ?, ? || CAST(" + EVERYONE_RID + " + " + x
                    + " AS VARCHAR), ? || " + groupPadded + ", ? || " + groupPadded + ", 'GROUP' || " + groupPadded
                    + ", NULL FROM generate_series(1, " + groups + ") AS g(x)")) {
                insert.setString(1, uuid);
                insert.setString(2, domainSid + "-");
                insert.setString(3, cifs + "\\group");
                insert.setString(4, cifs + "\\GROUP");
                assertEquals(groups, insert.executeUpdate());
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO cifs_local_group (svm_uuid, sid, name,"
                    + " name_key, short_key, description) VALUES (?, ?, ?, ?, 'EVERYONE', 'every user')")) {
                insert.setString(1, uuid);
                insert.setString(2, domainSid + "-" + EVERYONE_RID);
                insert.setString(3, cifs + "\\everyone");
                insert.setString(4, cifs + "\\EVERYONE");
                assertEquals(1, insert.executeUpdate());
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO cifs_group_member (svm_uuid, group_sid,"
                    + " member_sid) SELECT ?, ? || CAST(" + (EVERYONE_RID + 1) + " + MOD(" + x + " - 1, " + groups
                    + ") AS VARCHAR), ? || CAST(100000 + " + x + " AS VARCHAR) FROM " + series)) {
                insert.setString(1, uuid);
                insert.setString(2, domainSid + "-");
                insert.setString(3, domainSid + "-");
                assertEquals(size, insert.executeUpdate());
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO cifs_group_member (svm_uuid, group_sid,"
                    + " member_sid) SELECT ?, ?, ? || CAST(100000 + " + x + " AS VARCHAR) FROM " + series)) {
                insert.setString(1, uuid);
                insert.setString(2, domainSid + "-" + EVERYONE_RID);
                insert.setString(3, domainSid + "-");
                assertEquals(size, insert.executeUpdate());
            }
            log(String.format(Locale.ROOT, "seeded %,d groups and %,d memberships (%,d in \"everyone\") in %.1f s",
                    groups + 1, 2L * size, size, (System.nanoTime() - usersSeeded) / 1e9));
            try (PreparedStatement rid = db.prepareStatement("UPDATE svm SET next_rid = ? WHERE uuid = ?")) {
                rid.setLong(1, 100_000L + size + 1);
                rid.setString(2, uuid);
                rid.executeUpdate();
            }
            db.commit();
            if (postgres) {
                try (Statement analyze = db.createStatement()) {
                    db.setAutoCommit(true);
                    analyze.execute("ANALYZE cifs_local_user");
                    analyze.execute("ANALYZE cifs_local_group");
                    analyze.execute("ANALYZE cifs_group_member");
                }
            }
        }
        return new Svm(uuid, cifs, domainSid, size, groups);
    }

    private static String userName(int i) {
        return String.format(Locale.ROOT, "user%07d", i);
    }

    private static String groupName(int i) {
        return String.format(Locale.ROOT, "group%07d", i);
    }

    private static int random(int size) {
        return 1 + ThreadLocalRandom.current().nextInt(size);
    }

    // ---- measuring

    /** Median and p99 of each request of each size, the sizes taking turns sample by sample. */
    private Map<Integer, Map<String, Timing>> time(Map<Integer, Map<String, IntFunction<String>>> requests) {
        Map<Integer, Map<String, List<Long>>> samples = new LinkedHashMap<>();
        for (int round = -20; round < SAMPLES; round++) {
            for (String request : requests.get(SIZES[0]).keySet()) {
                for (int size : SIZES) {
                    String path = requests.get(size).get(request).apply(round);
                    long started = System.nanoTime();
                    HttpResponse<String> response = get(path);
                    long took = System.nanoTime() - started;
                    check(response);
                    if (round >= 0) {
                        samples.computeIfAbsent(size, s -> new LinkedHashMap<>())
                                .computeIfAbsent(request, r -> new ArrayList<>()).add(took);
                    }
                }
            }
        }
        Map<Integer, Map<String, Timing>> timings = new LinkedHashMap<>();
        samples.forEach((size, byRequest) -> byRequest.forEach((request, taken) -> {
            List<Long> sorted = new ArrayList<>(taken);
            Collections.sort(sorted);
            timings.computeIfAbsent(size, s -> new LinkedHashMap<>())
                    .put(request, new Timing(percentile(sorted, 50), percentile(sorted, 99)));
        }));
        return timings;
    }

    /** The machine's load average (1, 5, 15 minutes), where Linux tells it. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    /** Requests at 16 connections for the run's length, each connection one request at a time. */
    private Run concurrently(IntFunction<HttpResponse<String>> request) throws Exception {
        for (int i = 0; i < 50; i++) {
            request.apply(-1);
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        long started = System.nanoTime();
        long deadline = started + CONCURRENT_RUN.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(CONNECTIONS);
        for (int w = 0; w < CONNECTIONS; w++) {
            int worker = w;
            workers.submit(() -> {
                while (System.nanoTime() < deadline) {
                    long begun = System.nanoTime();
                    try {
                        HttpResponse<String> response = request.apply(worker);
                        if (response.statusCode() >= 300) {
                            errors.incrementAndGet();
                        }
                    } catch (RuntimeException failed) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - begun);
                }
            });
        }
        workers.shutdown();
        assertTrue(workers.awaitTermination(CONCURRENT_RUN.toSeconds() + 60, TimeUnit.SECONDS));
        return new Run(new ArrayList<>(latencies), (System.nanoTime() - started) / 1e9, errors.get());
    }

    private static double percentile(List<Long> sortedNanos, int percent) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(sortedNanos.size() - 1, index))) / 1e6;
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError(response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private URI uri(String pathAndQuery) {
        return Server.uri(pathAndQuery);
    }

    private HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    }

    private HttpResponse<String> post(String pathAndQuery, String body) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Duration timeout) {
        try {
            return http.send(request.header("Authorization", AUTH).header("Content-Type", "application/json")
                    .timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** The benchmark's output goes to the build's console and to the report file: it is what it is for. */
    private void log(String line) {
        out.add(line);
        System.out.println(line);
    }
}
