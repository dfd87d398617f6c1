package org.gatewayusers.rest.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;
import org.gatewayusers.rest.tasks.SgwTaskWorker;

/**
 * The application runs: it has started (the schema was migrated first, and unfinished tasks taken back), and the
 * Cloud Storage Gateway task worker polls. A worker that stopped polling is a reason to restart the server, so this
 * is the liveness check too; it asks nothing of the database (a database outage is not cured by a restart).
 */
@Startup
@Liveness
@Readiness
@ApplicationScoped
public class TaskWorkerHealth implements HealthCheck {

    static final String NAME = "task-worker";

    @Inject
    SgwTaskWorker worker;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(worker.running()).build();
    }
}
