package org.gatewayusers.rest.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.gatewayusers.application.shared.DatabaseStatus;

/**
 * Ready only while the database answers and holds this build's schema: down before the migrations have run, and
 * again whenever the database is gone. The answer names the state, never the database, its URL or an error text.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";

    @Inject
    DatabaseStatus database;

    @Override
    public HealthCheckResponse call() {
        DatabaseStatus.State state = database.check();
        return HealthCheckResponse.named(NAME)
                .status(state == DatabaseStatus.State.READY)
                .withData("state", state.name().toLowerCase(Locale.ROOT))
                .build();
    }
}
