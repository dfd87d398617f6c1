package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One access-log line per request, with the request's id (ONTAP's {@code X-Request-Id}, the RPC {@code RequestId}),
 * and without the query string, where RPC requests carry passwords and signatures.
 */
class AccessLogIT {

    private static final Path ACCESS_LOG = Path.of(System.getProperty("liberty.wlp.dir"), "usr", "servers",
            System.getProperty("liberty.server.name"), "logs", "http_access.log");

    private final OntapClient ontap = new OntapClient();
    private final PopClient rpc = new PopClient();

    private static List<String> linesWith(String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<String> lines = List.of();
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(ACCESS_LOG)) {
                lines = Files.readAllLines(ACCESS_LOG, StandardCharsets.UTF_8).stream().filter(line -> line.contains(text)).toList();
                if (!lines.isEmpty()) {
                    Thread.sleep(500); // the log writer is asynchronous: a second line would be there by now
                    return Files.readAllLines(ACCESS_LOG, StandardCharsets.UTF_8).stream().filter(line -> line.contains(text)).toList();
                }
            }
            Thread.sleep(250);
        }
        return lines;
    }

    @Test
    void an_ontap_request_is_one_line_with_its_request_id() throws Exception {
        Reply answered = ontap.get("/api/cluster?fields=version");
        String id = answered.header("X-Request-Id").orElseThrow();
        List<String> lines = linesWith(id);
        assertEquals(1, lines.size(), () -> "lines of request " + id + ": " + lines);
        assertTrue(lines.get(0).matches(".*\"GET /api/cluster HTTP/[0-9.]+\" 200 .*"), lines::toString);
        assertFalse(lines.get(0).contains("fields=version"), "no query string in the access log");
    }

    @Test
    void an_rpc_request_is_one_line_with_its_request_id_and_no_parameters() throws Exception {
        PopClient.Answer answer = rpc.get(Map.of("Action", "DescribeStorageBundles", "Version", PopClient.SGW_VERSION,
                "Format", "JSON"));
        assertEquals(200, answer.status());
        String requestId = answer.json().getString("RequestId");
        List<String> lines = linesWith(requestId);
        assertEquals(1, lines.size(), () -> "lines of request " + requestId + ": " + lines);
        assertTrue(lines.get(0).matches(".*\"GET / HTTP/[0-9.]+\" 200 .*"), lines::toString);
        assertFalse(lines.get(0).contains("Signature"), "no signature in the access log: " + lines);
    }
}
