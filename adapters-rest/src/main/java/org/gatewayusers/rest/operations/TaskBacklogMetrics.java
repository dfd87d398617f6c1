package org.gatewayusers.rest.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.gatewayusers.application.sgw.TaskBacklog;
import org.gatewayusers.application.shared.Clock;

/**
 * The Cloud Storage Gateway task queue as gauges, read from the database at each scrape (one query, shared by both
 * gauges for a second): how many tasks are not finished, and how long the oldest of them has waited. Both are the
 * whole queue's, which every server shares; without a database they read NaN.
 */
@ApplicationScoped
public class TaskBacklogMetrics {

    static final String UNFINISHED = "gateway.sgw.tasks.unfinished";
    static final String OLDEST_AGE = "gateway.sgw.tasks.oldest.age";
    private static final Duration FRESH = Duration.ofSeconds(1);

    @Inject
    MetricRegistry registry;

    @Inject
    TaskBacklog backlog;

    private final Clock clock = Clock.system();
    private Measured last;

    private record Measured(Instant at, TaskBacklog.Snapshot snapshot) {
    }

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(Metadata.builder().withName(UNFINISHED)
                .withDescription("Cloud Storage Gateway tasks submitted and not finished yet (waiting or running), all servers")
                .build(), this, TaskBacklogMetrics::unfinished);
        registry.gauge(Metadata.builder().withName(OLDEST_AGE).withUnit(MetricUnits.SECONDS)
                .withDescription("Age of the oldest unfinished Cloud Storage Gateway task; 0 when none waits")
                .build(), this, TaskBacklogMetrics::oldestAgeSeconds);
    }

    double unfinished() {
        TaskBacklog.Snapshot snapshot = snapshot();
        return snapshot == null ? Double.NaN : snapshot.unfinished();
    }

    double oldestAgeSeconds() {
        TaskBacklog.Snapshot snapshot = snapshot();
        if (snapshot == null) {
            return Double.NaN;
        }
        return snapshot.oldestSubmittedAt()
                .map(oldest -> Math.max(0, Duration.between(oldest, clock.now()).toMillis() / 1000.0)).orElse(0.0);
    }

    private synchronized TaskBacklog.Snapshot snapshot() {
        Instant now = clock.now();
        if (last == null || last.at().plus(FRESH).isBefore(now)) {
            try {
                last = new Measured(now, backlog.measure());
            } catch (RuntimeException noDatabase) {
                last = new Measured(now, null);
            }
        }
        return last.snapshot();
    }
}
