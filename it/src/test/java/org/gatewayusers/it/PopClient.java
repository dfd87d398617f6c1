package org.gatewayusers.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * Calls the Alibaba Cloud RPC endpoint over plain HTTP, as curl or Terraform would, signing every request with
 * signature v1 (a fresh nonce, the current UTC time) with the demo key of the README unless told another key. The
 * signature is computed here on its own, as a client computes it, not with the server's classes.
 */
final class PopClient {

    static final String SGW_VERSION = "2018-05-11";
    static final String SMARTAG_VERSION = "2018-03-13";
    static final String DEMO_ACCESS_KEY_ID = "demo-access-key";
    static final String DEMO_ACCESS_KEY_SECRET = "demo-access-secret";
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final HttpClient http;
    private final URI base;
    private final String accessKeyId;
    private final String accessKeySecret;

    /** Signs with the demo key. */
    PopClient() {
        this(DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET);
    }

    /** Signs with another key. */
    PopClient(String accessKeyId, String accessKeySecret) {
        this(Server.base(), accessKeyId, accessKeySecret);
    }

    /** Calls the server at this base (another server on the same database), signing with the demo key. */
    PopClient(URI base) {
        this(base, DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET, HttpClient.Version.HTTP_1_1);
    }

    private PopClient(URI base, String accessKeyId, String accessKeySecret) {
        this(base, accessKeyId, accessKeySecret, HttpClient.Version.HTTP_1_1);
    }

    /** HTTP/1.1, as the SDKs and Terraform speak plain HTTP (the JDK client's h2c upgrade gets connections closed). */
    private PopClient(URI base, String accessKeyId, String accessKeySecret, HttpClient.Version version) {
        this.http = HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(10)).build();
        this.base = base;
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret;
    }

    private URI uri(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    record Answer(int status, String body) {

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        Document xml() {
            try {
                return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception notXml) {
                throw new AssertionError("not XML: " + body, notXml);
            }
        }
    }

    /** Parameters as a query string of a GET, signed. */
    Answer get(Map<String, String> parameters) {
        return getAsIs(sign("GET", parameters));
    }

    /** Parameters as a form body of a POST, as Terraform sends them, signed. */
    Answer postForm(Map<String, String> parameters) {
        return postFormAsIs(sign("POST", parameters));
    }

    /** Parameters as a query string of a GET, exactly as given: no signature is added. */
    Answer getAsIs(Map<String, String> parameters) {
        return send(HttpRequest.newBuilder(uri("/?" + encode(parameters))).GET());
    }

    /** Parameters as a form body of a POST, exactly as given. */
    Answer postFormAsIs(Map<String, String> parameters) {
        return send(HttpRequest.newBuilder(uri("/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(parameters))));
    }

    /** The parameters with this client's signature fields and {@code Signature}, signed now with a fresh nonce. */
    Map<String, String> sign(String method, Map<String, String> parameters) {
        return signed(method, parameters, accessKeyId, accessKeySecret, Instant.now(), UUID.randomUUID().toString());
    }

    // --- signature v1, as a client computes it (FAMILIES.md section 4)

    /**
     * The parameters with {@code AccessKeyId}, {@code SignatureMethod}, {@code SignatureVersion}, {@code SignatureNonce}
     * and {@code Timestamp} added where not given, then {@code Signature}.
     */
    static Map<String, String> signed(String method, Map<String, String> parameters, String accessKeyId, String secret,
            Instant timestamp, String nonce) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.putIfAbsent("AccessKeyId", accessKeyId);
        all.putIfAbsent("SignatureMethod", "HMAC-SHA1");
        all.putIfAbsent("SignatureVersion", "1.0");
        all.putIfAbsent("SignatureNonce", nonce);
        all.putIfAbsent("Timestamp", TIMESTAMP.format(timestamp));
        all.remove("Signature");
        all.put("Signature", hmacSha1(secret, stringToSign(method, all)));
        return all;
    }

    /** {@code METHOD&%2F&percentEncode(sorted, encoded name=value pairs but Signature, joined with &)}. */
    static String stringToSign(String method, Map<String, String> parameters) {
        // names are ASCII: String order is byte order
        String canonicalized = new TreeMap<>(parameters).entrySet().stream()
                .filter(e -> !e.getKey().equals("Signature"))
                .map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
        return method + "&" + percentEncode("/") + "&" + percentEncode(canonicalized);
    }

    /** As the vendor's SDKs encode: URLEncoder, then {@code +} to {@code %20}, {@code *} to {@code %2A}, {@code %7E} to {@code ~}. */
    static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    static String hmacSha1(String secret, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException unavailable) {
            throw new IllegalStateException(unavailable);
        }
    }

    /** An hcs-sgw action in JSON, its parameters in the query string. */
    JsonObject sgw(String action, String... namesAndValues) {
        return sgwAnswer(action, namesAndValues).json();
    }

    Answer sgwAnswer(String action, String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", action);
        parameters.put("Version", SGW_VERSION);
        parameters.put("Format", "JSON");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return get(parameters);
    }

    /** A smartag action in JSON in this region, its parameters in the query string. */
    Answer smartagAnswer(String action, String regionId, String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", action);
        parameters.put("Version", SMARTAG_VERSION);
        parameters.put("Format", "JSON");
        parameters.put("RegionId", regionId);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return get(parameters);
    }

    /** Polls DescribeTasks until the task leaves Initialized and Running; returns its last state. */
    JsonObject awaitTask(String gatewayId, String taskId) {
        Instant deadline = Instant.now().plusSeconds(30);
        Predicate<String> finished = state -> state.equals("task.state.completed") || state.equals("task.state.Failed");
        while (Instant.now().isBefore(deadline)) {
            JsonObject task = sgw("DescribeTasks", "TargetId", gatewayId, "TaskId", taskId)
                    .getJsonObject("Tasks").getJsonArray("SimpleTask").getJsonObject(0);
            if (finished.test(task.getString("StateCode"))) {
                return task;
            }
            sleep();
        }
        throw new AssertionError("task " + taskId + " did not finish within 30 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    static String encode(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
