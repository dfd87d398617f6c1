package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * In Open Liberty's JSON log lines (the console of the server under test, {@code WLP_LOGGING_CONSOLE_FORMAT=json}),
 * every line a request writes carries its id as {@code ext_requestId}: the id the client was answered (ONTAP's
 * {@code X-Request-Id}, the RPC {@code RequestId}) and the access log wrote. The requests here are ones that log:
 * a refused ONTAP login and a refused RPC signature.
 */
class RequestIdsInLogsIT {

    private final LibertyServer server = LibertyServer.underTest();

    @Test
    void a_refused_ontap_login_is_logged_with_the_request_id_it_was_answered() throws Exception {
        Reply refused = new OntapClient().as("nobody" + UUID.randomUUID().toString().substring(0, 8), "Wr0ng!pass")
                .get("/api/cluster");
        refused.assertOntapError(401, "6");
        String id = refused.header("X-Request-Id").orElseThrow(() -> new AssertionError("no X-Request-Id on the 401"));

        List<JsonObject> lines = jsonLinesOf(id);
        JsonObject message = messageLine(lines, id, "ONTAP login refused");
        assertEquals("INFO", message.getString("loglevel"), message::toString);
        JsonObject access = accessLine(lines, id);
        assertEquals(401, access.getInt("ibm_responseCode", access.getInt("responseCode", -1)), access::toString);
    }

    @Test
    void a_refused_rpc_signature_is_logged_with_its_request_id() throws Exception {
        Map<String, String> parameters = new LinkedHashMap<>(Map.of("Action", "DescribeStorageBundles", "Version",
                PopClient.SGW_VERSION, "Format", "JSON"));
        PopClient.Answer refused = new PopClient().getAsIs(PopClient.signed("GET", parameters,
                PopClient.DEMO_ACCESS_KEY_ID, "not-the-secret", Instant.now(), UUID.randomUUID().toString()));
        assertEquals("SignatureDoesNotMatch", refused.json().getString("Code"), refused.body());
        String id = refused.json().getString("RequestId");

        List<JsonObject> lines = jsonLinesOf(id);
        JsonObject message = messageLine(lines, id, "refused: SignatureDoesNotMatch");
        assertTrue(message.getString("message").contains(id), "the text names the id too: " + message);
        accessLine(lines, id);
    }

    /**
     * The message line of the request that says what happened (the first request of a server also logs what the
     * application sets up on the way, on the same thread, with the same id): written on its thread, so it carries the
     * id as a field of its own.
     */
    private static JsonObject messageLine(List<JsonObject> lines, String id, String text) {
        List<JsonObject> messages = lines.stream().filter(line -> "liberty_message".equals(line.getString("type", ""))
                && line.getString("message", "").contains(text)).toList();
        assertEquals(1, messages.size(), () -> "message lines of request " + id + ": " + lines);
        assertEquals(id, messages.get(0).getString("ext_requestId", null), messages.get(0)::toString);
        return messages.get(0);
    }

    private static JsonObject accessLine(List<JsonObject> lines, String id) {
        List<JsonObject> access = lines.stream().filter(line -> "liberty_accesslog".equals(line.getString("type", ""))).toList();
        assertEquals(1, access.size(), () -> "access-log lines of request " + id + ": " + lines);
        return access.get(0);
    }

    /**
     * The JSON lines of the console that name the id anywhere; every line of the console is JSON, and every line that
     * names the id in its text also carries it as {@code ext_requestId} (or is the access log's, which writes it in a
     * field of its own).
     */
    private List<JsonObject> jsonLinesOf(String id) throws Exception {
        Path console = server.logs().resolve("console.log");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<JsonObject> lines = List.of();
        while (Instant.now().isBefore(deadline)) {
            lines = read(console, id);
            if (lines.stream().map(line -> line.getString("type", "")).distinct().count() >= 2) {
                Thread.sleep(500); // the log writer is asynchronous: a further line would be there by now
                lines = read(console, id);
                break;
            }
            Thread.sleep(250);
        }
        for (JsonObject line : lines) {
            if (!"liberty_accesslog".equals(line.getString("type", ""))) {
                assertEquals(id, line.getString("ext_requestId", null), () -> "a line of the request without its id: " + line);
            }
        }
        return lines;
    }

    private static List<JsonObject> read(Path console, String id) throws IOException {
        assertTrue(Files.exists(console), "the server's console log: " + console);
        List<JsonObject> lines = new ArrayList<>();
        for (String text : Files.readAllLines(console, StandardCharsets.UTF_8)) {
            if (!text.startsWith("{")) {
                continue; // the launcher's own lines before the logging service starts
            }
            JsonObject line;
            try (var reader = Json.createReader(new StringReader(text))) {
                line = reader.readObject();
            } catch (JsonParsingException notJson) {
                throw new AssertionError("a console line that is not JSON: " + text, notJson);
            }
            if (text.contains(id)) {
                lines.add(line);
            }
        }
        assertFalse(lines.isEmpty() && lines.stream().anyMatch(line -> !line.containsKey("type")), lines::toString);
        return lines;
    }
}
