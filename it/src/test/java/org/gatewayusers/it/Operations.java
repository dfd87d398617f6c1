package org.gatewayusers.it;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** The operator's endpoints of a server (health, metrics, OpenAPI), spoken to as a probe or a scraper does. */
final class Operations {

    static final String METRICS_USER = "metrics";
    static final String METRICS_PASSWORD = "metrics1!";

    private final URI http;
    private final URI https;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .sslContext(Tls.trustingTheServer()).followRedirects(HttpClient.Redirect.NEVER).build();

    Operations(URI http, URI https) {
        this.http = http;
        this.https = https;
    }

    /** The server the build started. */
    static Operations ofTheServer() {
        return new Operations(URI.create("http://localhost:" + System.getProperty("http.port", "9080")),
                URI.create("https://localhost:" + Server.httpsPort()));
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(http + path)), Optional.empty());
    }

    Reply getOverHttps(String path, Optional<String> basicCredentials) {
        return send(HttpRequest.newBuilder(URI.create(https + path)), basicCredentials);
    }

    /** {@code /metrics} as a scraper with the demo reader's credentials fetches it. */
    String metrics() {
        return getOverHttps("/metrics", Optional.of(METRICS_USER + ":" + METRICS_PASSWORD)).assertStatus(200).body();
    }

    Reply send(HttpRequest.Builder request, Optional<String> basicCredentials) {
        basicCredentials.ifPresent(credentials -> request.header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
        try {
            return Reply.of(client.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** The named check of a health answer, or empty. */
    static Optional<JsonObject> check(Reply health, String name) {
        return health.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals(name)).findFirst();
    }
}
