package org.gatewayusers.rest.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.gatewayusers.rest.tasks.SgwTaskWorker;
import org.junit.jupiter.api.Test;

class ApplicationLifecycleTest {

    private final List<String> happened = new ArrayList<>();

    private ApplicationLifecycle lifecycle(Runnable schema) {
        ApplicationLifecycle lifecycle = new ApplicationLifecycle();
        lifecycle.schema = () -> {
            happened.add("schema");
            schema.run();
        };
        lifecycle.taskWorker = new SgwTaskWorker() {
            @Override
            public void start() {
                happened.add("worker started");
            }

            @Override
            public void stop() {
                happened.add("worker stopped");
            }
        };
        lifecycle.stopTheServer = () -> happened.add("server stopped");
        return lifecycle;
    }

    @Test
    void starts_the_schema_then_the_task_worker() {
        lifecycle(() -> { }).start(new Object());

        assertEquals(List.of("schema", "worker started"), happened);
    }

    @Test
    void a_failed_start_fails_the_application_and_stops_the_server() {
        IllegalStateException unreachable = new IllegalStateException("database not found");
        ApplicationLifecycle lifecycle = lifecycle(() -> {
            throw unreachable;
        });

        assertSame(unreachable, assertThrows(IllegalStateException.class, () -> lifecycle.start(new Object())));
        assertEquals(List.of("schema", "server stopped"), happened, "no worker; the server stops");
    }

    @Test
    void the_stop_stops_the_task_worker() {
        lifecycle(() -> { }).stop(new Object());

        assertEquals(List.of("worker stopped"), happened);
    }
}
