package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.DEMO_SVM;
import static org.gatewayusers.it.OntapClient.LOCAL_USERS;
import static org.gatewayusers.it.OntapClient.uniqueName;
import static org.gatewayusers.it.OntapClient.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The embedded database is durable: a user outlives a restart of the server. */
class RestartIT {

    private final OntapClient ontap = new OntapClient();

    @Test
    void a_created_user_is_still_there_after_the_server_restarts() throws Exception {
        String name = uniqueName("keep");
        URI location = URI.create(ontap.post(LOCAL_USERS, user(DEMO_SVM, name, "Secr3t!pw")).assertStatus(201)
                .header("Location").orElseThrow());

        server("stop");
        server("start");
        awaitReady(Duration.ofMinutes(3));

        assertEquals("SMB_SERVER01\\" + name, ontap.get(location).assertStatus(200).json().getString("name"));
    }

    private static void server(String action) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("liberty.wlp.dir"), "bin", "server");
        Process process = new ProcessBuilder(script.toString(), action, System.getProperty("liberty.server.name"))
                .inheritIO().start();
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
            fail("server " + action + " did not succeed");
        }
    }

    private void awaitReady(Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (ontap.get("/api/cluster").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused while the server starts
            }
            Thread.sleep(500);
        }
        fail("the server did not come back within " + limit);
    }
}
