package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The benchmark of the SVM-wide collections ({@code -Pbench -Dit.test=SvmQueryBench}, never in the default run):
 * {@code /api/svm/svms}, {@code /api/protocols/cifs/services} and {@code /api/security/accounts} with 1,000, 100,000
 * and 1,000,000 SVMs (each with a CIFS server) and as many API accounts, seeded with bulk SQL straight into the
 * server's database ({@code INSERT ... SELECT ... FROM generate_series}), the table growing from one size to the
 * next; measured over HTTP against the real server: a first page, the 10th {@code _links.next} page, a look-up by
 * name and a filtered count of each collection. Prints one table (median, p99, ratio largest/smallest) and writes it
 * to {@code target/svm-bench-report.txt}.
 */
class SvmQueryBench {

    private static final int[] SIZES = Stream.of(System.getProperty("bench.svm.sizes", "1000,100000,1000000")
            .split(",")).mapToInt(size -> Integer.parseInt(size.trim())).toArray();
    private static final int SAMPLES = Integer.getInteger("bench.samples", 200);
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString((OntapClient.ADMIN + ":" + OntapClient.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final String SVMS = "/api/svm/svms";
    private static final String CIFS = "/api/protocols/cifs/services";
    private static final String ACCOUNTS = "/api/security/accounts";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> out = Collections.synchronizedList(new ArrayList<>());

    private record Timing(double medianMs, double p99Ms) {
    }

    @Test
    void svm_cifs_service_and_account_queries_cost_the_same_at_every_size() throws Exception {
        awaitTheApplication();
        String url = System.getProperty("bench.db.url");
        log("database: " + url.replaceAll("password=[^;&]*", "password=****"));
        log("seeding: bulk SQL (INSERT ... SELECT ... FROM generate_series) straight into the server's database:"
                + " SVMs named bsvm0000001.. each with a CIFS server B0000001.., and API accounts bench0000001..;"
                + " the tables grow from one size to the next, each size measured when it is reached");
        String[] credential = storedCredential();
        Map<Integer, Map<String, Timing>> timings = new LinkedHashMap<>();
        int seeded = 0;
        for (int size : SIZES) {
            long started = System.nanoTime();
            seed(seeded, size, credential);
            seeded = size;
            log(String.format(Locale.ROOT, "seeded %,d SVMs and %,d accounts in %.1f s", size, size,
                    (System.nanoTime() - started) / 1e9));
            timings.put(size, time(requests(size)));
            timings.get(size).forEach((request, timing) -> log(String.format(Locale.ROOT,
                    "%,d: %s: median %.2f ms, p99 %.2f ms", size, request, timing.medianMs(), timing.p99Ms())));
        }
        printTable(timings);
        Path report = Path.of(System.getProperty("bench.svm.report", "target/svm-bench-report.txt"));
        Files.writeString(report, String.join("\n", out) + "\n");
    }

    /** The requests at one size: what a client asks of each collection. */
    private Map<String, IntFunction<String>> requests(int size) {
        Map<String, IntFunction<String>> row = new LinkedHashMap<>();
        collection(row, "svms", SVMS, size, i -> "name=" + svmName(i) + "&fields=uuid,name",
                "name=bsvm00001*&return_records=false");
        collection(row, "cifs services", CIFS, size, i -> "svm.name=" + svmName(i) + "&fields=name",
                "name=B00001*&return_records=false");
        collection(row, "accounts", ACCOUNTS, size, i -> "name=" + accountName(i) + "&fields=name,role",
                "name=bench00001*&return_records=false");
        return row;
    }

    private void collection(Map<String, IntFunction<String>> row, String name, String path, int size,
            IntFunction<String> lookUp, String count) {
        String first = path + "?max_records=20";
        row.put(name + ": first page", i -> first);
        String next = first;
        for (int page = 1; page <= 10; page++) {
            next = json(get(next)).getJsonObject("_links").getJsonObject("next").getString("href");
        }
        String tenth = next;
        row.put(name + ": 10th next page", i -> tenth);
        row.put(name + ": look-up by name", i -> path + "?" + lookUp.apply(1 + ThreadLocalRandom.current()
                .nextInt(size)));
        row.put(name + ": filtered count", i -> path + "?" + count);
    }

    private static String svmName(int i) {
        return String.format(Locale.ROOT, "bsvm%07d", i);
    }

    private static String accountName(int i) {
        return String.format(Locale.ROOT, "bench%07d", i);
    }

    // ---- seeding

    /** The scheme and hash of an account created through the API, for the seeded accounts (never logged in). */
    private String[] storedCredential() throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(Server.uri(ACCOUNTS)).POST(HttpRequest
                .BodyPublishers.ofString("{\"name\":\"benchseed\",\"password\":\"Bench-pass-1\",\"role\":\"readonly\"}")));
        if (created.statusCode() != 201) {
            throw new AssertionError("account not created: " + created.body());
        }
        try (Connection db = connect(); PreparedStatement read = db.prepareStatement(
                "SELECT credential_scheme, credential_hash FROM ontap_api_account WHERE name = 'benchseed'");
                ResultSet row = read.executeQuery()) {
            row.next();
            return new String[] {row.getString(1), row.getString(2)};
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(System.getProperty("bench.db.url"), System.getProperty("bench.db.user"),
                System.getProperty("bench.db.password"));
    }

    /** SVMs and accounts {@code from + 1 .. to}, two statements. */
    private void seed(int from, int to, String[] credential) throws Exception {
        String series = "generate_series(" + (from + 1) + ", " + to + ") AS g(x)";
        String padded = "LPAD(CAST(g.x AS VARCHAR), 7, '0')";
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            try (Statement insert = db.createStatement()) {
                assertEquals(to - from, insert.executeUpdate("INSERT INTO svm (uuid, name, svm_type, domain_sid,"
                        + " next_rid, cifs_server_name) SELECT '0b000000-0000-4000-8000-' || LPAD(CAST(g.x AS VARCHAR),"
                        + " 12, '0'), 'bsvm' || " + padded + ", 'DATA', 'S-1-5-21-7-8-' || CAST(g.x AS VARCHAR), 1000,"
                        + " 'B' || " + padded + " FROM " + series));
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO ontap_api_account (name, role_name,"
                    + " credential_scheme, credential_hash) SELECT 'bench' || " + padded + ", 'readonly', ?, ? FROM "
                    + series)) {
                insert.setString(1, credential[0]);
                insert.setString(2, credential[1]);
                assertEquals(to - from, insert.executeUpdate());
            }
            db.commit();
            if (System.getProperty("bench.db.url").startsWith("jdbc:postgresql:")) {
                db.setAutoCommit(true);
                try (Statement analyze = db.createStatement()) {
                    analyze.execute("ANALYZE svm");
                    analyze.execute("ANALYZE ontap_api_account");
                }
            }
        }
    }

    // ---- measuring

    /** Median and p99 of each request, the requests taking turns sample by sample, after 20 rounds of warm-up. */
    private Map<String, Timing> time(Map<String, IntFunction<String>> requests) {
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        for (int round = -20; round < SAMPLES; round++) {
            for (Map.Entry<String, IntFunction<String>> request : requests.entrySet()) {
                String path = request.getValue().apply(round);
                long started = System.nanoTime();
                HttpResponse<String> response = get(path);
                long took = System.nanoTime() - started;
                if (response.statusCode() != 200 || !response.body().contains("num_records")) {
                    throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
                }
                if (round >= 0) {
                    samples.computeIfAbsent(request.getKey(), r -> new ArrayList<>()).add(took);
                }
            }
        }
        Map<String, Timing> timings = new LinkedHashMap<>();
        samples.forEach((request, taken) -> {
            List<Long> sorted = new ArrayList<>(taken);
            Collections.sort(sorted);
            timings.put(request, new Timing(percentile(sorted, 50), percentile(sorted, 99)));
        });
        return timings;
    }

    private void printTable(Map<Integer, Map<String, Timing>> timings) {
        int smallest = SIZES[0];
        int largest = SIZES[SIZES.length - 1];
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "| %-30s |", "request"));
        StringBuilder rule = new StringBuilder("|--------------------------------|");
        for (int size : SIZES) {
            header.append(String.format(Locale.ROOT, " %,9d: median ms | p99 ms |", size));
            rule.append("---------------------:|-------:|");
        }
        header.append(" median largest/smallest |");
        rule.append("---:|");
        log("");
        log(header.toString());
        log(rule.toString());
        for (String request : timings.get(smallest).keySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %-30s |", request));
            for (int size : SIZES) {
                Timing timing = timings.get(size).get(request);
                line.append(String.format(Locale.ROOT, " %20.2f | %6.2f |", timing.medianMs(), timing.p99Ms()));
            }
            line.append(String.format(Locale.ROOT, " %.2fx |", timings.get(largest).get(request).medianMs()
                    / timings.get(smallest).get(request).medianMs()));
            log(line.toString());
        }
    }

    private static double percentile(List<Long> sortedNanos, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(sortedNanos.size() - 1, index))) / 1e6;
    }

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

    private HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(Server.uri(pathAndQuery)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Authorization", AUTH).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
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
