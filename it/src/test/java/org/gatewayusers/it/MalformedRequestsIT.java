package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * A seeded, reproducible fuzz of the three dialects (ONTAP REST, {@code hcs-sgw} RPC, {@code smartag} RPC): broken JSON
 * and XML bodies, wrong types, huge and empty values, control characters and invalid UTF-8, duplicated parameters,
 * unknown actions and fields, Unicode look-alikes in names, bodies and query strings past the limits, wrong methods and
 * credentials. Every request carries at least one fault that no valid request has, so every answer must be a 4xx in
 * the dialect's own error body, never a 5xx or a stack trace (but for a path with an encoded NUL, CR or LF, which Servlet
 * 6.0 has the container refuse with its own 400 before any application code runs); afterwards the server still answers, and the counts of
 * users, groups, SVMs and accounts are what they were: nothing was half-written.
 *
 * <p>Each request is made from its own {@code Random(SEED + index)}, so a failure names the index that reproduces
 * it whatever the order the threads ran in. {@code -Dfuzz.seed=...} and {@code -Dfuzz.requests=...} change the run.
 */
class MalformedRequestsIT {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_127L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_500);
    private static final int THREADS = 6;
    private static final String SMARTAG_VERSION = "2018-03-13";
    private static final List<String> SGW_ACTIONS = List.of("CreateGatewaySMBUser", "DeleteGatewaySMBUser",
            "DescribeGatewaySMBUsers", "DescribeTasks", "CreateStorageBundle", "CreateGateway", "DescribeGateways",
            "DescribeStorageBundles", "DescribeStorageBundle", "DeleteGateway", "DeleteStorageBundle", "SetGatewayADInfo",
            "SetGatewayLDAPInfo");
    private static final List<String> SMARTAG_ACTIONS = List.of("CreateSmartAccessGatewayClientUser",
            "DescribeSmartAccessGatewayClientUsers", "ModifySmartAccessGatewayClientUser",
            "ResetSmartAccessGatewayClientUserPassword", "DeleteSmartAccessGatewayClientUser",
            "EnableSmartAccessGatewayUser", "DisableSmartAccessGatewayUser");
    private static final List<String> ONTAP_COLLECTIONS = List.of(OntapClient.LOCAL_USERS, OntapClient.LOCAL_GROUPS,
            OntapClient.SVMS, OntapClient.CIFS_SERVICES, "/api/security/accounts");
    /** Cyrillic and Greek letters that look like Latin ones, a zero-width space, a fullwidth letter. */
    private static final Map<Character, String> LOOK_ALIKES = Map.of('a', "\u0430", 'e', "\u0435", 'o', "\u043E",
            'c', "\u0441", 'p', "\u0440", 'A', "\u0391", 'S', "\u0405", 'i', "\u0456", 'n', "n\u200B", 'm', "\uFF4D");

    /** One request of the fuzz: what the failure report shows, and what is sent. */
    private record Case(int index, String dialect, String method, String pathAndQuery, Map<String, String> headers,
            byte[] body, String faults) {

        @Override
        public String toString() {
            String shown = body.length > 300 ? new String(body, 0, 300, StandardCharsets.UTF_8) + "...(" + body.length + " bytes)"
                    : new String(body, StandardCharsets.UTF_8);
            return "#" + index + " " + dialect + " " + method + " " + abbreviate(pathAndQuery) + " headers=" + headers.keySet()
                    + " faults=" + faults + " body=" + shown;
        }
    }

    private record Outcome(Case request, int status, String contentType, String body) {
    }

    private final OntapClient ontap = new OntapClient();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void thousands_of_malformed_requests_get_4xx_answers_in_each_dialects_format_and_change_nothing() throws Exception {
        Map<String, Integer> before = counts();
        long started = System.nanoTime();

        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            cases.add(generate(i));
        }
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        List<String> transportFailures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> sent = new ArrayList<>();
        for (Case request : cases) {
            sent.add(pool.submit(() -> {
                try {
                    outcomes.add(send(request));
                } catch (IOException | RuntimeException failed) {
                    transportFailures.add(request + " -> " + failed);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Future<?> each : sent) {
            each.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();
        List<Outcome> raw = rawCases();
        outcomes.addAll(raw);

        List<String> wrong = new ArrayList<>(transportFailures);
        Map<String, AtomicInteger> byStatus = new java.util.TreeMap<>();
        for (Outcome outcome : outcomes) {
            byStatus.computeIfAbsent(outcome.request().dialect() + " " + outcome.status(), k -> new AtomicInteger()).incrementAndGet();
            String problem = problemWith(outcome);
            if (problem != null) {
                wrong.add(problem + ": " + outcome.request() + " -> " + outcome.status() + " " + abbreviate(outcome.body()));
            }
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.println("fuzz: seed " + SEED + ", " + outcomes.size() + " requests in " + seconds + " s, answers " + byStatus);

        if (!wrong.isEmpty()) {
            wrong.stream().limit(300).forEach(line -> System.out.println("fuzz: wrong: " + abbreviate(line)));
            fail(wrong.size() + " of " + outcomes.size() + " requests (seed " + SEED + ") were answered wrongly, e.g.:\n"
                    + wrong.stream().limit(25).map(MalformedRequestsIT::abbreviate).collect(Collectors.joining("\n")));
        }
        assertTrue(outcomes.size() >= 10_000, "at least 10,000 requests: " + outcomes.size());
        assertEquals(200, ontap.get("/api/cluster").status(), "the server still answers");
        assertEquals(before, counts(), "nothing was created, changed or deleted half-way");
    }

    // ------------------------------------------------------------------ checks

    /** Why an answer is wrong, or null. */
    private static String problemWith(Outcome outcome) {
        if (outcome.status() < 400 || outcome.status() > 499) {
            return "not a 4xx";
        }
        if (outcome.body().contains("Exception") || outcome.body().contains("\tat ") || outcome.body().contains("<html")
                || outcome.body().contains("<!DOCTYPE")) {
            return "a stack trace or a server page";
        }
        if (refusedByTheContainer(outcome.request())) {
            // Servlet 6.0's URI canonicalisation refuses an encoded NUL, CR or LF in the path before any application
            // (or error page) runs; the container answers 400 with a one-line body of its own
            return outcome.status() == 400 ? null : "not the container's 400";
        }
        return outcome.request().dialect().equals("ontap") ? ontapProblem(outcome) : rpcProblem(outcome);
    }

    private static boolean refusedByTheContainer(Case request) {
        String path = request.pathAndQuery().split("\\?", 2)[0].toUpperCase(Locale.ROOT);
        return path.contains("%00") || path.contains("%0A") || path.contains("%0D");
    }

    private static String ontapProblem(Outcome outcome) {
        try (var reader = Json.createReader(new StringReader(outcome.body()))) {
            JsonObject error = reader.readObject().getJsonObject("error");
            if (error == null || error.get("code") == null || error.get("code").getValueType() != JsonValue.ValueType.STRING
                    || !error.getString("code").matches("[0-9]+") || error.getString("message", "").isBlank()) {
                return "not ONTAP's error body";
            }
            return null;
        } catch (RuntimeException notJson) {
            return "not JSON";
        }
    }

    private static String rpcProblem(Outcome outcome) {
        String type = outcome.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            try (var reader = Json.createReader(new StringReader(outcome.body()))) {
                JsonObject error = reader.readObject();
                boolean complete = !error.getString("Code", "").isEmpty() && error.containsKey("Message")
                        && !error.getString("RequestId", "").isEmpty();
                return complete ? null : "not the RPC error body (JSON)";
            } catch (RuntimeException notJson) {
                return "not JSON";
            }
        }
        if (type.contains("xml")) {
            try {
                Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(outcome.body().getBytes(StandardCharsets.UTF_8)));
                boolean complete = xml.getDocumentElement().getTagName().equals("Error")
                        && xml.getElementsByTagName("Code").getLength() == 1
                        && xml.getElementsByTagName("RequestId").getLength() == 1;
                return complete ? null : "not the RPC error body (XML)";
            } catch (Exception notXml) {
                return "not XML";
            }
        }
        return "neither JSON nor XML: " + type;
    }

    /** What must not change: the users, groups, SVMs, CIFS servers and API accounts there are. */
    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String collection : ONTAP_COLLECTIONS) {
            counts.put(collection, ontap.getJson(collection + "?return_records=false").getInt("num_records"));
        }
        return counts;
    }

    // ------------------------------------------------------------------ sending

    private Outcome send(Case request) throws IOException, InterruptedException {
        URI uri;
        try {
            uri = URI.create(Server.base() + request.pathAndQuery());
        } catch (IllegalArgumentException notAUri) {
            return sendRaw(request); // a malformed escape: java.net.URI refuses what a server must answer
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .method(request.method(), request.body().length == 0 && !request.method().equals("POST")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Outcome(request, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /** The request as bytes on a socket of its own, for what {@link HttpClient} will not send. */
    private static Outcome sendRaw(Case request) throws IOException {
        StringBuilder head = new StringBuilder(request.method()).append(' ').append(Server.base().getPath())
                .append(request.pathAndQuery()).append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(request.body().length).append("\r\n\r\n");
        try (Socket socket = new Socket(Server.base().getHost(), Server.base().getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(request.body());
            out.flush();
            return readRawAnswer(request, socket.getInputStream());
        }
    }

    /** What an HTTP client library will not send: a Content-Length far above the body, a body that never comes. */
    private List<Outcome> rawCases() throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        String credentials = "Basic " + Base64.getEncoder().encodeToString(
                (OntapClient.ADMIN + ":" + OntapClient.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 10; i++) {
            boolean rpc = i % 2 == 0;
            String path = rpc ? "/?Action=CreateGatewaySMBUser&Version=2018-05-11&Format=JSON" : OntapClient.LOCAL_USERS;
            String contentType = rpc ? "application/x-www-form-urlencoded" : "application/json";
            long declared = 1_000_000_000L + i;
            String head = "POST " + Server.base().getPath() + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: " + contentType + "\r\nContent-Length: " + declared + "\r\n"
                    + (rpc ? "" : "Authorization: " + credentials + "\r\n") + "\r\n";
            Case request = new Case(-1 - i, rpc ? "sgw" : "ontap", "POST", path, Map.of("Content-Length", String.valueOf(declared)),
                    "{\"name\":".getBytes(StandardCharsets.UTF_8), "content-length far above the body");
            try (Socket socket = new Socket(Server.base().getHost(), Server.base().getPort())) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(request.body());
                out.flush();
                outcomes.add(readRawAnswer(request, socket.getInputStream()));
            }
        }
        return outcomes;
    }

    /** Reads one answer: its head, then as many bytes as it says (the server may keep reading what was announced). */
    private static Outcome readRawAnswer(Case request, InputStream in) throws IOException {
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed before the answer's head ended: " + head);
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(headers.substring(9, 12));
        Map<String, String> fields = new LinkedHashMap<>();
        headers.lines().skip(1).filter(line -> line.contains(":")).forEach(line -> fields.put(
                line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT), line.substring(line.indexOf(':') + 1).trim()));
        byte[] body;
        if (fields.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(fields.get("content-length")));
        } else if (fields.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
            java.io.ByteArrayOutputStream chunks = new java.io.ByteArrayOutputStream();
            while (true) {
                int size = Integer.parseInt(readLine(in).trim(), 16);
                if (size == 0) {
                    break;
                }
                chunks.write(in.readNBytes(size));
                readLine(in);
            }
            body = chunks.toByteArray();
        } else {
            body = in.readAllBytes();
        }
        return new Outcome(request, status, fields.getOrDefault("content-type", ""), new String(body, StandardCharsets.UTF_8));
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    // ------------------------------------------------------------------ generating

    private static Case generate(int index) {
        Random random = new Random(SEED + index);
        int dialect = random.nextInt(100);
        if (dialect < 45) {
            return ontapCase(index, random);
        }
        return rpcCase(index, random, dialect < 75 ? "sgw" : "smartag");
    }

    /** An ONTAP request with at least one fault that no valid request has. */
    private static Case ontapCase(int index, Random random) {
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> faults = new ArrayList<>();
        String auth = adminHeader();
        int authFault = random.nextInt(1000);
        String collection = pick(random, ONTAP_COLLECTIONS);
        String method;
        String path;
        byte[] body = new byte[0];
        Map<String, String> query = new LinkedHashMap<>();

        int family = random.nextInt(7);
        switch (family) {
            case 0, 1 -> { // a create whose body is broken
                method = "POST";
                path = collection;
                body = brokenBody(random, collection, faults);
                headers.put("Content-Type", random.nextInt(10) == 0 ? pick(random, List.of("application/xml", "text/plain",
                        "application/x-www-form-urlencoded")) : "application/json");
            }
            case 2 -> { // a change or delete of something that does not exist
                method = random.nextBoolean() ? "PATCH" : "DELETE";
                path = collection + "/" + bogusKey(random) + (collection.endsWith("svms") || collection.endsWith("services") ? "" : "/" + bogusKey(random));
                faults.add("no such entry");
                if (method.equals("PATCH") || random.nextBoolean()) {
                    body = random.nextBoolean() ? brokenBody(random, collection, faults)
                            : "{\"full_name\": \"x\", \"description\": \"y\"}".getBytes(StandardCharsets.UTF_8);
                    headers.put("Content-Type", "application/json");
                }
            }
            case 3 -> { // a collection read with a bad query
                method = random.nextInt(5) == 0 ? "HEAD" : "GET";
                path = collection;
                badQuery(random, query, faults);
                if (method.equals("HEAD")) {
                    method = "GET";
                }
            }
            case 4 -> { // a change or delete of a whole collection with a bad query: never a valid filter
                method = random.nextBoolean() ? "PATCH" : "DELETE";
                path = OntapClient.LOCAL_USERS;
                badQuery(random, query, faults);
                body = method.equals("PATCH") ? "{\"account_disabled\": true}".getBytes(StandardCharsets.UTF_8) : body;
                headers.put("Content-Type", "application/json");
            }
            case 5 -> { // a method the resource does not have
                method = pick(random, List.of("PUT", "PATCH", "DELETE", "POST"));
                path = method.equals("PUT") ? pick(random, ONTAP_COLLECTIONS) : "/api/cluster";
                faults.add("method not allowed");
                body = "{}".getBytes(StandardCharsets.UTF_8);
                headers.put("Content-Type", "application/json");
            }
            default -> { // a path that does not exist
                method = pick(random, List.of("GET", "POST", "PATCH", "DELETE"));
                path = unknownPath(random);
                faults.add("unknown path");
            }
        }
        if (authFault < 40) { // no credentials, or broken ones: 401
            faults.add("no valid credentials");
            auth = pick(random, List.of("", "Basic", "Basic " + garbage(random, 12), "Bearer " + garbage(random, 20),
                    "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, ':', (byte) 0xFE}),
                    "Basic " + Base64.getEncoder().encodeToString("admin".getBytes(StandardCharsets.UTF_8)),
                    "basic  " + Base64.getEncoder().encodeToString("admin:netapp1!".getBytes(StandardCharsets.UTF_8))));
        } else if (authFault < 42) { // a wrong password: costs a slow hash, so only a few
            faults.add("wrong password");
            // an unknown name: wrong passwords to the demo admin would lock it (ONTAP_MAX_FAILED_LOGIN_ATTEMPTS)
            auth = "Basic " + Base64.getEncoder().encodeToString(("fuzz_nobody:" + garbage(random, 10)).getBytes(StandardCharsets.UTF_8));
        } else if (authFault < 90 && !method.equals("GET")) {
            faults.add("readonly account");
            auth = "Basic " + Base64.getEncoder().encodeToString((OntapClient.READONLY + ":" + OntapClient.READONLY_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (!auth.isEmpty()) {
            headers.put("Authorization", auth);
        }
        headers.putIfAbsent("Accept", "application/json");
        return new Case(index, "ontap", method, path + queryString(query, random), headers, body, String.join(", ", faults));
    }

    /** A body of a create or change that no valid request has. */
    private static byte[] brokenBody(Random random, String collection, List<String> faults) {
        JsonObject valid = switch (collection) {
            case OntapClient.LOCAL_USERS -> Json.createObjectBuilder().add("svm", Json.createObjectBuilder().add("name", "svm1"))
                    .add("name", "fz" + random.nextInt(1_000_000)).add("password", "Secr3t!pw").build();
            case OntapClient.LOCAL_GROUPS -> Json.createObjectBuilder().add("svm", Json.createObjectBuilder().add("name", "svm1"))
                    .add("name", "fzg" + random.nextInt(1_000_000)).build();
            case OntapClient.SVMS -> Json.createObjectBuilder().add("name", "fzsvm" + random.nextInt(1_000_000)).build();
            case OntapClient.CIFS_SERVICES -> Json.createObjectBuilder().add("svm", Json.createObjectBuilder().add("name", "svm1"))
                    .add("name", "FZ" + random.nextInt(1000)).build();
            default -> Json.createObjectBuilder().add("name", "fzacct" + random.nextInt(1_000_000)).add("password", "Passw0rd-fz")
                    .add("role", "admin").build();
        };
        String text = valid.toString();
        int kind = random.nextInt(14);
        switch (kind) {
            case 0 -> {
                faults.add("truncated JSON");
                return text.substring(0, 1 + random.nextInt(text.length() - 1)).getBytes(StandardCharsets.UTF_8);
            }
            case 1 -> {
                faults.add("JSON syntax");
                return pick(random, List.of("{'name': 'x'}", "{\"name\": \"x\",}", "{name: x}", "{\"name\": NaN}", "{\"a\" \"b\"}",
                        "{\"name\": \"x\"} {}", "\uFEFF{\"name\":1}", "{\"name\": \"\\uZZZZ\"}", "[", "{{}}", "{\"name\":}", "nul",
                        "{\"name\": 01}", "{\"x\": 1e999999}")).getBytes(StandardCharsets.UTF_8);
            }
            case 2 -> {
                faults.add("XML body");
                return pick(random, List.of("<user><name>x</name></user>", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
                        "<a><b></a>", "<" + "a".repeat(5000) + ">")).getBytes(StandardCharsets.UTF_8);
            }
            case 3 -> {
                faults.add("not an object");
                return pick(random, List.of("[]", "[" + text + "]", "null", "\"text\"", "42", "true")).getBytes(StandardCharsets.UTF_8);
            }
            case 4 -> {
                faults.add("invalid UTF-8");
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                int at = text.indexOf("\"", 2) + 1;
                bytes[at] = pick(random, List.of(0xFF, 0xC0, 0x80, 0xFE, 0xED)).byteValue();
                return bytes;
            }
            case 5 -> {
                faults.add("deep nesting");
                int depth = 200 + random.nextInt(20_000);
                return ("{\"name\": " + "[".repeat(depth) + "]".repeat(depth) + "}").getBytes(StandardCharsets.UTF_8);
            }
            case 6 -> {
                faults.add("body over the limit");
                return ("{\"name\": \"" + "x".repeat(262_144 + random.nextInt(100_000)) + "\"}").getBytes(StandardCharsets.UTF_8);
            }
            case 7 -> {
                faults.add("unknown field");
                return Json.createObjectBuilder(valid).add(lookAlike(random, "description_x" + random.nextInt(9)), "x").build()
                        .toString().getBytes(StandardCharsets.UTF_8);
            }
            case 8 -> {
                faults.add("look-alike field name");
                String key = valid.containsKey("password") ? "password" : "name";
                var builder = Json.createObjectBuilder(valid).remove(key).add(forcedLookAlike(key), valid.getString(key));
                return builder.build().toString().getBytes(StandardCharsets.UTF_8);
            }
            case 9 -> {
                faults.add("wrong type");
                String key = pick(random, List.copyOf(valid.keySet()));
                JsonValue wrong = pick(random, List.of(Json.createValue(42), JsonValue.TRUE, Json.createArrayBuilder().add(1).build(),
                        Json.createValue(3.5)));
                if (key.equals("svm")) {
                    wrong = Json.createValue(12);
                }
                return Json.createObjectBuilder(valid).add(key, wrong).build().toString().getBytes(StandardCharsets.UTF_8);
            }
            case 10 -> {
                faults.add("required field missing");
                String key = valid.containsKey("svm") && random.nextBoolean() ? "svm" : "name";
                return Json.createObjectBuilder(valid).remove(key).build().toString().getBytes(StandardCharsets.UTF_8);
            }
            case 11 -> {
                faults.add("huge or empty or control-character value");
                String value = pick(random, List.of("", " ", "x".repeat(300 + random.nextInt(5000)), "a\u0000b", "a\u0007b",
                        "a\u001Fb", "tab\tname", "new\nline", "ends.", "a/b", "a\"b", "a*b", "a|b"));
                String key = collection.equals(OntapClient.LOCAL_USERS) || collection.endsWith("accounts")
                        ? pick(random, List.of("name", "password")) : "name";
                if (collection.equals(OntapClient.LOCAL_GROUPS) && value.length() < 257 && !value.isBlank()
                        && value.chars().noneMatch(c -> c < 32 || "\"/\\[]:|<>+=;,?*@".indexOf(c) >= 0)) {
                    value = "x".repeat(300);
                }
                if (collection.equals(OntapClient.SVMS) && value.matches("[A-Za-z_][A-Za-z0-9._-]{0,46}")) {
                    value = value + "/";
                }
                return Json.createObjectBuilder(valid).add(key, value).build().toString().getBytes(StandardCharsets.UTF_8);
            }
            case 12 -> {
                faults.add("svm named with look-alikes");
                if (!valid.containsKey("svm")) {
                    return "{\"svm\": {\"name\": \"s\u0432m1\"}}".getBytes(StandardCharsets.UTF_8);
                }
                return Json.createObjectBuilder(valid).add("svm", Json.createObjectBuilder().add("name", forcedLookAlike("svm1")))
                        .build().toString().getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                faults.add("duplicated key, then truncated");
                String duplicated = text.substring(0, text.length() - 1) + ",\"name\":\"dup\"";
                return duplicated.getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /** Query parameters that no valid request has. */
    private static void badQuery(Random random, Map<String, String> query, List<String> faults) {
        int kind = random.nextInt(8);
        switch (kind) {
            case 0 -> {
                faults.add("unknown field in fields");
                query.put("fields", forcedLookAlike("name") + "," + garbage(random, 5));
            }
            case 1 -> {
                faults.add("bad max_records");
                query.put("max_records", pick(random, List.of("-1", "0", "abc", "99999999999", "1e3", "", "\u0661")));
            }
            case 2 -> {
                faults.add("bad order_by");
                query.put("order_by", pick(random, List.of("nope asc", "name sideways", "name asc desc", forcedLookAlike("name"))));
            }
            case 3 -> {
                faults.add("look-alike filter field");
                query.put(forcedLookAlike("name"), "x*");
            }
            case 4 -> {
                faults.add("bad return_timeout or return_records");
                query.put(random.nextBoolean() ? "return_timeout" : "return_records",
                        pick(random, List.of("999", "-5", "yes", "maybe", "1.5")));
            }
            case 5 -> {
                faults.add("too many parameters");
                for (int i = 0; i < 101 + random.nextInt(50); i++) {
                    query.put("p" + i, "v");
                }
            }
            case 6 -> {
                faults.add("parameter over the length limit");
                query.put("name", "x".repeat(8193 + random.nextInt(6000)));
            }
            default -> {
                faults.add("malformed escape or invalid UTF-8");
                query.put("\u0000raw", pick(random, List.of("%", "%zz", "%FF", "%C3%28", "%ED%A0%80", "%C0%AF", "abc%4")));
            }
        }
        if (random.nextInt(4) == 0) {
            query.putIfAbsent("name" + (random.nextBoolean() ? "" : "\u0000dup"), "x");
        }
    }

    /** An RPC request with at least one fault that no valid request has. */
    private static Case rpcCase(int index, Random random, String product) {
        List<String> faults = new ArrayList<>();
        List<String[]> parameters = new ArrayList<>();
        List<String> actions = product.equals("sgw") ? SGW_ACTIONS : SMARTAG_ACTIONS;
        String version = product.equals("sgw") ? PopClient.SGW_VERSION : SMARTAG_VERSION;
        String action = pick(random, actions);
        String format = pick(random, List.of("JSON", "XML", "json", ""));
        parameters.add(new String[] {"Action", action});
        parameters.add(new String[] {"Version", version});
        if (!format.isEmpty()) {
            parameters.add(new String[] {"Format", format});
        }
        for (String name : List.of("GatewayId", "Username", "Password", "StorageBundleId", "PageSize", "PageNumber", "RegionId",
                "SmartAGId", "UserName", "UserMail", "Bandwidth", "ClientIp", "Name", "StorageBundleName", "TaskId")) {
            if (random.nextInt(4) == 0) {
                parameters.add(new String[] {name, junkValue(random)});
            }
        }
        String method = random.nextBoolean() ? "GET" : "POST";
        int kind = random.nextInt(12);
        switch (kind) {
            case 0 -> {
                faults.add("no Action");
                parameters.removeIf(p -> p[0].equals("Action"));
            }
            case 1 -> {
                faults.add("unknown action");
                set(parameters, "Action", pick(random, List.of("DescribeEverything", action + "X", action.toLowerCase(Locale.ROOT),
                        "", "../" + action, action + "\u0000")));
            }
            case 2 -> {
                faults.add("look-alike action");
                set(parameters, "Action", forcedLookAlike(action));
            }
            case 3 -> {
                faults.add("no or wrong Version");
                if (random.nextBoolean()) {
                    parameters.removeIf(p -> p[0].equals("Version"));
                } else {
                    set(parameters, "Version", pick(random, List.of("2018-05-12", "2014-05-26", "latest", "", forcedLookAlike("2018-05-11"),
                            product.equals("sgw") ? SMARTAG_VERSION : PopClient.SGW_VERSION)));
                }
            }
            case 4 -> {
                faults.add("bad Format");
                set(parameters, "Format", pick(random, List.of("YAML", "HTML", "J\u0405ON", "xml;", "%%")));
            }
            case 5 -> {
                faults.add("duplicated parameter");
                String name = pick(random, List.of("Action", "Version", "Format"));
                parameters.add(new String[] {name, name.equals("Format") ? "XML-" + random.nextInt(9) : "Other" + random.nextInt(9)});
            }
            case 6 -> {
                faults.add("look-alike parameter names");
                parameters.replaceAll(p -> p[0].equals("Action") || p[0].equals("Version") ? new String[] {forcedLookAlike(p[0]), p[1]} : p);
            }
            case 7 -> {
                faults.add("too many parameters");
                for (int i = 0; i < 101 + random.nextInt(30); i++) {
                    parameters.add(new String[] {"Extra" + i, "v"});
                }
            }
            case 8 -> {
                faults.add("parameter over the length limit");
                parameters.add(new String[] {"Username", "u".repeat(8193 + random.nextInt(4000))});
            }
            case 9 -> {
                faults.add("body over the limit");
                method = "POST";
                parameters.add(new String[] {"Password", "p".repeat(262_144 + random.nextInt(50_000))});
            }
            case 10 -> {
                faults.add("method not allowed");
                method = pick(random, List.of("PUT", "DELETE", "PATCH"));
            }
            default -> {
                faults.add("malformed escape or invalid UTF-8");
                String encoded = encode(parameters) + "&" + pick(random, List.of("Username=%", "Username=%zz", "Name=%FF%FE",
                        "GatewayId=%C3%28", "Password=%ED%A0%80", "%C0%AF=1"));
                return rpcRequest(index, product, random, method, encoded, faults);
            }
        }
        if (random.nextInt(5) == 0) {
            signWithTheDemoKey(random, method, parameters, faults);
        }
        return rpcRequest(index, product, random, method, encode(parameters), faults);
    }

    /**
     * Adds a valid signature v1 of the demo key over the parameters (the last of a duplicated name counts), so that the
     * fault, not a missing signature, is what the server refuses.
     */
    private static void signWithTheDemoKey(Random random, String method, List<String[]> parameters, List<String> faults) {
        Map<String, String> unique = new LinkedHashMap<>();
        parameters.forEach(p -> unique.put(p[0], p[1]));
        Map<String, String> signed = PopClient.signed(method.equals("POST") ? "POST" : "GET", unique,
                PopClient.DEMO_ACCESS_KEY_ID, PopClient.DEMO_ACCESS_KEY_SECRET, Instant.now(),
                new java.util.UUID(random.nextLong(), random.nextLong()).toString());
        signed.forEach((name, value) -> {
            if (!unique.containsKey(name)) {
                parameters.add(new String[] {name, value});
            }
        });
        faults.add("signed");
    }

    private static Case rpcRequest(int index, String product, Random random, String method, String encoded, List<String> faults) {
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = new byte[0];
        String pathAndQuery;
        boolean inBody = method.equals("POST") && (encoded.length() > 16_000 || random.nextBoolean());
        if (inBody) {
            pathAndQuery = "/";
            headers.put("Content-Type", "application/x-www-form-urlencoded");
            body = encoded.getBytes(StandardCharsets.UTF_8);
        } else {
            pathAndQuery = "/?" + encoded;
            if (method.equals("POST") && random.nextInt(3) == 0) {
                faults.add("JSON body instead of a form");
                headers.put("Content-Type", "application/json");
                body = pick(random, List.of("{\"Action\": ", "{}", "<Error/>", "\u0000\u0001")).getBytes(StandardCharsets.UTF_8);
            }
        }
        return new Case(index, product, method, pathAndQuery, headers, body, String.join(", ", faults));
    }

    // ------------------------------------------------------------------ small parts

    private static String adminHeader() {
        return "Basic " + Base64.getEncoder().encodeToString(
                (OntapClient.ADMIN + ":" + OntapClient.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static void set(List<String[]> parameters, String name, String value) {
        parameters.removeIf(p -> p[0].equals(name));
        parameters.add(0, new String[] {name, value});
    }

    private static String encode(List<String[]> parameters) {
        return parameters.stream().map(p -> URLEncoder.encode(p[0], StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(p[1], StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** Raw query values are encoded, except values that are escapes already (the malformed ones). */
    private static String queryString(Map<String, String> query, Random random) {
        if (query.isEmpty()) {
            return "";
        }
        Function<String, String> enc = text -> URLEncoder.encode(text, StandardCharsets.UTF_8);
        return "?" + query.entrySet().stream().map(e -> {
            String name = e.getKey().replace("\u0000raw", "").replace("\u0000dup", "");
            String value = e.getKey().endsWith("\u0000raw") ? e.getValue() : enc.apply(e.getValue());
            return enc.apply(name) + "=" + value;
        }).collect(Collectors.joining("&"));
    }

    private static String junkValue(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "";
            case 1 -> "x".repeat(random.nextInt(3000));
            case 2 -> "a\u0000b\u0001\u001F";
            case 3 -> "-1";
            case 4 -> "9".repeat(40);
            case 5 -> "\uD83D\uDE00\u202E\uFEFF";
            case 6 -> "gw-" + garbage(random, 8);
            default -> "<x>&amp;'\"</x>";
        };
    }

    private static String unknownPath(Random random) {
        return pick(random, List.of("/api/nothing", "/api/protocols/cifs/" + encodePath(forcedLookAlike("local-users")),
                "/api/svm/" + garbage(random, 6), "/api/protocols/cifs/local-users/" + bogusKey(random) + "/x/y/z",
                "/api/" + encodePath("\u0000"), "/api/%C3%28", "/api/protocols/cifs/local-groups/" + bogusKey(random) + "/"
                        + bogusKey(random) + "/members/" + encodePath("SMB_SERVER01\\n\u043Eone"), "/api/cluster/jobs/" + bogusKey(random)));
    }

    private static String bogusKey(Random random) {
        return pick(random, List.of(new java.util.UUID(random.nextLong(), random.nextLong()).toString(),
                "S-1-5-21-1-2-3-" + (100_000 + random.nextInt(1_000_000)), "not-a-uuid", "%00", encodePath(forcedLookAlike("svm1")),
                "x".repeat(500), "S-1-5-32-999999"));
    }

    private static String encodePath(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The text with one or more letters swapped for look-alikes; always differs from the text. */
    private static String forcedLookAlike(String text) {
        StringBuilder out = new StringBuilder();
        boolean swapped = false;
        for (char c : text.toCharArray()) {
            if (!swapped && LOOK_ALIKES.containsKey(c)) {
                out.append(LOOK_ALIKES.get(c));
                swapped = true;
            } else {
                out.append(c);
            }
        }
        return swapped ? out.toString() : "\u200B" + text;
    }

    private static String lookAlike(Random random, String text) {
        return random.nextBoolean() ? forcedLookAlike(text) : text;
    }

    private static String garbage(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "...(" + text.length() + " chars)" : text;
    }
}
