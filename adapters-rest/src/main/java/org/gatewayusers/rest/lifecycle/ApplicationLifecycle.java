package org.gatewayusers.rest.lifecycle;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatewayusers.application.shared.DatabaseSchema;
import org.gatewayusers.rest.tasks.SgwTaskWorker;

/**
 * The application's start and stop, in order. Start: the schema (and the demo data) first, then the task worker. A
 * start that fails is loud: it is logged as the fault it is, the application does not start, and the server stops
 * (its process exits with status {@value #START_FAILED}) rather than stay up answering 404 on every path. Stop: the
 * task worker stops, waiting for the task in hand, before the persistence layer closes.
 */
@ApplicationScoped
public class ApplicationLifecycle {

    static final int START_FAILED = 3;
    private static final Logger LOG = Logger.getLogger(ApplicationLifecycle.class.getName());

    @Inject
    DatabaseSchema schema;

    @Inject
    SgwTaskWorker taskWorker;

    /** What stops the server after a failed start: an exit of the process, from a thread of its own. */
    Runnable stopTheServer = () -> new Thread(() -> System.exit(START_FAILED), "gateway-users-start-failed").start();

    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object started) {
        try {
            schema.bringUpToDate();
            taskWorker.start();
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "gateway-users cannot start, so the server stops: " + failure.getMessage(), failure);
            stopTheServer.run();
            throw failure;
        }
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        taskWorker.stop();
    }
}
