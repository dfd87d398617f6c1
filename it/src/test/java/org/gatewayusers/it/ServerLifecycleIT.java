package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A start that fails stops the server instead of leaving it up answering 404 on every path; a stop lets the task
 * worker finish before the persistence layer closes, and logs no fault. On the second server of the PostgreSQL pass,
 * which each test leaves running as it found it (the first server keeps serving meanwhile).
 */
class ServerLifecycleIT {

    private LibertyServer server;

    @BeforeEach
    void theSecondServer() {
        assumeTrue(LibertyServer.second().isPresent(), "runs on the second server of the PostgreSQL pass");
        server = LibertyServer.second().orElseThrow();
    }

    @Test
    void a_server_whose_application_cannot_start_stops_rather_than_look_ready() {
        assertEquals(0, server.stop());
        server.environment(Map.of("DB_URL", "jdbc:postgresql://localhost:5432/gateway_users_no_such_database",
                "DB_USER", "gateway", "DB_PASSWORD", "gateway", "DB_DRIVER", "org.postgresql.Driver"));
        try {
            int exit = server.start();

            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (server.process().isPresent() && Instant.now().isBefore(deadline)) {
                LibertyServer.sleep(Duration.ofMillis(500));
            }
            // the log of this start alone: a start begins a new messages.log
            String log = server.messages();
            assertTrue(server.process().isEmpty(), "the server's process ends (server start exited " + exit + ")\n" + log);
            assertEquals(-1, server.status("/api/cluster"), "nothing answers on its port");
            assertTrue(log.contains("gateway-users cannot start, so the server stops"), log);
            assertFalse(log.contains("CWWKZ0001I"), "the application never reports itself started");
        } finally {
            server.environment(PostgresPass.databaseEnvironment());
            server.startAndAwaitReady();
        }
    }

    @Test
    void a_stop_under_task_load_waits_for_the_worker_and_logs_no_fault() {
        PopClient pop = new PopClient(server.base());
        String bundle = pop.sgw("CreateStorageBundle", "StorageBundleName", OntapClient.uniqueName("stop"),
                "BackendBucketRegionId", "cn-shanghai").getString("StorageBundleId");
        String gateway = pop.sgw("CreateGateway", "StorageBundleId", bundle, "Name", OntapClient.uniqueName("stop"),
                "Type", "File", "Location", "Cloud").getString("GatewayId");
        List<String> tasks = IntStream.range(0, 40).mapToObj(i -> pop.sgw("CreateGatewaySMBUser", "GatewayId", gateway,
                "Username", "stop" + i, "Password", "Secr3t!").getString("TaskId")).toList();
        List<Path> incidentsBefore = server.ffdcIncidents();
        int logBefore = server.messages().length();

        assertEquals(0, server.stop(), "server stop succeeds");

        String log = server.messages().substring(logBefore);
        assertFalse(log.contains("IllegalStateException"), log);
        assertFalse(log.contains("EntityManagerFactory"), log);
        assertFalse(log.lines().anyMatch(line -> line.matches("\\[[^]]+\\] [0-9a-f]{8} \\S+\\s+E .*")), "no error logged:\n" + log);
        assertEquals(incidentsBefore, server.ffdcIncidents(), "no FFDC incident");

        server.startAndAwaitReady();
        tasks.forEach(task -> assertEquals("task.state.completed", pop.awaitTask(gateway, task).getString("StateCode")));
    }
}
