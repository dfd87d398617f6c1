package org.gatewayusers.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Calls the Alibaba Cloud RPC endpoint over plain HTTP, as curl or Terraform would (no signature yet). */
final class PopClient {

    static final String SGW_VERSION = "2018-05-11";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

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

    /** Parameters as a query string of a GET. */
    Answer get(Map<String, String> parameters) {
        return send(HttpRequest.newBuilder(Server.uri("/?" + encode(parameters))).GET());
    }

    /** Parameters as a form body of a POST, as Terraform sends them. */
    Answer postForm(Map<String, String> parameters) {
        return send(HttpRequest.newBuilder(Server.uri("/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(parameters))));
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
