package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MicroProfile Health of the running server: liveness, readiness and startup answer without credentials (a load
 * balancer or Kubernetes has none), even with an ONTAP or RPC client's headers, and reveal nothing but states.
 */
class HealthIT {

    private final Operations operations = Operations.ofTheServer();

    @Test
    void the_started_server_is_ready_because_its_database_answers_with_the_schema_and_its_worker_runs() {
        Reply ready = operations.get("/health/ready").assertStatus(200);
        assertEquals("UP", ready.json().getString("status"));
        JsonObject database = Operations.check(ready, "database").orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertEquals("ready", database.getJsonObject("data").getString("state"));
        assertEquals("UP", Operations.check(ready, "task-worker").orElseThrow().getString("status"));
    }

    @Test
    void liveness_asks_the_worker_and_never_the_database() {
        Reply live = operations.get("/health/live").assertStatus(200);
        assertEquals("UP", live.json().getString("status"));
        assertEquals("UP", Operations.check(live, "task-worker").orElseThrow().getString("status"));
        assertTrue(Operations.check(live, "database").isEmpty(), "a database outage is not cured by a restart");
    }

    @Test
    void startup_is_up_once_the_application_has_started() {
        Reply started = operations.get("/health/started").assertStatus(200);
        assertEquals("UP", started.json().getString("status"));
        assertEquals("UP", Operations.check(started, "task-worker").orElseThrow().getString("status"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/health/live", "/health/ready", "/health/started"})
    void answers_without_credentials_and_ignores_an_ontap_or_rpc_clients_headers(String path) {
        operations.get(path).assertStatus(200);
        operations.getOverHttps(path, Optional.empty()).assertStatus(200);
        // wrong Basic credentials, as an ONTAP client might send: neither 401 nor ONTAP's body
        Reply withBadCredentials = operations.getOverHttps(path, Optional.of("admin:wrong")).assertStatus(200);
        assertEquals("UP", withBadCredentials.json().getString("status"));
        Reply rpcStyle = operations.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + System.getProperty("http.port", "9080") + path + "?Action=DescribeTasks&Format=JSON")), Optional.empty());
        assertEquals(200, rpcStyle.status());
        assertEquals("UP", rpcStyle.json().getString("status"));
    }

    @Test
    void reveals_only_check_names_and_states() {
        Reply health = operations.get("/health").assertStatus(200);
        for (JsonObject check : health.json().getJsonArray("checks").getValuesAs(JsonObject.class)) {
            assertTrue(Set.of("name", "status", "data").containsAll(check.keySet()), check::toString);
            assertTrue(Set.of("state").containsAll(check.getJsonObject("data").keySet()), check::toString);
        }
        String body = health.body().toLowerCase(Locale.ROOT);
        for (String secret : List.of("jdbc", "postgres", "h2", "password", "user", "localhost", "5432", "exception")) {
            assertFalse(body.contains(secret), () -> "health reveals '" + secret + "': " + health.body());
        }
    }
}
